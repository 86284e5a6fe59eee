import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { DocumentRecord } from '../../shared/document.js';
import type { Api, Invite } from './api.js';

const roleDescriptions: Record<Invite['role'], string> = {
  owner: 'Owner: everything, every layer',
  editor: 'Editor: edit the text and the team’s marks',
  annotator: 'Annotator: mark, not edit the text (a student)',
  viewer: 'Viewer: read only',
};

function inviteState(invite: Invite): string {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.expiresAt !== null && Date.parse(invite.expiresAt) <= Date.now()) return 'expired';
  return invite.expiresAt === null ? 'active' : `active until ${new Date(invite.expiresAt).toLocaleString()}`;
}

/** An owner's sharing controls: invitation links for a role, and the teaching assignment. */
export function SharePanel({
  api,
  id,
  record,
  onRecord,
  children,
}: {
  api: Api;
  id: string;
  record: DocumentRecord;
  onRecord: (record: DocumentRecord) => void;
  /** More assignment controls, shown with the others. */
  children?: ReactNode;
}) {
  const [invites, setInvites] = useState<Invite[]>([]);
  const [role, setRole] = useState<Invite['role']>('annotator');
  const [label, setLabel] = useState('');
  const [expires, setExpires] = useState('7d');
  const [created, setCreated] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api.listInvites(id).then(setInvites, (error: unknown) => setMessage((error as Error).message));
  }, [api, id]);
  useEffect(refresh, [refresh]);

  const act = async (action: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  return (
    <section className="share-panel" aria-label="Sharing">
      <h2>Sharing</h2>
      <fieldset>
        <legend>Teaching assignment</legend>
        <label>
          <input
            type="checkbox"
            checked={record.assignment !== undefined}
            onChange={(event) =>
              void act(async () => onRecord(await api.setAssignment(id, event.target.checked ? { revealed: false } : null)))
            }
          />
          Each annotator works blind, in a private layer
        </label>
        {record.assignment !== undefined && (
          <label>
            <input
              type="checkbox"
              checked={record.assignment.revealed}
              onChange={(event) => void act(async () => onRecord(await api.setAssignment(id, { revealed: event.target.checked })))}
            />
            Reveal every layer to the class
          </label>
        )}
        {children}
      </fieldset>
      <form
        className="invite-form"
        onSubmit={(event) => {
          event.preventDefault();
          void act(async () => {
            const issued = await api.createInvite(id, role, label, expires === '' ? null : expires);
            setCreated(issued.url);
            setLabel('');
            refresh();
          });
        }}
      >
        <select aria-label="Role" value={role} onChange={(event) => setRole(event.target.value as Invite['role'])}>
          {(Object.keys(roleDescriptions) as Invite['role'][]).map((name) => (
            <option key={name} value={name}>
              {roleDescriptions[name]}
            </option>
          ))}
        </select>
        <input
          aria-label="Who it is for"
          placeholder="Who it is for (a student’s name)"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <select aria-label="Expires" value={expires} onChange={(event) => setExpires(event.target.value)}>
          <option value="1d">Expires in a day</option>
          <option value="7d">Expires in a week</option>
          <option value="30d">Expires in 30 days</option>
          <option value="">Never expires</option>
        </select>
        <button type="submit">Create link</button>
      </form>
      {created !== null && (
        <p className="created-link">
          <input aria-label="New link" readOnly value={created} onFocus={(event) => event.target.select()} />
          <button
            type="button"
            className="secondary"
            onClick={() => void navigator.clipboard?.writeText(created).then(() => setMessage('Link copied.'))}
          >
            Copy
          </button>
        </p>
      )}
      {message !== null && <p role="status">{message}</p>}
      <table className="invites">
        <thead>
          <tr>
            <th scope="col">For</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invites.map((invite) => (
            <tr key={invite.jti}>
              <td>{invite.label}</td>
              <td>{invite.role}</td>
              <td>{inviteState(invite)}</td>
              <td>
                {invite.revokedAt === null && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void act(async () => (await api.revokeInvite(id, invite.jti), refresh()))}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

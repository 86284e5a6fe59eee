import { describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** The names a client sees beside other people's cursors. */
function namesSeen(client: TestClient): string[] {
  return [...client.provider.awareness.getStates()]
    .filter(([id]) => id !== client.doc.clientID)
    .map(([, state]) => (state['user'] as { name?: string } | undefined)?.name ?? '');
}

describe('presence in a blind assignment', () => {
  const { server, clients } = useServer();

  it('lets a student’s presence reach the owner only, until the owner reveals the layers', async () => {
    const docId = await importArticle(server, 'The minister said the bridge was safe.');
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }))).status).toBe(200);
    const invite = async (label: string) =>
      (
        (await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label }))).json()) as {
          token: string;
        }
      ).token;
    const owner = connectClient(server, docId);
    const ada = connectClient(server, docId, { token: await invite('Ada') });
    const ben = connectClient(server, docId, { token: await invite('Ben') });
    clients.push(owner, ada, ben);
    await Promise.all([owner, ada, ben].map((client) => synced(client)));
    // The teacher selects words to mark the answer key: every state of theirs holds where.
    owner.provider.awareness.setLocalStateField('cursor', { anchor: 'the answer key’s span' });
    owner.provider.awareness.setLocalStateField('user', { name: 'Teacher', color: '#00798c' });
    ada.provider.awareness.setLocalStateField('cursor', { anchor: 'the span she marks' });
    ben.provider.awareness.setLocalStateField('cursor', { anchor: 'elsewhere' });

    await eventually(() => expect(namesSeen(owner).sort()).toEqual(['Ada', 'Ben']));
    // Both students see the owner is there (so presence does reach them), and neither sees the other.
    await eventually(() => {
      expect(namesSeen(ada)).toEqual(['Owner']);
      expect(namesSeen(ben)).toEqual(['Owner']);
    });
    // …but not where the owner's cursor or selection is: that would show where the key's marks go.
    for (const student of [ada, ben]) expect(student.provider.awareness.getStates().get(owner.doc.clientID)?.['cursor']).toBeUndefined();
    ada.provider.awareness.setLocalStateField('cursor', { anchor: 'moved' });
    await eventually(() => expect(owner.provider.awareness.getStates().get(ada.doc.clientID)?.['cursor']).toEqual({ anchor: 'moved' }));
    expect(namesSeen(ben)).toEqual(['Owner']);

    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: true } }))).status).toBe(200);
    ada.provider.awareness.setLocalStateField('cursor', { anchor: 'after the reveal' });
    await eventually(() => expect(namesSeen(ben).sort()).toEqual(['Ada', 'Owner']));
  });
});

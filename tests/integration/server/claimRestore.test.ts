import { describe, expect, it } from 'vitest';
import {
  activityLog,
  annotationsMap,
  deleteAnnotation,
  layerRoomName,
  readActivityEntry,
  readAnnotation,
  recordActivity,
  restoreAnnotation,
  updateAnnotation,
  type ActivityEntry,
  type Annotation,
  type Person,
} from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { closeOf, connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const article = 'The mayor said the river was clean.\n\nFishermen said otherwise.';

type Member = Person & { token: string };

/**
 * History lines vouch for a restored claim's approval, so each person writes
 * only their own, and a claim comes back checked only when its setter's last
 * verdict line and a later approval line by its approver say so.
 */
describe('the door keeps a claim’s history honest', () => {
  const { server, clients } = useServer();

  async function layerAs(docId: string, token: string): Promise<TestClient> {
    const client = connectClient(server, layerRoomName(docId, 'team'), { token });
    clients.push(client);
    await synced(client);
    return client;
  }

  async function invite(docId: string, label: string): Promise<Member> {
    const response = await api(server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor', label }),
    });
    const issued = (await response.json()) as { token: string; invite: { jti: string } };
    return { id: issued.invite.jti, name: label, token: issued.token };
  }

  /** A document with one claim the owner marked, three editors (B sets verdicts, C approves, E deletes), and the owner's layer client. */
  async function desk() {
    const docId = await importArticle(server, article);
    const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
    const owner: Person = { id: session.tokenId, name: 'Owner' };
    const articleClient = connectClient(server, docId);
    clients.push(articleClient);
    const watcher = await layerAs(docId, server.token);
    await synced(articleClient);
    const claim = mark(new TestArticle(articleClient.doc), watcher.doc, 'claim', 'the river was clean', 0, owner);
    const [b, c, e] = await Promise.all([invite(docId, 'B'), invite(docId, 'C'), invite(docId, 'E')]);
    return { docId, claim, watcher, b, c, e };
  }

  const person = ({ id, name }: Member): Person => ({ id, name });
  const claimIn = (client: TestClient, claim: string) => readAnnotation(claim, annotationsMap(client.doc).get(claim));

  /** Makes a change as one person; resolves with whether the server took it (`arrived` says when the watcher sees it). */
  async function attempt(client: TestClient, change: () => void, arrived: () => void): Promise<boolean> {
    const closed = closeOf(client).then(({ code }) => code);
    change();
    const outcome = await Promise.race([eventually(arrived).then(() => 'arrived' as const), closed]);
    if (outcome === 'arrived') return true;
    expect(outcome).toBe(4422);
    return false;
  }

  /** B sets the claim's verdict and C approves it, through the app's functions (each writing their history line). */
  async function checkedByBAndC(docId: string, claim: string, watcher: TestClient, b: Member, c: Member): Promise<void> {
    const setter = await layerAs(docId, b.token);
    updateAnnotation(setter.doc, claim, { verdict: 'false', verdictBy: person(b) }, null, new Date(), person(b));
    await eventually(() => expect(claimIn(watcher, claim)?.verdictBy?.id).toBe(b.id));
    const approver = await layerAs(docId, c.token);
    await eventually(() => expect(claimIn(approver, claim)?.verdictBy?.id).toBe(b.id));
    updateAnnotation(approver.doc, claim, { checkStatus: 'checked', approvedBy: person(c) }, null, new Date(), person(c));
    await eventually(() => expect(claimIn(watcher, claim)?.checkStatus).toBe('checked'));
  }

  it('refuses a history line in someone else’s name, and stores nothing of it', async () => {
    const { docId, claim, watcher, c, e } = await desk();
    const editor = await layerAs(docId, e.token);
    await eventually(() => expect(claimIn(editor, claim)).not.toBeNull());
    const line: Omit<ActivityEntry, 'at'> = {
      by: person(c),
      action: 'changed',
      annotationId: claim,
      kind: 'claim',
      quote: 'the river was clean',
      fields: ['approvedBy'],
      snapshot: null,
      values: { approvedBy: 'C' },
    };
    const taken = await attempt(
      editor,
      () => recordActivity(editor.doc, line),
      () =>
        expect(
          activityLog(watcher.doc)
            .toArray()
            .some((entry) => entry.by.id === c.id),
        ).toBe(true),
    );
    expect(taken).toBe(false);
    const fresh = await layerAs(docId, server.token);
    expect(
      activityLog(fresh.doc)
        .toArray()
        .filter((entry) => entry.by.id === c.id),
    ).toEqual([]);
  });

  it('refuses a claim re-created as approved by a colleague on the strength of a deletion line its deleter wrote', async () => {
    const { docId, claim, watcher, b, c, e } = await desk();
    const setter = await layerAs(docId, b.token);
    updateAnnotation(setter.doc, claim, { verdict: 'false', verdictBy: person(b) }, null, new Date(), person(b));
    await eventually(() => expect(claimIn(watcher, claim)?.verdictBy?.id).toBe(b.id));
    const editor = await layerAs(docId, e.token);
    await eventually(() => expect(claimIn(editor, claim)?.verdictBy?.id).toBe(b.id));
    // E deletes the claim with a history line in E's own name whose copy says C approved it (C never did).
    const forged: Annotation = { ...(claimIn(editor, claim) as Annotation), checkStatus: 'checked', approvedBy: person(c) };
    const deletion: ActivityEntry = {
      at: new Date().toISOString(),
      by: person(e),
      action: 'deleted',
      annotationId: claim,
      kind: 'claim',
      quote: forged.quote,
      fields: [],
      snapshot: forged,
    };
    const deleted = await attempt(
      editor,
      () =>
        editor.doc.transact(() => {
          activityLog(editor.doc).push([deletion]);
          annotationsMap(editor.doc).delete(claim);
        }),
      () => expect(annotationsMap(watcher.doc).has(claim)).toBe(false),
    );
    expect(deleted).toBe(true);
    const restored = await attempt(
      editor,
      () => restoreAnnotation(editor.doc, deletion, null, person(e)),
      () => expect(annotationsMap(watcher.doc).has(claim)).toBe(true),
    );
    expect(restored).toBe(false);
    const fresh = await layerAs(docId, server.token);
    expect(annotationsMap(fresh.doc).has(claim)).toBe(false);
  });

  it('refuses a claim re-created as approved by a colleague whose approval was withdrawn before the deletion', async () => {
    const { docId, claim, watcher, b, c, e } = await desk();
    await checkedByBAndC(docId, claim, watcher, b, c);
    const editor = await layerAs(docId, e.token);
    await eventually(() => expect(claimIn(editor, claim)?.checkStatus).toBe('checked'));
    // E sends the claim back (the approval goes), then deletes it with a copy that still says C approved it.
    updateAnnotation(editor.doc, claim, { checkStatus: 'second-check', approvedBy: null }, null, new Date(), person(e));
    await eventually(() => expect(claimIn(watcher, claim)?.approvedBy).toBeNull());
    const forged: Annotation = { ...(claimIn(editor, claim) as Annotation), checkStatus: 'checked', approvedBy: person(c) };
    const deletion: ActivityEntry = {
      at: new Date().toISOString(),
      by: person(e),
      action: 'deleted',
      annotationId: claim,
      kind: 'claim',
      quote: forged.quote,
      fields: [],
      snapshot: forged,
    };
    const deleted = await attempt(
      editor,
      () =>
        editor.doc.transact(() => {
          activityLog(editor.doc).push([deletion]);
          annotationsMap(editor.doc).delete(claim);
        }),
      () => expect(annotationsMap(watcher.doc).has(claim)).toBe(false),
    );
    expect(deleted).toBe(true);
    const restored = await attempt(
      editor,
      () => restoreAnnotation(editor.doc, deletion, null, person(e)),
      () => expect(annotationsMap(watcher.doc).has(claim)).toBe(true),
    );
    expect(restored).toBe(false);
  });

  it('takes back a claim B set and C approved, deleted and restored through the app', async () => {
    const { docId, claim, watcher, b, c, e } = await desk();
    await checkedByBAndC(docId, claim, watcher, b, c);
    const editor = await layerAs(docId, e.token);
    await eventually(() => expect(claimIn(editor, claim)?.checkStatus).toBe('checked'));
    const deleted = await attempt(
      editor,
      () => deleteAnnotation(editor.doc, claim, null, person(e)),
      () => expect(annotationsMap(watcher.doc).has(claim)).toBe(false),
    );
    expect(deleted).toBe(true);
    const deletion = activityLog(editor.doc)
      .toArray()
      .map(readActivityEntry)
      .find((entry) => entry?.action === 'deleted' && entry.annotationId === claim);
    expect(deletion?.snapshot?.approvedBy?.id).toBe(c.id);
    const restored = await attempt(
      editor,
      () => restoreAnnotation(editor.doc, deletion as ActivityEntry, null, person(e)),
      () => expect(annotationsMap(watcher.doc).has(claim)).toBe(true),
    );
    expect(restored).toBe(true);
    const back = claimIn(watcher, claim);
    expect([back?.checkStatus, back?.verdict, back?.verdictBy?.id, back?.approvedBy?.id]).toEqual(['checked', 'false', b.id, c.id]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { layerRoomName, rejectedSuggestions } from '../../../shared/index.js';
import { closedWith, connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

type Right = 'write' | 'read' | 'none';
type Role = 'owner' | 'editor' | 'annotator' | 'viewer';
type Room = 'article' | 'team' | 'own private' | 'other private';

/** The role table of the design notes. */
const table: Record<Role, Record<Room, Right>> = {
  owner: { article: 'write', team: 'write', 'own private': 'write', 'other private': 'read' },
  editor: { article: 'write', team: 'write', 'own private': 'write', 'other private': 'none' },
  annotator: { article: 'read', team: 'write', 'own private': 'write', 'other private': 'none' },
  viewer: { article: 'read', team: 'read', 'own private': 'none', 'other private': 'none' },
};

/** During an unrevealed assignment, and after the owner reveals the layers. */
const assignment: Record<'hidden' | 'revealed', Record<Room, Right>> = {
  hidden: { article: 'read', team: 'none', 'own private': 'write', 'other private': 'none' },
  revealed: { article: 'read', team: 'read', 'own private': 'write', 'other private': 'read' },
};

/** Writes something a layer may hold (a rejected suggestion) under a key, as a probe of write access. */
function probe(doc: Y.Doc, key: string): void {
  rejectedSuggestions(doc).set(key, { by: { id: 'probe', name: 'Probe' }, at: new Date().toISOString(), kind: 'claim', quote: key });
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('roles', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (room: string, token?: string) => {
    const client = connectClient(server, room, token === undefined ? {} : { token });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  async function invite(docId: string, role: Role, label: string = role): Promise<{ token: string; jti: string }> {
    const response = await api(server, `/api/documents/${docId}/invites`, json({ role, label }));
    expect(response.status).toBe(201);
    const issued = (await response.json()) as { token: string; invite: { jti: string } };
    return { token: issued.token, jti: issued.invite.jti };
  }

  /** Writes into a room as the holder of `token`; an owner watching says whether it arrived. */
  async function check(docId: string, roomName: string, token: string, expected: Right): Promise<void> {
    const client = connect(roomName, token);
    if (expected === 'none') {
      expect(await closedWith(client)).toBe(4403);
      return;
    }
    const watcher = connect(roomName);
    await Promise.all([synced(client), synced(watcher)]);
    const marker = `w${Math.random().toString(36).slice(2, 8)}`;
    const write = () => {
      if (roomName === docId) insertText(client, 0, 0, marker);
      else probe(client.doc, marker);
    };
    const arrived = () => (roomName === docId ? watcher.text().includes(marker) : rejectedSuggestions(watcher.doc).has(marker));
    write();
    if (expected === 'write') {
      await eventually(() => expect(arrived()).toBe(true));
      return;
    }
    // Read only: the updates are dropped, and after a few the connection is closed.
    write();
    write();
    expect(await closedWith(client)).toBe(4403);
    expect(arrived()).toBe(false);
  }

  const roomsOf = (docId: string, own: string, other: string): Record<Room, string> => ({
    article: docId,
    team: layerRoomName(docId, 'team'),
    'own private': layerRoomName(docId, `p-${own}`),
    'other private': layerRoomName(docId, `p-${other}`),
  });

  for (const role of Object.keys(table) as Role[]) {
    for (const room of Object.keys(table[role]) as Room[]) {
      const expected = table[role][room];
      it(`${role}: ${room} is ${expected === 'none' ? 'refused' : expected}`, async () => {
        const docId = await importArticle(server, `An article for the ${role}.`);
        const holder = await invite(docId, role);
        const other = await invite(docId, 'annotator', 'someone else');
        // The other person's layer exists, with something in it.
        const otherLayer = connect(layerRoomName(docId, `p-${other.jti}`), other.token);
        await synced(otherLayer);
        probe(otherLayer.doc, 'theirs');
        await eventually(async () =>
          expect(
            (await (await api(server, `/api/documents/${docId}/layers`)).json()).layers.map((layer: { id: string }) => layer.id),
          ).toContain(`p-${other.jti}`),
        );
        await check(docId, roomsOf(docId, holder.jti, other.jti)[room], holder.token, expected);
      });
    }
  }

  for (const phase of ['hidden', 'revealed'] as const) {
    it(`an annotator in an assignment, layers ${phase}, gets ${JSON.stringify(assignment[phase])}`, async () => {
      const docId = await importArticle(server, 'A story for the class.');
      const patch = (revealed: boolean) =>
        api(server, `/api/documents/${docId}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ assignment: { revealed } }),
        });
      expect((await patch(false)).status).toBe(200);
      const student = await invite(docId, 'annotator', 'Student A');
      const classmate = await invite(docId, 'annotator', 'Student B');
      const theirs = connect(layerRoomName(docId, `p-${classmate.jti}`), classmate.token);
      await synced(theirs);
      if (phase === 'revealed') expect((await patch(true)).status).toBe(200);
      for (const room of Object.keys(assignment[phase]) as Room[]) {
        await check(docId, roomsOf(docId, student.jti, classmate.jti)[room], student.token, assignment[phase][room]);
      }
    });
  }

  it('closes a classmate’s open layer when the owner hides the layers again', async () => {
    const docId = await importArticle(server, 'Another story.');
    const patch = (revealed: boolean) =>
      api(server, `/api/documents/${docId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ assignment: { revealed } }),
      });
    await patch(true);
    const student = await invite(docId, 'annotator');
    const classmate = await invite(docId, 'annotator');
    const peek = connect(layerRoomName(docId, `p-${classmate.jti}`), student.token);
    await synced(peek);
    const closed = closedWith(peek);
    await patch(false);
    expect(await closed).toBe(4403);
  });

  it('refuses a revoked link at once, open connections included, and an expired one', async () => {
    const docId = await importArticle(server, 'Revocation story.');
    const holder = await invite(docId, 'editor');
    const open = connect(docId, holder.token);
    await synced(open);
    const closed = closedWith(open);
    const revoke = await api(server, `/api/documents/${docId}/invites/${holder.jti}`, { method: 'DELETE' });
    expect(revoke.status).toBe(200);
    expect(await closed).toBe(4401);
    expect((await api(server, `/api/documents/${docId}`, { token: holder.token })).status).toBe(401);
    expect(await closedWith(connect(docId, holder.token))).toBe(4401);
    const list = (await (await api(server, `/api/documents/${docId}/invites`)).json()) as {
      invites: { jti: string; revokedAt: string | null }[];
    };
    expect(list.invites.find((item) => item.jti === holder.jti)?.revokedAt).not.toBeNull();

    const short = await api(server, `/api/documents/${docId}/invites`, json({ role: 'viewer', expiresIn: '3s' }));
    const { token } = (await short.json()) as { token: string };
    const early = connect(docId, token);
    await synced(early);
    expect(await closedWith(early, 8000)).toBe(4401);
    expect((await api(server, `/api/documents/${docId}`, { token })).status).toBe(401);
  });

  it.each([
    ['an annotator imports a document', 'annotator', '/api/documents', json({ format: 'text', content: 'x' })],
    ['an editor makes an invite', 'editor', '/api/documents/DOC/invites', json({ role: 'owner' })],
    [
      'an annotator changes the assignment',
      'annotator',
      '/api/documents/DOC',
      { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"assignment":null}' },
    ],
    ['a viewer adds annotations', 'viewer', '/api/documents/DOC/annotations', json({ format: 'wa', content: [] })],
    ['a link for one document opens another', 'owner', '/api/documents/OTHER', { method: 'GET' }],
  ] as const)('refuses when %s (403)', async (_name, role, pathname, init) => {
    const docId = await importArticle(server, 'Rights story.');
    const otherId = await importArticle(server, 'Other story.');
    const holder = await invite(docId, role as Role);
    const before = (await (await api(server, '/api/documents')).json()) as { documents: unknown[] };
    const response = await api(server, pathname.replace('DOC', docId).replace('OTHER', otherId), { ...init, token: holder.token });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail.length).toBeGreaterThan(5);
    expect(((await (await api(server, '/api/documents')).json()) as { documents: unknown[] }).documents).toHaveLength(
      before.documents.length,
    );
  });

  it('lists only the document a document link opens', async () => {
    const docId = await importArticle(server, 'Listed story.');
    const holder = await invite(docId, 'viewer');
    const list = (await (await api(server, '/api/documents', { token: holder.token })).json()) as { documents: { id: string }[] };
    expect(list.documents.map((record) => record.id)).toEqual([docId]);
    const record = (await (await api(server, `/api/documents/${docId}`, { token: holder.token })).json()) as {
      layers: { id: string; access: string }[];
    };
    expect(record.layers).toEqual([{ id: 'team', label: 'Team', access: 'read' }]);
  });

  it('lets a viewer stay connected to a document that has had deletions', async () => {
    const docId = await importArticle(server, 'Words to delete here.');
    const editor = connect(docId);
    await synced(editor);
    const paragraph = editor.doc.getXmlFragment('prosemirror').get(0) as unknown as {
      get(index: number): { delete(at: number, length: number): void };
    };
    paragraph.get(0).delete(0, 'Words to delete '.length);
    await eventually(async () => expect(await (await api(server, `/api/documents/${docId}/export?format=text`)).text()).toBe('here.'));
    const holder = await invite(docId, 'viewer');
    for (let attempt = 0; attempt < 5; attempt++) {
      const viewer = connect(docId, holder.token);
      await synced(viewer);
      expect(viewer.text()).toBe('here.');
      viewer.provider.disconnect();
    }
    const viewer = connect(docId, holder.token);
    await synced(viewer);
    // Still connected once a later edit has reached it: the server kept the connection past its sync.
    insertText(editor, 0, 0, 'Then ');
    await eventually(() => expect(viewer.text()).toBe('Then here.'));
    expect(viewer.provider.wsconnected).toBe(true);
  });

  it('never lets a read-only update reach the store', async () => {
    const docId = await importArticle(server, 'Stored story.');
    const holder = await invite(docId, 'viewer');
    const viewer = connect(docId, holder.token);
    await synced(viewer);
    insertText(viewer, 0, 0, 'forged ');
    const closed = closedWith(viewer);
    insertText(viewer, 0, 0, 'again ');
    insertText(viewer, 0, 0, 'and again ');
    expect(await closed).toBe(4403);
    expect(await (await api(server, `/api/documents/${docId}/export?format=text`)).text()).toBe('Stored story.');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { layerRoomName } from '../../../shared/index.js';
import { addReply, readThread, threadsMap, type Reply, type ThreadPerson } from '../../../shared/thread/index.js';
import { closedWith, connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

type Role = 'owner' | 'editor' | 'annotator' | 'viewer';
/** What the server does with a write: relays it, refuses it at the door (4422), or closes a read-only connection (4403). */
type Outcome = 'relayed' | 4422 | 4403;

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

interface Holder {
  token: string;
  person: ThreadPerson;
}

/** A thread write, done on a client's doc as the holder: `theirs` is a reply another person wrote, already in the layer. */
type Write = (doc: Y.Doc, me: ThreadPerson, theirs: Reply) => void;

const markId = 'mark1';
const thread = (doc: Y.Doc) => threadsMap(doc).get(markId) as Y.Map<unknown>;
const now = () => new Date().toISOString();
const reply = (me: ThreadPerson, body: string, id = `r${Math.random().toString(36).slice(2, 10)}`): Reply => ({
  id,
  markId,
  body,
  author: me,
  createdAt: now(),
  editedAt: null,
  deleted: false,
  mentions: [],
});

/** Every kind of thread write, what it leaves in the layer for a watcher to see, and whether it is the writer's own business. */
const writes: { name: string; own: boolean; write: Write }[] = [
  {
    name: 'a reply of their own',
    own: true,
    write: (doc, me) => void addReply(doc, { markId, body: 'I agree.', author: me, mentions: [] }),
  },
  {
    name: 'an edit of their own reply',
    own: true,
    write: (doc, me) => {
      const mine = reply(me, 'First try.');
      thread(doc).set(mine.id, mine);
      thread(doc).set(mine.id, { ...mine, body: 'Second try.', editedAt: now() });
    },
  },
  {
    name: 'a delete of their own reply',
    own: true,
    write: (doc, me) => {
      const mine = reply(me, 'Oops.');
      thread(doc).set(mine.id, mine);
      thread(doc).set(mine.id, { ...mine, body: '', deleted: true, editedAt: now() });
    },
  },
  { name: 'resolving the thread', own: true, write: (doc, me) => thread(doc).set('state', { resolved: true, by: me, at: now() }) },
  {
    name: 'a reply in another person’s name',
    own: false,
    write: (doc, _me, theirs) => thread(doc).set('rforged', reply(theirs.author, 'Forged.', 'rforged')),
  },
  {
    name: 'an edit of another person’s reply',
    own: false,
    write: (doc, _me, theirs) => thread(doc).set(theirs.id, { ...theirs, body: 'Changed.' }),
  },
  {
    name: 'an edit of another’s reply claiming it as theirs',
    own: false,
    write: (doc, me, theirs) => thread(doc).set(theirs.id, { ...theirs, author: me, body: 'Mine now.' }),
  },
  {
    name: 'a delete of another person’s reply',
    own: false,
    write: (doc, _me, theirs) => thread(doc).set(theirs.id, { ...theirs, body: '', deleted: true }),
  },
  { name: 'removing another person’s reply', own: false, write: (doc, _me, theirs) => thread(doc).delete(theirs.id) },
  { name: 'removing a thread with another’s reply', own: false, write: (doc) => threadsMap(doc).delete(markId) },
  { name: 'an empty reply', own: false, write: (doc, me) => thread(doc).set('rempty', reply(me, '   ', 'rempty')) },
  { name: 'a reply too long', own: false, write: (doc, me) => thread(doc).set('rlong', reply(me, 'x'.repeat(4001), 'rlong')) },
  {
    name: 'a reply under another mark than its thread',
    own: false,
    write: (doc, me) => thread(doc).set('rwrong', { ...reply(me, 'Elsewhere.', 'rwrong'), markId: 'other' }),
  },
  {
    name: 'a reply with a field the schema lacks',
    own: false,
    write: (doc, me) => thread(doc).set('rextra', { ...reply(me, 'Extra.', 'rextra'), pinned: true }),
  },
  {
    name: 'resolving in another person’s name',
    own: false,
    write: (doc, _me, theirs) => thread(doc).set('state', { resolved: true, by: theirs.author, at: now() }),
  },
  { name: 'a shared type inside a thread', own: false, write: (doc) => thread(doc).set('rmap', new Y.Map()) },
];

const expected = (role: Role, own: boolean): Outcome => (role === 'viewer' ? 4403 : own ? 'relayed' : 4422);

describe('threads at the door', () => {
  let server: TestServer;
  let docId: string;
  const holders = new Map<Role, Holder>();
  let other: Holder;
  const clients: TestClient[] = [];
  const connect = (room: string, token: string) => {
    const client = connectClient(server, room, { token });
    clients.push(client);
    return client;
  };

  async function invite(role: Role, name: string): Promise<Holder> {
    const response = await api(server, `/api/documents/${docId}/invites`, json({ role, label: name }));
    const issued = (await response.json()) as { token: string; invite: { jti: string } };
    const named = await api(server, '/api/session/name', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
      token: issued.token,
    });
    expect(named.status).toBe(200);
    return { token: issued.token, person: { id: issued.invite.jti, name } };
  }

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'A story with a disputed figure.');
    const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
    holders.set('owner', { token: server.token, person: { id: session.tokenId, name: 'Owner' } });
    for (const role of ['editor', 'annotator', 'viewer'] as const) holders.set(role, await invite(role, `The ${role}`));
    other = await invite('annotator', 'Someone else');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  /** The team layer, with a new reply of someone else's in the thread every case writes to. */
  async function layerWithTheirReply(): Promise<{ room: string; theirs: Reply }> {
    const room = layerRoomName(docId, 'team');
    const theirs = reply(other.person, 'Their reply.');
    const client = connect(room, other.token);
    await synced(client);
    if (!threadsMap(client.doc).has(markId)) threadsMap(client.doc).set(markId, new Y.Map());
    thread(client.doc).set(theirs.id, theirs);
    const watcher = connect(room, server.token);
    await eventually(() => expect(readThread(watcher.doc, markId).replies.map((item) => item.id)).toContain(theirs.id));
    client.destroy();
    watcher.destroy();
    return { room, theirs };
  }

  for (const role of ['owner', 'editor', 'annotator', 'viewer'] as const) {
    for (const { name, own, write } of writes) {
      const outcome = expected(role, own);
      it(`${role}: ${name} is ${outcome === 'relayed' ? 'relayed' : `closed with ${outcome}`}`, async () => {
        const { room, theirs } = await layerWithTheirReply();
        const holder = holders.get(role) as Holder;
        const client = connect(room, holder.token);
        const watcher = connect(room, server.token);
        await Promise.all([synced(client), synced(watcher)]);
        await eventually(() => expect(thread(client.doc)?.has(theirs.id)).toBe(true));
        const before = JSON.stringify(thread(watcher.doc).toJSON());
        const closed = closedWith(client);
        write(client.doc, holder.person, theirs);
        if (outcome === 'relayed') {
          closed.catch(() => undefined);
          await eventually(() => expect(JSON.stringify(thread(watcher.doc).toJSON())).toBe(JSON.stringify(thread(client.doc).toJSON())));
          expect(JSON.stringify(thread(watcher.doc).toJSON())).not.toBe(before);
          return;
        }
        // A read-only connection's updates are dropped, and it is closed after a few.
        if (role === 'viewer') for (let count = 0; count < 3; count++) threadsMap(client.doc).set(`again${count}`, new Y.Map());
        expect(await closed).toBe(outcome);
        // Nothing of it reached anyone: a new reader sees the layer as it was.
        const reader = connect(room, server.token);
        await synced(reader);
        expect(JSON.stringify(thread(reader.doc).toJSON())).toBe(before);
      });
    }
  }

  it('syncs a reply live between two people, and its edit and resolution', async () => {
    const room = layerRoomName(docId, 'team');
    const editor = holders.get('editor') as Holder;
    const annotator = holders.get('annotator') as Holder;
    const a = connect(room, editor.token);
    const b = connect(room, annotator.token);
    await Promise.all([synced(a), synced(b)]);
    const sent = addReply(a.doc, {
      markId: 'live',
      body: 'Who is the source, @The annotator?',
      author: editor.person,
      mentions: [annotator.person.id],
    });
    await eventually(() => expect(readThread(b.doc, 'live').replies).toEqual([sent]));
    addReply(b.doc, { markId: 'live', body: 'The port authority.', author: annotator.person, mentions: [] });
    await eventually(() => expect(readThread(a.doc, 'live').replies.map((item) => item.body)).toEqual([sent.body, 'The port authority.']));
    threadsMap(a.doc).get('live')?.set('state', { resolved: true, by: editor.person, at: now() });
    await eventually(() => expect(readThread(b.doc, 'live').state?.resolved).toBe(true));
  });

  it('keeps a blind student’s thread in her own layer, out of a classmate’s reach', async () => {
    const classDoc = await importArticle(server, 'A story for the class.');
    const patch = await api(server, `/api/documents/${classDoc}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignment: { revealed: false } }),
    });
    expect(patch.status).toBe(200);
    const student = (await (
      await api(server, `/api/documents/${classDoc}/invites`, json({ role: 'annotator', label: 'Student' }))
    ).json()) as {
      token: string;
      invite: { jti: string };
    };
    const classmate = (await (
      await api(server, `/api/documents/${classDoc}/invites`, json({ role: 'annotator', label: 'Classmate' }))
    ).json()) as {
      token: string;
    };
    const own = layerRoomName(classDoc, `p-${student.invite.jti}`);
    const mine = connect(own, student.token);
    await synced(mine);
    addReply(mine.doc, { markId, body: 'Not sure this is a claim.', author: { id: student.invite.jti, name: 'Student' }, mentions: [] });
    const teacher = connect(own, server.token);
    await eventually(() => expect(readThread(teacher.doc, markId).replies).toHaveLength(1));
    expect(await closedWith(connect(own, classmate.token))).toBe(4403);
  });
});

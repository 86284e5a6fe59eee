import { describe, expect, it } from 'vitest';
import { annotationsMap, layerRoomName, updateAnnotation } from '../../../shared/index.js';
import { addReply, deleteReply, editReply } from '../../../shared/thread/index.js';
import { defaultWorkflow } from '../../../shared/workflow/index.js';
import { annotateAs } from '../../support/annotate.js';
import { connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('My work, the people of a document and its workflow’s names', () => {
  const { server, clients } = useServer();

  async function invite(docId: string, role: string, label: string): Promise<{ token: string; id: string }> {
    const issued = (await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role, label }))).json()) as {
      token: string;
      invite: { jti: string };
    };
    return { token: issued.token, id: issued.invite.jti };
  }

  it('lists the claims assigned to me in the documents my link opens, and nobody else’s', async () => {
    const first = await importArticle(server, 'The council said rents fell by half.');
    const second = await importArticle(server, 'The port said exports doubled.');
    const ben = await invite(first, 'editor', 'Ben');
    const other = await invite(first, 'annotator', 'Cleo');
    const people = (await (await api(server, `/api/documents/${first}/people`, { token: other.token })).json()) as {
      people: { id: string; name: string; role: string }[];
    };
    expect(people.people).toEqual(expect.arrayContaining([{ id: ben.id, name: 'Ben', role: 'editor' }]));
    expect((await api(server, `/api/documents/${second}/people`, { token: other.token })).status).toBe(403);

    // Ben's link opens the first document only: a claim assigned to him in the second is not his to read.
    for (const [docId, words] of [
      [first, 'rents fell by half'],
      [second, 'exports doubled'],
    ] as const) {
      const marked = await annotateAs(server, docId, server.token, 'team', [['claim', words]]);
      clients.push(...marked);
      const layer = (marked[1] as TestClient).doc;
      const id = [...annotationsMap(layer).keys()][0] as string;
      updateAnnotation(layer, id, { assignee: { id: ben.id, name: 'Ben' } });
    }
    const watcher = connectClient(server, layerRoomName(first, 'team'));
    clients.push(watcher);
    await synced(watcher);
    await eventually(() => expect([...annotationsMap(watcher.doc).values()][0]?.get('assignee')).toBeDefined());

    await eventually(async () => {
      const work = (await (await api(server, '/api/work', { token: ben.token })).json()) as {
        claims: { documentId: string; quote: string; statusLabel: string }[];
      };
      expect(work.claims).toEqual([expect.objectContaining({ documentId: first, quote: 'rents fell by half', statusLabel: 'To check' })]);
    });
    const mine = (await (await api(server, '/api/work', { token: other.token })).json()) as { claims: unknown[] };
    expect(mine.claims).toEqual([]);
  });

  interface Mentioned {
    documentId: string;
    layerId: string;
    annotationId: string;
    quote: string;
    author: { id: string; name: string };
    excerpt: string;
  }
  const mentionsOf = async (token: string) =>
    ((await (await api(server, '/api/work', { token })).json()) as { mentions: Mentioned[] }).mentions;

  /** Marks a claim as the holder of `token` and writes a reply under it; returns the mark's id, the layer and the reply's id. */
  async function replyUnderClaim(
    docId: string,
    token: string,
    layer: string,
    words: string,
    author: { id: string; name: string },
    body: string,
    mentions: string[],
  ) {
    const marked = await annotateAs(server, docId, token, layer, [['claim', words]]);
    clients.push(...marked);
    const layerDoc = (marked[1] as TestClient).doc;
    const markId = [...annotationsMap(layerDoc).keys()][0] as string;
    const reply = addReply(layerDoc, { markId, body, author, mentions });
    return { markId, layerDoc, replyId: reply.id };
  }

  it('lists the replies that mention me, with their mark, author and text, and not to others', async () => {
    const docId = await importArticle(server, 'The minister said hospital waits halved.');
    const ben = await invite(docId, 'editor', 'Ben');
    const cleo = await invite(docId, 'editor', 'Cleo');
    const dan = await invite(docId, 'editor', 'Dan');
    const body = 'Ben, can you find the waiting list figures?\nThe 2019 report has them.';
    const { markId, layerDoc, replyId } = await replyUnderClaim(
      docId,
      dan.token,
      'team',
      'hospital waits halved',
      { id: dan.id, name: 'Dan' },
      body,
      [ben.id],
    );

    await eventually(async () =>
      expect(await mentionsOf(ben.token)).toEqual([
        expect.objectContaining({
          documentId: docId,
          layerId: 'team',
          annotationId: markId,
          quote: 'hospital waits halved',
          author: { id: dan.id, name: 'Dan' },
          excerpt: 'Ben, can you find the waiting list figures? The 2019 report has them.',
        }),
      ]),
    );
    expect(await mentionsOf(cleo.token)).toEqual([]);
    // One's own reply is no mention of oneself.
    expect(await mentionsOf(dan.token)).toEqual([]);

    // Edited to ask Cleo instead, the reply leaves Ben's list for hers; deleted, it leaves hers.
    const dansName = { id: dan.id, name: 'Dan' };
    editReply(layerDoc, { markId, replyId, body: 'Cleo, you have the 2019 report?', mentions: [cleo.id], by: dansName });
    await eventually(async () =>
      expect(await mentionsOf(cleo.token)).toEqual([
        expect.objectContaining({ annotationId: markId, excerpt: 'Cleo, you have the 2019 report?' }),
      ]),
    );
    expect(await mentionsOf(ben.token)).toEqual([]);
    deleteReply(layerDoc, { markId, replyId, by: dansName });
    await eventually(async () => expect(await mentionsOf(cleo.token)).toEqual([]));
  });

  it('keeps a mention in a blind student’s layer from anyone who cannot read that layer', async () => {
    const docId = await importArticle(server, 'The mayor said the new bridge cost nothing.');
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }))).status).toBe(200);
    const ana = await invite(docId, 'annotator', 'Ana');
    const bo = await invite(docId, 'annotator', 'Bo');
    const ed = await invite(docId, 'editor', 'Ed');
    const owner = ((await (await api(server, '/api/session')).json()) as { tokenId: string }).tokenId;
    const layer = `p-${ana.id}`;
    await replyUnderClaim(docId, ana.token, layer, 'cost nothing', { id: ana.id, name: 'Ana' }, 'Bo, Ed and the teacher: is this right?', [
      bo.id,
      ed.id,
      owner,
    ]);

    // The owner reads every student's layer: the reply is stored and listed for them.
    await eventually(async () =>
      expect(await mentionsOf(server.token)).toEqual([expect.objectContaining({ documentId: docId, layerId: layer })]),
    );
    expect(await mentionsOf(bo.token)).toEqual([]);
    expect(await mentionsOf(ed.token)).toEqual([]);
    // Once the owner reveals the layers, the other student reads Ana's, and so the mention.
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: true } }))).status).toBe(200);
    expect(await mentionsOf(bo.token)).toEqual([expect.objectContaining({ documentId: docId, layerId: layer, quote: 'cost nothing' })]);
    expect(await mentionsOf(ed.token)).toEqual([]);
  });

  it('names no classmate to a student working blind, only the people running the assignment', async () => {
    const docId = await importArticle(server, 'A story for the class.');
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }))).status).toBe(200);
    const student = await invite(docId, 'annotator', 'Student A');
    const classmate = await invite(docId, 'annotator', 'Student B');
    const people = (await (await api(server, `/api/documents/${docId}/people`, { token: student.token })).json()) as {
      people: { id: string; role: string }[];
    };
    const ids = people.people.map((person) => person.id);
    expect(ids).toContain(student.id);
    expect(ids).not.toContain(classmate.id);
    expect(people.people.filter((person) => person.id !== student.id).every((person) => person.role !== 'annotator')).toBe(true);
    const owners = (await (await api(server, `/api/documents/${docId}/people`)).json()) as { people: unknown[] };
    expect(owners.people.length).toBeGreaterThanOrEqual(3);
  });

  it('lets an owner rename and reorder the steps, keeping their meaning; refuses others and bad lists', async () => {
    const docId = await importArticle(server, 'The mayor said the river was clean.');
    const editor = await invite(docId, 'editor', 'Ed');
    const renamed = [...defaultWorkflow()].reverse().map((step) => ({ ...step, label: `Step ${step.id}` }));
    const changed = await api(server, `/api/documents/${docId}`, json('PATCH', { workflow: renamed }));
    expect(changed.status).toBe(200);
    const record = (await (await api(server, `/api/documents/${docId}`)).json()) as { workflow: unknown };
    expect(record.workflow).toEqual(renamed);
    expect((await api(server, `/api/documents/${docId}`, { ...json('PATCH', { workflow: renamed }), token: editor.token })).status).toBe(
      403,
    );
    const bad = await api(server, `/api/documents/${docId}`, json('PATCH', { workflow: renamed.slice(1) }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/missing/);
    expect((await (await api(server, `/api/documents/${docId}`)).json()).workflow).toEqual(renamed);
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { workflow: null }))).status).toBe(200);
    expect((await (await api(server, `/api/documents/${docId}`)).json()).workflow).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annotationsMap,
  layerRoomName,
  readAnnotation,
  updateAnnotation,
  type AnnotationPatch,
  type Person,
} from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { closeOf, connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const article = 'The mayor said the river was clean.\n\nFishermen said otherwise.';

/** The people of a desk: an owner, two editors, two annotators (the first marks the claim) and a viewer. */
type Who = 'owner' | 'editor' | 'editor2' | 'author' | 'annotator' | 'viewer';
const roles: Record<Who, string> = {
  owner: 'owner',
  editor: 'editor',
  editor2: 'editor',
  author: 'annotator',
  annotator: 'annotator',
  viewer: 'viewer',
};

type Person2 = Person & { token: string };
type Desk = Record<Who, Person2>;

/** A write: by whom, the claim's state before it (steps written by the people named), and the change. */
interface Row {
  name: string;
  by: Who;
  /** Changes made first, each by a person allowed to make it. */
  setup?: [Who, (desk: Desk) => AnnotationPatch][];
  change: (desk: Desk) => AnnotationPatch;
  allowed: boolean;
}

const verdictBy = (who: Who) => (desk: Desk) => ({ verdict: 'false' as const, verdictBy: person(desk[who]) });
const person = ({ id, name }: Person2): Person => ({ id, name });
const approveBy = (who: Who) => (desk: Desk) => ({ checkStatus: 'checked' as const, approvedBy: person(desk[who]) });
const status = (checkStatus: AnnotationPatch['checkStatus']) => () => ({ checkStatus });
const toSecondCheck: [Who, (desk: Desk) => AnnotationPatch] = ['editor', () => ({ checkStatus: 'second-check' })];
const assign = (who: Who) => (desk: Desk) => ({ assignee: person(desk[who]) });

/** Each role against each new write; a refused write closes the writer's connection and reaches no one. */
const table: Row[] = [
  // Status.
  ...(['owner', 'editor'] as const).map((by) => ({ name: `${by} sets any status`, by, change: status('in-progress'), allowed: true })),
  { name: 'author (annotator) moves their own claim to the second check', by: 'author', change: status('second-check'), allowed: true },
  { name: 'annotator moves someone else’s claim', by: 'annotator', change: status('in-progress'), allowed: false },
  { name: 'author (annotator) moves their claim past the second check', by: 'author', change: status('published'), allowed: false },
  {
    name: 'author (annotator) moves their checked claim back',
    by: 'author',
    setup: [
      ['editor', verdictBy('editor')],
      ['editor2', approveBy('editor2')],
    ],
    change: status('in-progress'),
    allowed: false,
  },
  // Assignment.
  ...(['owner', 'editor'] as const).map((by) => ({ name: `${by} assigns`, by, change: assign('annotator'), allowed: true })),
  { name: 'author (annotator) assigns their own claim', by: 'author', change: assign('annotator'), allowed: false },
  // Verdict.
  { name: 'editor sets a verdict in their own name', by: 'editor', change: verdictBy('editor'), allowed: true },
  { name: 'annotator sets a verdict in their own name', by: 'annotator', change: verdictBy('annotator'), allowed: true },
  { name: 'editor sets a verdict in someone else’s name', by: 'editor', change: verdictBy('editor2'), allowed: false },
  {
    name: 'editor changes a verdict someone named, without naming themselves',
    by: 'editor2',
    setup: [['editor', verdictBy('editor')]],
    change: () => ({ verdict: 'true' }),
    allowed: false,
  },
  // Approval: the four-eyes rule.
  {
    name: 'another editor approves a verdict',
    by: 'editor2',
    setup: [['editor', verdictBy('editor')], toSecondCheck],
    change: approveBy('editor2'),
    allowed: true,
  },
  {
    name: 'owner approves an editor’s verdict',
    by: 'owner',
    setup: [['editor', verdictBy('editor')]],
    change: approveBy('owner'),
    allowed: true,
  },
  {
    name: 'the verdict’s setter approves it',
    by: 'editor',
    setup: [['editor', verdictBy('editor')], toSecondCheck],
    change: approveBy('editor'),
    allowed: false,
  },
  {
    name: 'an editor approves in someone else’s name',
    by: 'editor',
    setup: [['editor', verdictBy('editor')]],
    change: approveBy('editor2'),
    allowed: false,
  },
  { name: 'an editor approves a claim with no verdict', by: 'editor', change: approveBy('editor'), allowed: false },
  {
    name: 'an annotator approves',
    by: 'annotator',
    setup: [['editor', verdictBy('editor')]],
    change: approveBy('annotator'),
    allowed: false,
  },
  {
    name: 'an editor marks checked with no approval',
    by: 'editor2',
    setup: [['editor', verdictBy('editor')]],
    change: status('checked'),
    allowed: false,
  },
  {
    name: 'the approver changes the verdict of a checked claim',
    by: 'editor2',
    setup: [
      ['editor', verdictBy('editor')],
      ['editor2', approveBy('editor2')],
    ],
    change: verdictBy('editor2'),
    allowed: false,
  },
  {
    name: 'an editor sends a checked claim back and changes its verdict',
    by: 'editor2',
    setup: [
      ['editor', verdictBy('editor')],
      ['owner', approveBy('owner')],
    ],
    change: (desk) => ({ checkStatus: 'second-check', approvedBy: null, verdict: 'mixed', verdictBy: person(desk.editor2) }),
    allowed: true,
  },
  {
    name: 'owner publishes a checked claim',
    by: 'owner',
    setup: [
      ['editor', verdictBy('editor')],
      ['editor2', approveBy('editor2')],
    ],
    change: status('published'),
    allowed: true,
  },
];

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('a claim’s workflow: each role against each write, checked at the door', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (room: string, token: string) => {
    const client = connectClient(server, room, { token });
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

  async function deskFor(docId: string): Promise<Desk> {
    const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
    const desk = { owner: { id: session.tokenId, name: 'Owner', token: server.token } } as Desk;
    for (const who of Object.keys(roles) as Who[]) {
      if (who === 'owner') continue;
      const response = await api(server, `/api/documents/${docId}/invites`, json({ role: roles[who], label: who }));
      const issued = (await response.json()) as { token: string; invite: { jti: string } };
      desk[who] = { id: issued.invite.jti, name: who, token: issued.token };
    }
    return desk;
  }

  /** Marks the claim as its author, in their name. */
  async function markAs(docId: string, author: Person2): Promise<void> {
    const articleClient = connect(docId, author.token);
    const layer = connect(layerRoomName(docId, 'team'), author.token);
    await Promise.all([synced(articleClient), synced(layer)]);
    mark(new TestArticle(articleClient.doc), layer.doc, 'claim', 'the river was clean', 0, person(author));
  }

  /** Writes a change to the claim as one person; resolves with whether the server took it. */
  async function write(docId: string, claim: string, writer: Person2, patch: AnnotationPatch, watcher: TestClient): Promise<boolean> {
    const client = connect(layerRoomName(docId, 'team'), writer.token);
    await synced(client);
    const closed = closeOf(client).then(({ code }) => code);
    const marker = `m${Math.random().toString(36).slice(2, 8)}`;
    updateAnnotation(client.doc, claim, { ...patch, note: marker });
    const arrived = eventually(() => expect(annotationsMap(watcher.doc).get(claim)?.get('note')).toBe(marker)).then(() => 'arrived');
    const outcome = await Promise.race([arrived, closed]);
    client.destroy();
    if (outcome === 'arrived') return true;
    expect(outcome).toBe(4422);
    return false;
  }

  for (const row of table) {
    it(`${row.allowed ? 'lets' : 'refuses'}: ${row.name}`, async () => {
      const docId = await importArticle(server, article);
      const desk = await deskFor(docId);
      await markAs(docId, desk.author);
      const watcher = connect(layerRoomName(docId, 'team'), server.token);
      await synced(watcher);
      await eventually(() => expect(annotationsMap(watcher.doc).size).toBe(1));
      const claim = [...annotationsMap(watcher.doc).keys()][0] as string;
      for (const [who, patch] of row.setup ?? []) expect(await write(docId, claim, desk[who], patch(desk), watcher)).toBe(true);
      const before = readAnnotation(claim, annotationsMap(watcher.doc).get(claim));
      const patch = row.change(desk);
      expect(await write(docId, claim, desk[row.by], patch, watcher)).toBe(row.allowed);
      const after = readAnnotation(claim, annotationsMap(watcher.doc).get(claim));
      for (const key of Object.keys(patch) as (keyof AnnotationPatch)[])
        expect(after?.[key]).toEqual(row.allowed ? patch[key] : before?.[key]);
    });
  }

  it('refuses every workflow write of a viewer (read only)', async () => {
    const docId = await importArticle(server, article);
    const desk = await deskFor(docId);
    await markAs(docId, desk.author);
    const viewer = connect(layerRoomName(docId, 'team'), desk.viewer.token);
    await synced(viewer);
    await eventually(() => expect(annotationsMap(viewer.doc).size).toBe(1));
    const claim = [...annotationsMap(viewer.doc).keys()][0] as string;
    const closed = closeOf(viewer);
    for (let tries = 0; tries < 4; tries++) updateAnnotation(viewer.doc, claim, { checkStatus: 'in-progress', note: `try ${tries}` });
    expect((await closed).code).toBe(4403);
  });
});

import { Node } from 'prosemirror-model';
import { updateYFragment } from 'y-prosemirror';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  activityLog,
  annotationsMap,
  articleFragmentName,
  articleSchema,
  deleteAnnotation,
  layerRoomName,
  updateAnnotation,
} from '../../../shared/index.js';
import { exportFormats } from '../../../server/jobs/exportFile.js';
import { annotateAs } from '../../support/annotate.js';
import { closeOf, connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const article = 'The minister said the bridge was safe.\n\nEngineers disagreed with the minister.';

describe('the door: updates that write what a room may not hold are refused', () => {
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

  async function invite(docId: string, role: string): Promise<string> {
    const response = await api(server, `/api/documents/${docId}/invites`, json({ role, label: role }));
    return ((await response.json()) as { token: string }).token;
  }

  /** Every export format answers 200 for the document. */
  async function expectExportsWork(docId: string): Promise<void> {
    for (const format of exportFormats) {
      const response = await api(server, `/api/documents/${docId}/export?format=${format}`);
      expect({ format, status: response.status }).toEqual({ format, status: 200 });
    }
  }

  /** An annotation entry as a hostile client would write it, with given span anchors. */
  function writeEntry(doc: Y.Doc, id: string, start: Uint8Array, end: Uint8Array): void {
    doc.transact(() => {
      const entry = new Y.Map<unknown>();
      annotationsMap(doc).set(id, entry);
      entry.set('span', { start, end, quote: 'bridge', prefix: 'the ', suffix: ' was' });
      entry.set('made', { author: { id: 'mallory', name: 'Mallory' }, createdAt: new Date().toISOString(), kind: 'claim' });
    });
  }

  it('refuses an annotation whose anchors cannot be resolved; nobody sees it, nothing is stored, every export works', async () => {
    const docId = await importArticle(server, article);
    const annotator = await invite(docId, 'annotator');
    const team = layerRoomName(docId, 'team');
    const watcher = connect(team);
    const attacker = connect(team, annotator);
    await Promise.all([synced(watcher), synced(attacker)]);
    const closed = closeOf(attacker);
    writeEntry(attacker.doc, 'bricks', new Uint8Array([3]), new Uint8Array([3]));
    const { code, reason } = await closed;
    expect(code).toBe(4422);
    expect(reason).toMatch(/^Update refused: annotation "bricks": start: /);

    const fresh = connect(team);
    await synced(fresh);
    expect(annotationsMap(fresh.doc).has('bricks')).toBe(false);
    expect(annotationsMap(watcher.doc).has('bricks')).toBe(false);
    await expectExportsWork(docId);
  });

  it('lets our own client mark, change and delete annotations, and refuses a change that breaks one', async () => {
    const docId = await importArticle(server, article);
    const annotator = await invite(docId, 'annotator');
    const [articleClient, layerClient] = await annotateAs(server, docId, annotator, 'team', [
      ['attribution', 'The minister said'],
      ['claim', 'the bridge was safe'],
    ]);
    clients.push(articleClient as TestClient, layerClient as TestClient);
    const layer = (layerClient as TestClient).doc;
    const ids = [...annotationsMap(layer).keys()];
    const [first, second] = ids as [string, string];
    updateAnnotation(layer, first, { note: 'Checked.', links: [second] }, null, new Date(), { id: 'a', name: 'Ana' });
    updateAnnotation(layer, second, { verdict: 'false', evidence: [{ url: 'https://example.org/report', title: 'Report' }] });
    const watcher = connect(layerRoomName(docId, 'team'));
    await synced(watcher);
    await eventually(() => expect(annotationsMap(watcher.doc).get(second)?.get('verdict')).toBe('false'));
    expect(activityLog(watcher.doc).length).toBeGreaterThan(0);
    deleteAnnotation(layer, first, null, { id: 'a', name: 'Ana' });
    await eventually(() => expect(annotationsMap(watcher.doc).has(first)).toBe(false));

    const closed = closeOf(layerClient as TestClient);
    annotationsMap(layer).get(second)?.set('verdict', 'banana');
    const { code, reason } = await closed;
    expect(code).toBe(4422);
    expect(reason).toContain('verdict');
    // A later good write reaching the watcher means anything relayed before it has arrived too.
    const barrier = connect(layerRoomName(docId, 'team'));
    await synced(barrier);
    annotationsMap(barrier.doc).get(second)?.set('note', 'Written after the refusal.');
    await eventually(() => expect(annotationsMap(watcher.doc).get(second)?.get('note')).toBe('Written after the refusal.'));
    expect(annotationsMap(watcher.doc).get(second)?.get('verdict')).toBe('false');
  });

  it.each([
    ['a top-level type a layer does not have', (doc: Y.Doc) => doc.getMap('junk').set('x', 1), /junk/],
    ['an entry that is not a map', (doc: Y.Doc) => annotationsMap(doc).set('flat', 'text' as unknown as Y.Map<unknown>), /not a map/],
    ['a junk history entry', (doc: Y.Doc) => activityLog(doc).push([{ at: 1 } as never]), /history entry/],
  ])('refuses %s in a layer', async (_name, write, reason) => {
    const docId = await importArticle(server, article);
    const client = connect(layerRoomName(docId, 'team'));
    await synced(client);
    const closed = closeOf(client);
    write(client.doc);
    const close = await closed;
    expect(close.code).toBe(4422);
    expect(close.reason).toMatch(reason);
  });

  const firstText = (doc: Y.Doc): Y.XmlText => (doc.getXmlFragment(articleFragmentName).get(0) as Y.XmlElement).get(0) as Y.XmlText;

  it.each([
    ['an unknown node', (doc: Y.Doc) => doc.getXmlFragment(articleFragmentName).insert(0, [new Y.XmlElement('script')]), /script/],
    [
      'a heading level outside the schema',
      (doc: Y.Doc) => {
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', 9 as unknown as string);
        heading.insert(0, [new Y.XmlText('Big')]);
        doc.getXmlFragment(articleFragmentName).insert(0, [heading]);
      },
      /heading level/,
    ],
    ['loose text in the article', (doc: Y.Doc) => doc.getXmlFragment(articleFragmentName).insert(0, [new Y.XmlText('loose')]), /text/],
    [
      'a javascript: link',
      (doc: Y.Doc) => firstText(doc).format(0, 3, { link: { href: 'javascript:alert(1)', title: null } }),
      /http\(s\) or mailto/,
    ],
    ['an unknown mark', (doc: Y.Doc) => firstText(doc).format(0, 3, { blink: {} }), /blink/],
    [
      'a paragraph inside a paragraph',
      (doc: Y.Doc) => (doc.getXmlFragment(articleFragmentName).get(0) as Y.XmlElement).insert(0, [new Y.XmlElement('paragraph')]),
      /paragraph cannot be inside a paragraph/,
    ],
    ['a top-level type an article does not have', (doc: Y.Doc) => doc.getText('elsewhere').insert(0, 'x'), /elsewhere/],
  ])('refuses %s from an editor; others never see it and every export works', async (_name, write, reason) => {
    const docId = await importArticle(server, article);
    const editor = await invite(docId, 'editor');
    const watcher = connect(docId);
    const attacker = connect(docId, editor);
    await Promise.all([synced(watcher), synced(attacker)]);
    const closed = closeOf(attacker);
    write(attacker.doc);
    const close = await closed;
    expect(close.code).toBe(4422);
    expect(close.reason).toMatch(reason);
    const fresh = connect(docId);
    await synced(fresh);
    expect(fresh.text()).toBe(article);
    await expectExportsWork(docId);
    const markdown = await (await api(server, `/api/documents/${docId}/export?format=markdown`)).text();
    expect(markdown).not.toContain('javascript:');
  });

  it('lets every node and mark of the schema through, as y-prosemirror writes them', async () => {
    const docId = await importArticle(server, article);
    const editor = connect(docId);
    const watcher = connect(docId);
    await Promise.all([synced(editor), synced(watcher)]);
    const rich = Node.fromJSON(articleSchema, {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bridge' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The minister ', marks: [{ type: 'em' }] },
            { type: 'text', text: 'said', marks: [{ type: 'strong' }] },
            { type: 'hard_break' },
            { type: 'text', text: 'the report', marks: [{ type: 'link', attrs: { href: 'https://example.org/r', title: 'Report' } }] },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted.' }] }] },
        {
          type: 'ordered_list',
          attrs: { order: 3 },
          content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three' }] }] }],
        },
        {
          type: 'bullet_list',
          content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dot' }] }] }],
        },
        { type: 'horizontal_rule' },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Mail', marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.org', title: null } }] }],
        },
      ],
    });
    const fragment = editor.doc.getXmlFragment(articleFragmentName);
    updateYFragment(editor.doc, fragment, rich, { mapping: new Map(), isOMark: new Map() });
    await eventually(() => expect(watcher.text()).toContain('Quoted.'));
    expect(editor.provider.wsconnected).toBe(true);
    await expectExportsWork(docId);
  });

  it('lets the server’s own writes through: annotations imported into a layer that is open', async () => {
    const source = await importArticle(server, article);
    clients.push(...(await annotateAs(server, source, server.token, 'team', [['claim', 'the bridge was safe']])));
    await eventually(async () => {
      const exported = (await (await api(server, `/api/documents/${source}/export?format=wa`)).json()) as { first?: { items?: unknown[] } };
      expect(exported.first?.items?.length).toBe(1);
    });
    const content = await (await api(server, `/api/documents/${source}/export?format=wa`)).json();
    const target = await importArticle(server, article);
    const watcher = connect(layerRoomName(target, 'team'));
    await synced(watcher);
    const response = await api(server, `/api/documents/${target}/annotations`, json({ format: 'wa', content }));
    expect(response.status).toBe(200);
    await eventually(() => expect(annotationsMap(watcher.doc).size).toBe(1));
  });
});

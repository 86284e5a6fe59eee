import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationsMap, articleFragmentName } from '../../../shared/index.js';
import { updateProblem } from '../../../server/door/index.js';

/** A room's doc and a client that starts from the same state. */
function pair(build: (doc: Y.Doc) => void = () => undefined): { room: Y.Doc; client: Y.Doc } {
  const room = new Y.Doc();
  room.transact(() => build(room));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  return { room, client };
}

/** What the client's change would send, checked against the room's doc. */
function problemOf(room: Y.Doc, client: Y.Doc, kind: 'article' | 'layer', change: (doc: Y.Doc) => void): string | null {
  const before = Y.encodeStateVector(client);
  change(client);
  return updateProblem(room, kind, Y.encodeStateAsUpdate(client, before));
}

const paragraph = (doc: Y.Doc, text: string) => {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(articleFragmentName).insert(0, [element]);
};
const firstText = (doc: Y.Doc) => (doc.getXmlFragment(articleFragmentName).get(0) as Y.XmlElement).get(0) as Y.XmlText;

const validEntry = (doc: Y.Doc, id: string) => {
  const fragment = doc.getXmlFragment(articleFragmentName);
  const anchor = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(fragment, 0));
  const entry = new Y.Map<unknown>();
  annotationsMap(doc).set(id, entry);
  entry.set('span', { start: anchor, end: anchor, quote: '', prefix: '', suffix: '' });
  entry.set('made', { author: { id: 'a', name: 'A' }, createdAt: '2026-01-01T00:00:00.000Z', kind: 'claim' });
};

describe('updateProblem', () => {
  it('places typing by its neighbour, as Yjs does, and lets it through', () => {
    const { room, client } = pair((doc) => paragraph(doc, 'Hello'));
    expect(problemOf(room, client, 'article', (doc) => firstText(doc).insert(5, ', world'))).toBeNull();
    expect(problemOf(room, client, 'article', (doc) => firstText(doc).format(0, 5, { em: {} }))).toBeNull();
  });

  it('refuses content placed by its neighbour where the schema has none', () => {
    const { room, client } = pair((doc) => paragraph(doc, 'Hello'));
    // After the paragraph's text, inside the paragraph: a block where only inline content may go.
    expect(
      problemOf(room, client, 'article', (doc) =>
        (doc.getXmlFragment(articleFragmentName).get(0) as Y.XmlElement).insert(1, [new Y.XmlElement('blockquote')]),
      ),
    ).toMatch(/blockquote cannot be inside a paragraph/);
  });

  it('leaves for later what depends on changes it has not received, and checks it when they come', () => {
    const { room, client } = pair((doc) => paragraph(doc, 'Hello'));
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    firstText(client).insert(5, '!');
    firstText(client).format(5, 1, { link: { href: 'javascript:alert(1)', title: null } });
    // The format's neighbour is the withheld "!": it cannot be placed yet.
    expect(updateProblem(room, 'article', updates[1] as Uint8Array)).toBeNull();
    Y.applyUpdate(room, updates[0] as Uint8Array);
    expect(updateProblem(room, 'article', updates[1] as Uint8Array)).toMatch(/http\(s\) or mailto/);
  });

  it('refuses deleting a field an annotation needs, and lets a damaged entry be changed', () => {
    const { room, client } = pair((doc) => {
      paragraph(doc, 'Hello');
      validEntry(doc, 'good');
      annotationsMap(doc).set('damaged', new Y.Map());
    });
    expect(problemOf(room, client, 'layer', (doc) => annotationsMap(doc).get('good')?.delete('made'))).toMatch(/annotation "good"/);
    const { room: room2, client: client2 } = pair((doc) => {
      paragraph(doc, 'Hello');
      annotationsMap(doc).set('damaged', new Y.Map());
    });
    expect(problemOf(room2, client2, 'layer', (doc) => annotationsMap(doc).get('damaged')?.set('note', 'still damaged'))).toBeNull();
    expect(problemOf(room2, client2, 'layer', (doc) => annotationsMap(doc).delete('damaged'))).toBeNull();
  });
});

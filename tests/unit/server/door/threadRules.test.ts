import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateProblem, type Writer } from '../../../../server/door/index.js';
import { addReply, threadsMap } from '../../../../shared/thread/index.js';

const ana = { id: 'tok-ana', name: 'Ana' };

/** What a client's change would send to a layer room holding what the room holds, checked for a writer. */
function problemOf(writer: Writer | null, change: (doc: Y.Doc) => void, build: (doc: Y.Doc) => void = () => undefined): string | null {
  const room = new Y.Doc();
  build(room);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const before = Y.encodeStateVector(client);
  change(client);
  return updateProblem(room, 'layer', Y.encodeStateAsUpdate(client, before), false, writer);
}

const reply = (doc: Y.Doc) => void addReply(doc, { markId: 'm1', body: 'Hello.', author: ana, mentions: [] });

describe('threads at the door, by writer', () => {
  it.each([
    ['its author, an annotator', { id: ana.id, role: 'annotator' } as Writer, null],
    ['the server (an import), in anyone’s name', null, null],
    ['a viewer, even as its author', { id: ana.id, role: 'viewer' } as Writer, /viewer/],
    ['an owner in another’s name', { id: 'tok-owner', role: 'owner' } as Writer, /another person/],
  ])('a reply sent by %s', (_name, writer, refused) => {
    const problem = problemOf(writer, reply);
    if (refused === null) expect(problem).toBeNull();
    else expect(problem).toMatch(refused);
  });

  it('refuses an invalid reply even from the server', () => {
    expect(
      problemOf(null, (doc) => {
        const thread = new Y.Map<unknown>();
        threadsMap(doc).set('m1', thread);
        thread.set('r1', { id: 'r1', markId: 'm1', body: '' });
      }),
    ).toMatch(/reply "r1"/);
  });

  it('lets anyone who writes remove an unreadable entry, but not another’s reply', () => {
    const build = (doc: Y.Doc) => {
      reply(doc);
      (threadsMap(doc).get('m1') as Y.Map<unknown>).set('junk', 42);
    };
    const ben: Writer = { id: 'tok-ben', role: 'editor' };
    expect(problemOf(ben, (doc) => threadsMap(doc).get('m1')?.delete('junk'), build)).toBeNull();
    const theirs = (doc: Y.Doc) => [...(threadsMap(doc).get('m1')?.keys() ?? [])].find((key) => key !== 'junk') ?? '';
    expect(problemOf(ben, (doc) => threadsMap(doc).get('m1')?.delete(theirs(doc)), build)).toMatch(/another person's reply/);
    expect(problemOf({ id: ana.id, role: 'annotator' }, (doc) => threadsMap(doc).get('m1')?.delete(theirs(doc)), build)).toBeNull();
  });
});

// What writing marks one by one costs as a layer grows: each mark its own
// transaction, as a person (or an import placing marks) makes them, with its
// History line. `npx tsx bench/markWriting.ts [marks]` prints the time of
// each block of 5,000 marks; they should stay level (linear in the layer),
// not grow with it. Noisy under load.
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { articleFragmentName, articleSchema, createAnnotation, encodeAnchors, quoteSelectorOf, TextMap } from '../shared/index.js';

const total = Number(process.argv[2] ?? 30_000);
const block = 5_000;

const paragraphs = Array.from({ length: 300 }, (_, index) =>
  articleSchema.node('paragraph', null, [articleSchema.text(`Paragraph ${index} says what the council decided on Monday.`)]),
);
const article = new Y.Doc();
const fragment = article.getXmlFragment(articleFragmentName);
prosemirrorToYXmlFragment(articleSchema.node('doc', null, paragraphs), fragment);
const doc = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
const map = TextMap.of(doc);
const span = { ...encodeAnchors(fragment, doc, map.posAt(5, 1), map.posAt(15, -1)), ...quoteSelectorOf(map.text, 5, 15) };

const layer = new Y.Doc();
const blocks: number[] = [];
let started = performance.now();
for (let index = 1; index <= total; index++) {
  createAnnotation(layer, { kind: 'claim', author: { id: 'bench', name: 'Benchmark' }, ...span });
  if (index % block === 0) {
    const now = performance.now();
    blocks.push(now - started);
    started = now;
  }
}
// The first block also pays for compiling the code: the second is the base.
const base = blocks[1] ?? Number.NaN;
const last = blocks.at(-1) ?? Number.NaN;
console.log(`${total} marks, one transaction each: ms per ${block}: ${blocks.map((ms) => ms.toFixed(0)).join(', ')}`);
console.log(`last block / second block: ${(last / base).toFixed(2)} (1 is linear; the first block includes warming up)`);

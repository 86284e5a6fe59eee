/**
 * What the claim workflow rules add to the door's check of a layer update:
 * a change of one claim's note, then of its status, in a layer of 2,000
 * claims, checked without a writer (the server's own updates, as before the
 * rules) and with one (every client's update).
 * Run with `npx tsx bench/workflowDoor.ts`; prints microseconds per check.
 */
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { updateProblem } from '../server/door/index.js';
import { articleFragmentName, articleSchema, createAnnotation, encodeAnchors, updateAnnotation } from '../shared/index.js';

const claims = 2000;
const rounds = 1000;
const blocks = 9;

const article = new Y.Doc();
const words = Array.from({ length: claims }, (_, index) => `claim ${index}.`).join(' ');
const doc = articleSchema.node('doc', null, [articleSchema.node('paragraph', null, [articleSchema.text(words)])]);
prosemirrorToYXmlFragment(doc, article.getXmlFragment(articleFragmentName));
const layer = new Y.Doc();
const author = { id: 'tok-a', name: 'Ana' };
const ids: string[] = [];
for (let index = 0; index < claims; index++) {
  const from = 1 + words.indexOf(`claim ${index}.`);
  ids.push(
    createAnnotation(
      layer,
      {
        kind: 'claim',
        ...encodeAnchors(article.getXmlFragment(articleFragmentName), doc, from, from + 5),
        quote: 'claim',
        prefix: '',
        suffix: '',
        author,
      },
      null,
      new Date(),
      false,
    ),
  );
}

/** An update from a copy of the layer: what a client would send. */
function updateOf(change: (copy: Y.Doc, id: string) => void, id: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(layer));
  const before = Y.encodeStateVector(copy);
  change(copy, id);
  return Y.encodeStateAsUpdate(copy, before);
}

const note = updateOf((copy, id) => updateAnnotation(copy, id, { note: 'Checked against the register.' }), ids[claims / 2] as string);
const status = updateOf((copy, id) => updateAnnotation(copy, id, { checkStatus: 'in-progress' }), ids[claims / 2] as string);
const writer = { id: 'tok-a', role: 'editor' as const };

/** Microseconds per check over one block of rounds. */
function block(update: Uint8Array, withWriter: boolean): number {
  const start = performance.now();
  for (let index = 0; index < rounds; index++) {
    const problem = updateProblem(layer, 'layer', update, false, withWriter ? writer : null);
    if (problem !== null) throw new Error(problem);
  }
  return ((performance.now() - start) / rounds) * 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const cases = [
  ['note change', note],
  ['status change', status],
] as const;
// Blocks alternate with and without the rules, and the median of each is kept: a shared machine's pauses fall on both sides.
for (const [name, update] of cases) {
  block(update, false);
  block(update, true);
  const without: number[] = [];
  const withRules: number[] = [];
  for (let index = 0; index < blocks; index++) {
    without.push(block(update, false));
    withRules.push(block(update, true));
  }
  const a = median(without);
  const b = median(withRules);
  console.log(
    `${name}: ${a.toFixed(1)} µs without a writer, ${b.toFixed(1)} µs with the workflow rules (×${(b / a).toFixed(2)}), median of ${blocks} blocks of ${rounds}`,
  );
}
article.destroy();
layer.destroy();

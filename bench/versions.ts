import { prosemirrorToYDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import { articleOf } from '../server/jobs/DocumentState.js';
import { carryMarks } from '../server/jobs/versions.js';
import { articleFragmentName, teamLayerId } from '../shared/index.js';
import { generateArticle } from './generate.js';

/*
 * Carrying a story's marks to a new version (the work of a refetch that found
 * a change): a generated article with its marks, and a new version of it with
 * its second paragraph gone, so the marks after it all move and the few in it
 * become orphans. Printed, never asserted. Run: npx tsx bench/versions.ts
 */

for (const [words, marks] of [
  [3_000, 100],
  [30_000, 1_000],
  [30_000, 10_000],
] as const) {
  const generated = generateArticle(words, marks);
  const article = Y.encodeStateAsUpdate(generated.article);
  const layer = Y.encodeStateAsUpdate(generated.layer);
  const read = articleOf([article]);
  const json = read.doc.toJSON() as { content: unknown[] };
  json.content.splice(1, 1);
  read.ydoc.destroy();
  const next = prosemirrorToYDoc(read.doc.type.schema.nodeFromJSON(json), articleFragmentName);
  const started = performance.now();
  const carried = carryMarks({
    from: { record: generated.record, article: [article], layers: [{ id: teamLayerId, updates: [layer] }] },
    article: Y.encodeStateAsUpdate(next),
  });
  const ms = performance.now() - started;
  const team = carried.layers[0] ?? { carried: 0, orphans: [] };
  process.stdout.write(`${words} words, ${marks} marks: ${team.carried} carried, ${team.orphans.length} orphaned, ${Math.round(ms)} ms\n`);
}

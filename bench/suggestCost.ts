// What suggestions cost on a 30,000-word article: the first reading, and the
// reading again after one paragraph changed (what the editor does after a
// keystroke). `npx tsx bench/suggestCost.ts` prints both; noisy under load.
import { readFileSync, readdirSync } from 'node:fs';
import { suggestMarks } from '../shared/suggest/index.js';
import { textOf } from './eval/fixtures.js';
const dir = 'tests/fixtures/eval/tuning/articles';
const pieces = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => textOf(readFileSync(`${dir}/${f}`, 'utf8')));
const paragraphs: string[] = [];
let n = 0;
// Distinct paragraphs (a number in each), as a real article's are.
while (paragraphs.join(' ').split(/\s+/).length < 30000)
  for (const p of pieces.join('\n\n').split('\n\n')) paragraphs.push(`${p} (${n++})`);
const text = paragraphs.join('\n\n');
let t = performance.now();
suggestMarks(text);
const cold = performance.now() - t;
const times: number[] = [];
for (let i = 0; i < 15; i++) {
  const edited = [...paragraphs];
  edited[Math.floor(edited.length / 2)] += ` typed ${i}`;
  t = performance.now();
  suggestMarks(edited.join('\n\n'));
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `${text.split(/\s+/).length} words: first reading ${cold.toFixed(0)} ms; after a keystroke median ${(times[7] ?? 0).toFixed(0)} ms, min ${(times[0] ?? 0).toFixed(0)} ms`,
);

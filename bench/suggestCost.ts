// What suggestions cost on a 30,000-word article: the first reading, and the
// reading again after one paragraph changed (what the editor does after a
// keystroke). Then the same on an article of 8,000 reported statements, a
// quarter of them negated, where comparing each negated statement with the
// statements before it (negated restatements) must not grow with their square.
// `npx tsx bench/suggestCost.ts` prints both; noisy under load.
import { readFileSync, readdirSync } from 'node:fs';
import { suggestMarks } from '../shared/suggest/index.js';
import { textOf } from './eval/fixtures.js';

/** The first reading of paragraphs and the median and fastest reading after a keystroke in the middle one. */
function measure(paragraphs: readonly string[]): { cold: number; median: number; min: number } {
  let t = performance.now();
  suggestMarks(paragraphs.join('\n\n'));
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
  return { cold, median: times[7] ?? 0, min: times[0] ?? 0 };
}

const dir = 'tests/fixtures/eval/tuning/articles';
const pieces = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => textOf(readFileSync(`${dir}/${f}`, 'utf8')));
const paragraphs: string[] = [];
let n = 0;
// Distinct paragraphs (a number in each), as a real article's are.
while (paragraphs.join(' ').split(/\s+/).length < 30000)
  for (const p of pieces.join('\n\n').split('\n\n')) paragraphs.push(`${p} (${n++})`);
const article = measure(paragraphs);
console.log(
  `${paragraphs.join(' ').split(/\s+/).length} words: first reading ${article.cold.toFixed(0)} ms; after a keystroke median ${article.median.toFixed(0)} ms, min ${article.min.toFixed(0)} ms`,
);

// Made-up words, so that statements share few of them, as a long article's do.
const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'dor', 'pel', 'sin', 'gar', 'nu', 'bex'];
const word = (i: number) => `${syllables[i % 12]}${syllables[Math.floor(i / 12) % 12]}${syllables[Math.floor(i / 144) % 12]}`;
let seed = 7;
const random = (below: number) => {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return (seed >>> 8) % below;
};
const statements: string[] = [];
for (let i = 0; i < 8000; i++) {
  const [a, b, c, d, e, f] = Array.from({ length: 6 }, () => word(random(1728)));
  statements.push(`The ${a} council said the ${b} ${c} had ${i % 4 === 0 ? 'not ' : ''}${d}ed the ${e} ${f}.`);
}
const reports: string[] = [];
for (let i = 0; i < statements.length; i += 4) reports.push(statements.slice(i, i + 4).join(' '));
const many = measure(reports);
console.log(
  `${statements.length} statements: first reading ${many.cold.toFixed(0)} ms; after a keystroke median ${many.median.toFixed(0)} ms, min ${many.min.toFixed(0)} ms`,
);

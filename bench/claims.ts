// The cost of "already checked" look-ups as the claims database grows:
// `npx tsx bench/claims.ts [--claims 20000,200000] [--rules-alone]` prints, for
// each size, the time to build the matcher (done again on the first look-up
// after a change) and the p50/p95 of a look-up; `--rules-alone` leaves the
// look-alike weights out, to time what they add. Claims are generated from a small vocabulary,
// so terms repeat as they do across a desk's stories.
import { parseArgs } from 'node:util';
import { ClaimMatcher, defaultMatcherOptions } from '../shared/claims/index.js';

const { values } = parseArgs({
  options: { claims: { type: 'string', default: '2000,20000,200000' }, 'rules-alone': { type: 'boolean', default: false } },
});
const options = values['rules-alone'] ? { ...defaultMatcherOptions, lookAlike: null } : defaultMatcherOptions;

const subjects = [
  'unemployment',
  'inflation',
  'knife crime',
  'rail fares',
  'council tax',
  'hospital waiting lists',
  'net migration',
  'house prices',
  'child poverty',
  'carbon emissions',
  'measles cases',
  'teacher numbers',
  'rent',
  'energy bills',
  'bus journeys',
];
const places = [
  'Valdoria',
  'Port Ellery',
  'Ashby',
  'Bramley',
  'Greyford',
  'Redmoor',
  'Lakeview City',
  'the capital',
  'the north',
  'rural areas',
];
const moves = ['rose by', 'fell by', 'doubled to', 'reached', 'dropped to', 'increased by', 'is up', 'is down'];
const units = ['%', ' million', ' thousand', ' per cent', ' billion euros', ' a week'];

/** A deterministic pseudo-random source, so every run measures the same claims. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function claimsOf(count: number): { id: string; text: string }[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => ({
    id: String(index),
    text: `${pick(subjects)} in ${pick(places)} ${pick(moves)} ${Math.floor(next() * 90) + 1}${pick(units)} since ${2000 + Math.floor(next() * 25)}`,
  }));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

console.log('claims     build (ms)   look-up p50 (ms)   p95 (ms)');
for (const size of values.claims.split(',').map(Number)) {
  const claims = claimsOf(size);
  const started = performance.now();
  const matcher = new ClaimMatcher(claims, (claim) => claim.text, options);
  // The n-gram vectors are weighed on the first look-up: counted with the build.
  matcher.similar('warm up', 3);
  const build = performance.now() - started;
  const queries = claimsOf(200).map((claim) => claim.text.replace('rose by', 'went up'));
  const times: number[] = [];
  for (const query of queries) {
    const at = performance.now();
    matcher.similar(query, 3);
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${String(size).padStart(7)} ${build.toFixed(0).padStart(12)} ${percentile(times, 50).toFixed(1).padStart(18)} ${percentile(times, 95).toFixed(1).padStart(10)}`,
  );
}

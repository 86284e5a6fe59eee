// The evaluation of the rules that read prose: `npm run eval` prints, for the
// tuning and held-out halves of tests/fixtures/eval and of its second set
// (written from the span convention by people who had not read the rules; the
// held-out halves are never tuned on), the precision and recall of suggestions per kind and of each
// comparison finding, each pooled over all tuning and all held-out halves, a
// second careful reader's agreement with the key where one marked the articles
// too (what two people agree on bounds what a rule can be asked to reach), and
// the acceptance checks on the real story pair beside the checkout when it is there. `--json` prints the figures as JSON;
// `--errors` lists every miss and false flag of the tuning halves (the held-out
// halves' are never printed: its errors are not there to tune on);
// `--real-pair FOLDER` reads the real pair from another folder; `--half tuning`
// (or `second/tuning`) scores that half alone (so working on the rules need not print the held-out
// figures each time).
import path from 'node:path';
import { claimHalfName, claimSets, describeClaimScore, loadClaimSet, scoreClaimHalf, sumClaimScores } from './claims.js';
import { findingNames, scoreComparisonSet, type ComparisonScore, type FindingName, type FindingTally } from './comparison.js';
import { crossFittedKindWeights, kindExamples, kindTrainingHalves, setOfHalf } from './kindModel.js';
import type { Weights } from './logisticFit.js';
import { crossFittedWorthWeights, worthExamples } from './worthModel.js';
import { crossFittedLookAlikeWeights, lookAlikeExamples } from './lookAlikeModel.js';
import { defaultMatcherOptions, type MatcherOptions } from '../../shared/claims/index.js';
import { halves, loadArticles, loadPairs, proseSets, tunedOn, type Half, type ProseSet } from './fixtures.js';
import { checkRealPair, loadRealPair, type Check } from './realPair.js';
import { scoreSecondReading, scoreSuggestionSet, type SuggestionScore, type Tally } from './suggestions.js';
import { readOptions } from '../options.js';

const usage = `Usage: npm run eval -- [--half NAME] [--errors] [--json] [--real-pair FOLDER]

  --half NAME          score one half alone (tuning, second/tuning, claims-third/tuning…)
  --errors             list every miss and false flag of the tuning halves (never the held-out ones)
  --json               print the figures as JSON
  --real-pair FOLDER   read the real story pair from FOLDER
  --help               this text`;

const options = {
  json: { type: 'boolean', default: false },
  errors: { type: 'boolean', default: false },
  // Where the real story pair is when it is not beside the checkout.
  'real-pair': { type: 'string' },
  half: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;
const values = readOptions(options, usage);
const root = path.join(import.meta.dirname, '..', '..');

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : (part / whole).toFixed(2));

/** One row per kind: gold, marked, matched, precision, recall. */
function printKinds(kinds: Record<string, Tally>): void {
  for (const [kind, tally] of Object.entries(kinds))
    console.log(
      `  ${kind.padEnd(12)} ${String(tally.gold).padStart(5)} ${String(tally.suggested).padStart(10)} ${String(tally.matched).padStart(8)} ${ratio(tally.matched, tally.suggested).padStart(10)} ${ratio(tally.matched, tally.gold).padStart(7)}`,
    );
}

/** Tallies added up kind by kind. */
function sumKinds(list: readonly Record<string, Tally>[]): Record<string, Tally> {
  const sum: Record<string, Tally> = {};
  for (const kinds of list)
    for (const [kind, tally] of Object.entries(kinds)) {
      const total = (sum[kind] ??= { gold: 0, suggested: 0, matched: 0 });
      total.gold += tally.gold;
      total.suggested += tally.suggested;
      total.matched += tally.matched;
    }
  return sum;
}

/** Each comparison finding's tally, and the share of all flags (quotation pairs aside) that are true. */
function printFindings(findings: Record<FindingName, FindingTally>): void {
  let flagged = 0;
  let trueFlags = 0;
  for (const name of findingNames) {
    const tally = findings[name];
    if (name !== 'quotationPairs') {
      flagged += tally.flagged;
      trueFlags += tally.trueFlags;
    }
    console.log(
      `  ${name.padEnd(17)} ${String(tally.expected).padStart(8)} ${String(tally.found).padStart(6)} ${ratio(tally.found, tally.expected).padStart(7)} ${String(tally.flagged).padStart(6)} ${String(tally.trueFlags).padStart(5)} ${ratio(tally.trueFlags, tally.flagged).padStart(10)}`,
    );
  }
  console.log(`  all flags true: ${ratio(trueFlags, flagged)} (${trueFlags} of ${flagged})`);
}

/** Comparison tallies added up finding by finding. */
function sumFindings(list: readonly Record<FindingName, FindingTally>[]): Record<FindingName, FindingTally> {
  const sum = Object.fromEntries(findingNames.map((name) => [name, { expected: 0, found: 0, flagged: 0, trueFlags: 0 }])) as Record<
    FindingName,
    FindingTally
  >;
  for (const findings of list)
    for (const name of findingNames) {
      const total = sum[name];
      const tally = findings[name];
      total.expected += tally.expected;
      total.found += tally.found;
      total.flagged += tally.flagged;
      total.trueFlags += tally.trueFlags;
    }
  return sum;
}

interface HalfResult {
  half: ProseSet;
  articles: number;
  pairs: number;
  suggestions: SuggestionScore;
  /** A second careful reader's marks against the key, where the half has them (see `EvalArticle.second`). */
  secondReader: ReturnType<typeof scoreSecondReading>;
  comparison: ComparisonScore;
}

const claimHalves = claimSets.flatMap((set) => halves.map((half) => ({ set, half, name: claimHalfName(set, half) })));
const chosen = values.half === undefined ? proseSets : proseSets.filter((half) => half === values.half);
const chosenClaims = claimHalves.filter(({ name }) => values.half === undefined || name === values.half);
if (chosen.length === 0 && chosenClaims.length === 0)
  throw new Error(
    `--half must be one of ${[...proseSets, ...claimHalves.map(({ name }) => name).filter((name) => !proseSets.includes(name as ProseSet))].join(', ')}.`,
  );

// A tuning half is read with claim-or-denial weights, and weights of what is worth marking, fitted without its own set:
// with the shipped weights, fitted on every tuning half, its figures would only show the weights reciting what they
// were fitted on.
const tunedHalvesChosen = chosen.some((half) => kindTrainingHalves.includes(half));
const tuningWeights = tunedHalvesChosen ? crossFittedKindWeights(kindExamples()) : null;
const tuningWorthWeights = tunedHalvesChosen ? crossFittedWorthWeights(worthExamples()) : null;

/** The weights a half is read with: fitted without its set for a tuning half, the shipped ones for any other. */
function weightsFor(half: ProseSet): { kindWeights?: Weights; worthWeights?: Weights } {
  if (!kindTrainingHalves.includes(half)) return {};
  const set = setOfHalf(half);
  const kindWeights = tuningWeights?.get(set);
  const worthWeights = tuningWorthWeights?.get(set);
  // (Never the shipped weights instead, which were fitted on this very half.)
  if (kindWeights === undefined || worthWeights === undefined) throw new Error(`No weights fitted without the set of ${half}.`);
  return { kindWeights, worthWeights };
}

const results: HalfResult[] = chosen.flatMap((half) => {
  const articles = loadArticles(half);
  const pairs = loadPairs(half);
  // A set without files yet is left out.
  if (articles.length === 0 && pairs.length === 0) return [];
  return [
    {
      half,
      articles: articles.length,
      pairs: pairs.length,
      suggestions: scoreSuggestionSet(articles, weightsFor(half)),
      secondReader: scoreSecondReading(articles),
      comparison: scoreComparisonSet(pairs),
    },
  ];
});
// "Already checked": each claim set is one file, its queries split into two halves. A tuning half is read with
// look-alike weights fitted without its own set, as the suggestions' are.
const tuningLookAlikeWeights = chosenClaims.some(({ half }) => half === 'tuning') ? crossFittedLookAlikeWeights(lookAlikeExamples()) : null;
function lookAlikeFor(set: string, half: Half): MatcherOptions {
  if (half !== 'tuning') return defaultMatcherOptions;
  const lookAlike = tuningLookAlikeWeights?.get(set);
  if (lookAlike === undefined) throw new Error(`No look-alike weights fitted without ${set}.`);
  return { ...defaultMatcherOptions, lookAlike };
}
const claimScores = chosenClaims.map(({ set, half, name }) => ({
  half: name,
  tuning: half === 'tuning',
  score: scoreClaimHalf(loadClaimSet(set), half, lookAlikeFor(set, half)),
}));
const realPair = loadRealPair(values['real-pair'] ?? path.join(root, '..', 'shared', 'articles'));
const checks: Check[] | null = realPair === null ? null : checkRealPair(realPair);

if (values.json) {
  const withoutErrors = results.map((result) => ({
    ...result,
    suggestions: { ...result.suggestions, errors: undefined },
    comparison: { ...result.comparison, errors: undefined },
  }));
  const claims = claimScores.map(({ half, score }) => ({ half, ...score, errors: undefined }));
  process.stdout.write(`${JSON.stringify({ halves: withoutErrors, claims, realPair: checks }, null, 2)}\n`);
} else {
  for (const result of results) {
    const { kinds, attributions } = result.suggestions;
    console.log(`\n${result.half}: ${result.articles} articles, ${result.pairs} version pairs`);
    console.log('\n  suggestions   gold  suggested  matched  precision  recall');
    printKinds(kinds);
    if (result.secondReader !== null) {
      console.log(`  a second reader against the key, on ${result.secondReader.articles} articles (how far two careful people agree):`);
      printKinds(result.secondReader.kinds);
    }
    console.log(
      `  matched attributions with a speaker: ${attributions.checked}; speaker right ${ratio(attributions.speaker, attributions.checked)}, ` +
        `source type right ${ratio(attributions.sourceType, attributions.checked)}, links to what they attribute ${ratio(attributions.links, attributions.linksExpected)}`,
    );
    console.log('\n  comparison        expected  found  recall  flags  true  precision');
    printFindings(result.comparison);
    if (values.errors && tunedOn.has(result.half)) {
      console.log(`\n  errors of ${result.half}`);
      for (const error of [...result.suggestions.errors, ...result.comparison.errors]) console.log(`    ${error}`);
    }
  }
  for (const tuning of [true, false]) {
    const pooled = results.filter((result) => tunedOn.has(result.half) === tuning);
    if (pooled.length < 2) continue;
    const which = tuning ? 'tuning' : 'held-out';
    console.log(`\npooled over the ${pooled.length} ${which} halves: suggestions`);
    printKinds(sumKinds(pooled.map((result) => result.suggestions.kinds)));
    const compared = pooled.filter((result) => result.pairs > 0);
    if (compared.length > 0) {
      console.log(`  comparison, over the ${compared.length} of them with version pairs`);
      printFindings(sumFindings(compared.map((result) => result.comparison)));
    }
    const readTwice = pooled.flatMap(({ suggestions, secondReader }) =>
      secondReader === null ? [] : [{ rules: suggestions.kinds, reader: secondReader.kinds }],
    );
    if (readTwice.length === 0) continue;
    console.log(`  the ${readTwice.length} ${which} halves a second reader marked too: the rules, then the second reader, against the key`);
    printKinds(sumKinds(readTwice.map(({ rules }) => rules)));
    printKinds(sumKinds(readTwice.map(({ reader }) => reader)));
  }
  for (const { half, tuning, score } of claimScores) {
    for (const line of describeClaimScore(half, score)) console.log(line);
    if (values.errors && tuning) for (const error of score.errors) console.log(`    ${error}`);
  }
  for (const tuning of [true, false]) {
    const pooled = claimScores.filter((score) => score.tuning === tuning);
    if (pooled.length < 2) continue;
    const which = tuning ? 'tuning' : 'held-out';
    const total = sumClaimScores(pooled.map(({ score }) => score));
    for (const line of describeClaimScore(`pooled over the ${pooled.length} ${which} halves`, total)) console.log(line);
  }
  if (checks === null) console.log('\nThe real story pair is not beside this checkout: its checks were not run.');
  else {
    console.log('\nthe real story pair');
    for (const check of checks) console.log(`  ${check.passed ? 'pass' : 'FAIL'}  ${check.name}: ${check.detail}`);
  }
}

// The evaluation of "already checked": for each half of
// tests/fixtures/eval/claims (written blind, from the feature's description
// only), every query is looked up among all the reviewed claims and scored:
// paraphrases should find their target, near misses should not have their
// look-alike ranked first, unrelated claims should find nothing shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ClaimMatcher, defaultMatcherOptions, type MatcherOptions } from '../../shared/claims/index.js';
import { evalFolder, type Half } from './fixtures.js';

interface ReviewedItem {
  id: string;
  claim: string;
}

interface Query {
  id: string;
  text: string;
  relation: 'paraphrase' | 'near-miss' | 'unrelated';
  target: string | null;
  split: Half;
}

interface ClaimSet {
  reviewed: ReviewedItem[];
  queries: Query[];
}

/** The figures of one half. Results scoring under the shown threshold count as not found: they are not shown. */
export interface ClaimScore {
  paraphrases: number;
  /** Paraphrases whose target is the first result shown. */
  top1: number;
  /** Paraphrases whose target is among the first three results shown. */
  top3: number;
  nearMisses: number;
  /** Near misses whose first result shown is their look-alike target (a false "already checked"). */
  nearMissFirst: number;
  /** Near misses with any result shown at all. */
  nearMissShown: number;
  unrelated: number;
  /** Unrelated queries with a result shown (a false alarm). */
  unrelatedShown: number;
  /** The highest first-result score of an unrelated query. */
  unrelatedMaxScore: number;
  /** Of the queries whose first result is shown, how many show the right claim (a paraphrase's target). */
  shownFirst: number;
  shownFirstRight: number;
  /** Of the results shown in the first three, how many are the right claim. */
  shownTop3: number;
  shownTop3Right: number;
  /** Each miss and false match, in words: printed for the tuning half only. */
  errors: string[];
}

/**
 * The claim sets, each in a folder of tests/fixtures/eval with its queries
 * split into a tuning and a held-out half: the first, then a second, a
 * third, a fourth, a fifth, a sixth, a seventh, an eighth, a ninth, a tenth, an eleventh, a twelfth, a thirteenth, a fourteenth, a fifteenth, a sixteenth, a seventeenth, an eighteenth, a nineteenth, a twentieth, a twenty-first, a twenty-second, a twenty-third, a twenty-fourth, a twenty-fifth, a twenty-sixth, a twenty-seventh, a twenty-eighth, a twenty-ninth, a thirtieth, a thirty-first, a thirty-second, a thirty-third, a thirty-fourth, a thirty-fifth, a thirty-sixth, a thirty-seventh, a thirty-eighth, a thirty-ninth, a fortieth, a forty-first, a forty-second, a forty-third, a forty-fourth, a forty-fifth, a forty-sixth, a forty-seventh, a forty-eighth, a forty-ninth, a fiftieth, a fifty-first, a fifty-second, a fifty-third, a fifty-fourth, a fifty-fifth, a fifty-sixth, a fifty-seventh, a fifty-eighth, a fifty-ninth, a sixtieth, a sixty-first, a sixty-second, a sixty-third, a sixty-fourth, a sixty-fifth, a sixty-sixth, a sixty-seventh, a sixty-eighth, a sixty-ninth, a seventieth, a seventy-first, a seventy-second, a seventy-third, a seventy-fourth, a seventy-fifth, a seventy-sixth, a seventy-seventh, a seventy-eighth, a seventy-ninth, an eightieth, an eighty-first, an eighty-second, an eighty-third, an eighty-fourth, an eighty-fifth, an eighty-sixth, an eighty-seventh, an eighty-eighth, an eighty-ninth, a ninetieth, a ninety-first, a ninety-second, a ninety-third, a ninety-fourth, a ninety-fifth, a ninety-sixth, a ninety-seventh, a ninety-eighth, a ninety-ninth, a hundredth, a hundred-and-first, a hundred-and-second, a hundred-and-third, a hundred-and-fourth, a hundred-and-fifth, a hundred-and-sixth, a hundred-and-seventh, a hundred-and-eighth, a hundred-and-ninth, a hundred-and-tenth, a hundred-and-eleventh, a hundred-and-twelfth, a hundred-and-thirteenth, a hundred-and-fourteenth, a hundred-and-fifteenth, a hundred-and-sixteenth, a hundred-and-seventeenth, a hundred-and-eighteenth, a hundred-and-nineteenth, a hundred-and-twentieth, a hundred-and-twenty-first, a hundred-and-twenty-second, a hundred-and-twenty-third, a hundred-and-twenty-fourth, a hundred-and-twenty-fifth and a hundred-and-twenty-sixth written later the same way (blind, from the feature's description),
 * whose halves are named like `claims-second/tuning` and `claims-third/heldout`.
 */
export const claimSets = [
  'claims',
  'claims-second',
  'claims-third',
  'claims-fourth',
  'claims-fifth',
  'claims-sixth',
  'claims-seventh',
  'claims-eighth',
  'claims-ninth',
  'claims-tenth',
  'claims-eleventh',
  'claims-twelfth',
  'claims-thirteenth',
  'claims-fourteenth',
  'claims-fifteenth',
  'claims-sixteenth',
  'claims-seventeenth',
  'claims-eighteenth',
  'claims-nineteenth',
  'claims-twentieth',
  'claims-twentyfirst',
  'claims-twentysecond',
  'claims-twentythird',
  'claims-twentyfourth',
  'claims-twentyfifth',
  'claims-twentysixth',
  'claims-twentyseventh',
  'claims-twentyeighth',
  'claims-twentyninth',
  'claims-thirtieth',
  'claims-thirtyfirst',
  'claims-thirtysecond',
  'claims-thirtythird',
  'claims-thirtyfourth',
  'claims-thirtyfifth',
  'claims-thirtysixth',
  'claims-thirtyseventh',
  'claims-thirtyeighth',
  'claims-thirtyninth',
  'claims-fortieth',
  'claims-fortyfirst',
  'claims-fortysecond',
  'claims-fortythird',
  'claims-fortyfourth',
  'claims-fortyfifth',
  'claims-fortysixth',
  'claims-fortyseventh',
  'claims-fortyeighth',
  'claims-fortyninth',
  'claims-fiftieth',
  'claims-fiftyfirst',
  'claims-fiftysecond',
  'claims-fiftythird',
  'claims-fiftyfourth',
  'claims-fiftyfifth',
  'claims-fiftysixth',
  'claims-fiftyseventh',
  'claims-fiftyeighth',
  'claims-fiftyninth',
  'claims-sixtieth',
  'claims-sixtyfirst',
  'claims-sixtysecond',
  'claims-sixtythird',
  'claims-sixtyfourth',
  'claims-sixtyfifth',
  'claims-sixtysixth',
  'claims-sixtyseventh',
  'claims-sixtyeighth',
  'claims-sixtyninth',
  'claims-seventieth',
  'claims-seventyfirst',
  'claims-seventysecond',
  'claims-seventythird',
  'claims-seventyfourth',
  'claims-seventyfifth',
  'claims-seventysixth',
  'claims-seventyseventh',
  'claims-seventyeighth',
  'claims-seventyninth',
  'claims-eightieth',
  'claims-eightyfirst',
  'claims-eightysecond',
  'claims-eightythird',
  'claims-eightyfourth',
  'claims-eightyfifth',
  'claims-eightysixth',
  'claims-eightyseventh',
  'claims-eightyeighth',
  'claims-eightyninth',
  'claims-ninetieth',
  'claims-ninetyfirst',
  'claims-ninetysecond',
  'claims-ninetythird',
  'claims-ninetyfourth',
  'claims-ninetyfifth',
  'claims-ninetysixth',
  'claims-ninetyseventh',
  'claims-ninetyeighth',
  'claims-ninetyninth',
  'claims-hundredth',
  'claims-hundredfirst',
  'claims-hundredsecond',
  'claims-hundredthird',
  'claims-hundredfourth',
  'claims-hundredfifth',
  'claims-hundredsixth',
  'claims-hundredseventh',
  'claims-hundredeighth',
  'claims-hundredninth',
  'claims-hundredtenth',
  'claims-hundredeleventh',
  'claims-hundredtwelfth',
  'claims-hundredthirteenth',
  'claims-hundredfourteenth',
  'claims-hundredfifteenth',
  'claims-hundredsixteenth',
  'claims-hundredseventeenth',
  'claims-hundredeighteenth',
  'claims-hundrednineteenth',
  'claims-hundredtwentieth',
  'claims-hundredtwentyfirst',
  'claims-hundredtwentysecond',
  'claims-hundredtwentythird',
  'claims-hundredtwentyfourth',
  'claims-hundredtwentyfifth',
  'claims-hundredtwentysixth',
] as const;
export type ClaimSetName = (typeof claimSets)[number];

/** The name a half of a claim set is printed and chosen by (`--half`): the first set's halves are plain `tuning` and `heldout`. */
export function claimHalfName(set: ClaimSetName, half: Half): string {
  return set === 'claims' ? half : `${set}/${half}`;
}

/** A claim set. */
export function loadClaimSet(name: ClaimSetName = 'claims'): ClaimSet {
  return JSON.parse(readFileSync(path.join(evalFolder, name, 'claims.json'), 'utf8')) as ClaimSet;
}

/** Scores one half of the set against every reviewed claim. */
export function scoreClaimHalf(set: ClaimSet, half: Half, options: MatcherOptions = defaultMatcherOptions): ClaimScore {
  const matcher = new ClaimMatcher(set.reviewed, (item) => item.claim, options);
  const text = new Map(set.reviewed.map((item) => [item.id, item.claim]));
  const score = emptyClaimScore();
  for (const query of set.queries) {
    if (query.split !== half) continue;
    const all = matcher.similar(query.text, 3);
    const shown = all.filter((match) => match.score >= options.threshold);
    const first = shown[0];
    const describe = () =>
      all
        .map(
          (match) =>
            `${match.claim.id} ${match.score.toFixed(3)} (bm25 ${match.bm25.toFixed(2)} ngram ${match.ngram.toFixed(2)}${match.swapped === null ? '' : `, swaps a ${match.swapped}`}${match.lookAlike ? ', a look-alike' : ''})`,
        )
        .join('; ');
    if (first !== undefined) {
      score.shownFirst++;
      if (query.relation === 'paraphrase' && first.claim.id === query.target) score.shownFirstRight++;
    }
    score.shownTop3 += shown.length;
    score.shownTop3Right += shown.filter((match) => query.relation === 'paraphrase' && match.claim.id === query.target).length;
    if (query.relation === 'paraphrase') {
      score.paraphrases++;
      if (first?.claim.id === query.target) score.top1++;
      if (shown.some((match) => match.claim.id === query.target)) score.top3++;
      else
        score.errors.push(
          `paraphrase missed: ${query.id} "${query.text}" → ${query.target} "${text.get(query.target ?? '')}"; got ${describe()}`,
        );
    } else if (query.relation === 'near-miss') {
      score.nearMisses++;
      if (first !== undefined) score.nearMissShown++;
      if (first?.claim.id === query.target) {
        score.nearMissFirst++;
        score.errors.push(
          `near miss first: ${query.id} "${query.text}" ~ ${query.target} "${text.get(query.target ?? '')}"; got ${describe()}`,
        );
      }
    } else {
      score.unrelated++;
      score.unrelatedMaxScore = Math.max(score.unrelatedMaxScore, all[0]?.score ?? 0);
      if (first !== undefined) {
        score.unrelatedShown++;
        score.errors.push(`unrelated shown: ${query.id} "${query.text}"; got ${describe()}`);
      }
    }
  }
  return score;
}

/** The figures of several halves together: counts added, the highest unrelated score kept, errors joined. */
export function sumClaimScores(scores: readonly ClaimScore[]): ClaimScore {
  const total: ClaimScore = { ...emptyClaimScore(), errors: scores.flatMap((score) => score.errors) };
  for (const score of scores) for (const key of countedFields) total[key] += score[key];
  total.unrelatedMaxScore = Math.max(0, ...scores.map((score) => score.unrelatedMaxScore));
  return total;
}

const countedFields = [
  'paraphrases',
  'top1',
  'top3',
  'nearMisses',
  'nearMissFirst',
  'nearMissShown',
  'unrelated',
  'unrelatedShown',
  'shownFirst',
  'shownFirstRight',
  'shownTop3',
  'shownTop3Right',
] as const satisfies readonly (keyof ClaimScore)[];

function emptyClaimScore(): ClaimScore {
  return {
    paraphrases: 0,
    top1: 0,
    top3: 0,
    nearMisses: 0,
    nearMissFirst: 0,
    nearMissShown: 0,
    unrelated: 0,
    unrelatedShown: 0,
    unrelatedMaxScore: 0,
    shownFirst: 0,
    shownFirstRight: 0,
    shownTop3: 0,
    shownTop3Right: 0,
    errors: [],
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : (part / whole).toFixed(2));

/** The figures of a half as lines for `npm run eval`. */
export function describeClaimScore(half: string, score: ClaimScore, options: MatcherOptions = defaultMatcherOptions): string[] {
  return [
    `\n${half}: "already checked" (${score.paraphrases} paraphrases, ${score.nearMisses} near misses, ${score.unrelated} unrelated; shown from score ${options.threshold})`,
    `  paraphrases: target first ${ratio(score.top1, score.paraphrases)} (${score.top1}), in the top 3 ${ratio(score.top3, score.paraphrases)} (${score.top3})  [target: top 3 ≥ 0.85]`,
    `  near misses: look-alike ranked first ${ratio(score.nearMissFirst, score.nearMisses)} (${score.nearMissFirst}), anything shown ${ratio(score.nearMissShown, score.nearMisses)}  [target: ranked first ≤ 0.10]`,
    `  unrelated: shown ${score.unrelatedShown} of ${score.unrelated}; highest first score ${score.unrelatedMaxScore.toFixed(3)} against the threshold ${options.threshold}`,
    `  precision of what is shown: first result ${ratio(score.shownFirstRight, score.shownFirst)} (${score.shownFirstRight}/${score.shownFirst}), top 3 ${ratio(score.shownTop3Right, score.shownTop3)} (${score.shownTop3Right}/${score.shownTop3})`,
  ];
}

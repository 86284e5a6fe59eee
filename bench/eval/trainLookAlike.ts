// Fits the weights that read a sentence as a reviewed claim with a detail
// changed (shared/claims/lookAlike.ts) on the paraphrases and near misses of
// the tuning halves of the claim sets, and writes them to
// shared/claims/lookAlikeWeights.json. The held-out halves are never read. Run
// it again after changing the matcher's rules or adding sets: the rules' score
// and the detail they find swapped are among the features.
import { lookAlikeChance, lookAlikeLikelihood } from '../../shared/claims/lookAlike.js';
import { folds, trainingAsked, writeShippedWeights } from './logisticFit.js';
import { crossFittedLookAlikeWeights, fitLookAlikeWeights, lookAlikeExamples, pairsActedOn } from './lookAlikeModel.js';

const usage = `Usage: npx tsx bench/eval/trainLookAlike.ts [--cross-check]

Fits the look-alike weights of the claims lookup on every tuning half and
writes shared/claims/lookAlikeWeights.json.

  --cross-check   instead, fit each part of the sets on the others and print, of the
                  paraphrases and near misses the rules alone would show, how many the
                  weights would lower at each likelihood (nothing is written)
  --help          this text`;

const asked = trainingAsked(usage);
if (asked !== null) {
  const examples = lookAlikeExamples();
  if (asked === 'cross-check') {
    const bySet = crossFittedLookAlikeWeights(examples);
    const shown = examples.filter((example) => example.shown);
    const nearMisses = shown.filter((example) => example.nearMiss).length;
    console.log(
      `${shown.length} paraphrases and near misses of the tuning halves the rules alone show against their target, ${nearMisses} of them near misses`,
    );
    console.log(`each of ${folds} parts of the sets fitted on the others; lowered above a likelihood of a look-alike of:`);
    for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      const lowered = shown.filter((example) => lookAlikeChance(example.pair, bySet.get(example.set) ?? {}) > threshold);
      const near = lowered.filter((example) => example.nearMiss).length;
      const chosen = threshold === lookAlikeLikelihood ? '  (shipped)' : '';
      console.log(`  ${threshold.toFixed(2)}: ${near} of the ${nearMisses} near misses, ${lowered.length - near} paraphrases${chosen}`);
    }
  } else {
    writeShippedWeights('lookAlikeWeights.json', fitLookAlikeWeights(examples), pairsActedOn(examples).length, 'claims', 'pairs');
  }
}

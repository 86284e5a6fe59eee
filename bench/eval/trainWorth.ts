// Fits the weights that drop a suggested claim or denial a fact-checker would
// leave unmarked (shared/suggest/worthMarking.ts) on the tuning halves of the
// prose sets, and writes them to shared/suggest/worthWeights.json. The held-out
// halves are never read. Run it again after changing the rules or adding sets.
import { droppingLikelihood, markedLikelihood } from '../../shared/suggest/worthMarking.js';
import { folds, trainingAsked, writeShippedWeights } from './logisticFit.js';
import { crossFittedWorthWeights, fitWorthWeights, worthExamples } from './worthModel.js';

const usage = `Usage: npx tsx bench/eval/trainWorth.ts [--cross-check]

Fits the weights that drop what a fact-checker would leave unmarked on every
tuning half and writes shared/suggest/worthWeights.json.

  --cross-check   instead, fit each part of the sets on the others and print, for the
                  claims and denials the rules suggest, how many the key marks and how
                  many would be dropped at each likelihood (nothing is written)
  --help          this text`;

const asked = trainingAsked(usage);
if (asked !== null) {
  const examples = worthExamples();
  if (asked === 'cross-check') {
    const bySet = crossFittedWorthWeights(examples);
    const likelihoods = examples.map((example) => ({
      example,
      likelihood: example.mayDrop ? markedLikelihood(example.features, bySet.get(example.set) ?? {}) : 1,
    }));
    const marked = examples.filter((example) => example.marked).length;
    console.log(
      `${examples.length} claims and denials suggested on the tuning halves, ${marked} on a span the key marks (${(marked / examples.length).toFixed(3)})`,
    );
    console.log(`each of ${folds} parts of the sets fitted on the others; dropped below a likelihood of being marked of:`);
    for (const threshold of [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
      const dropped = likelihoods.filter(({ likelihood }) => likelihood < threshold);
      const droppedMarked = dropped.filter(({ example }) => example.marked).length;
      const kept = examples.length - dropped.length;
      const keptMarked = marked - droppedMarked;
      const chosen = threshold === droppingLikelihood ? '  (shipped)' : '';
      console.log(
        `  ${threshold.toFixed(2)}: dropped ${dropped.length} (${droppedMarked} the key marks); of those kept ${(keptMarked / kept).toFixed(3)} marked, ${(keptMarked / marked).toFixed(3)} of the marked kept${chosen}`,
      );
    }
  } else {
    writeShippedWeights('worthWeights.json', fitWorthWeights(examples), examples.length);
  }
}

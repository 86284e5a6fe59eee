// Fits the weights that drop a reported statement holding nothing to check
// (shared/suggest/checkable.ts) on the tuning halves of the prose sets from
// the twenty-sixth on, and writes them to shared/suggest/checkableWeights.json.
// The held-out halves are never read. Run it again after changing the rules or
// adding sets.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { droppingLikelihood } from '../../shared/suggest/checkable.js';
import { likelihood } from '../../shared/suggest/linearModel.js';
import { checkableExamples, crossFittedCheckableWeights, fitCheckableWeights } from './checkableModel.js';
import { folds } from './logisticFit.js';

const usage = `Usage: npx tsx bench/eval/trainCheckable.ts [--cross-check]

Fits the weights that drop claims holding nothing to check on the tuning
halves from the twenty-sixth set on, and writes
shared/suggest/checkableWeights.json.

  --cross-check   instead, fit each part of the sets on the others and print how many
                  claims the weights drop, and how many of those the keys mark (nothing is written)
  --help          this text`;

const { values } = parseArgs({
  options: { 'cross-check': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  console.log(usage);
} else {
  const examples = checkableExamples();
  const unmarked = examples.filter((example) => example.nothingToCheck).length;
  console.log(`${examples.length} claims the rules suggest on the training halves, ${unmarked} of them on nothing the keys mark`);
  if (values['cross-check']) {
    const bySet = crossFittedCheckableWeights(examples);
    const dropped = examples.filter(
      (example) => !example.tooShortOrDated && likelihood(example.features, bySet.get(example.set) ?? {}) > droppingLikelihood,
    );
    const wronglyDropped = dropped.filter((example) => !example.nothingToCheck).length;
    console.log(
      `each of ${folds} parts of the sets fitted on the others: ${dropped.length} dropped, ${dropped.length - wronglyDropped} on nothing the keys mark, ${wronglyDropped} on a marked claim or denial`,
    );
  } else {
    const weights = fitCheckableWeights(examples);
    const file = path.join(import.meta.dirname, '..', '..', 'shared', 'suggest', 'checkableWeights.json');
    writeFileSync(file, `${JSON.stringify(weights, null, 2)}\n`);
    console.log(`${Object.keys(weights).length} weights written to ${path.relative(process.cwd(), file)}`);
  }
}

// The words the suggestions' small linear models read (statementKind.ts,
// worthMarking.ts): a statement's words, and the reason the rules give for it.

const numberWords =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)$/u;
const monthNames = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** Words that say whether a man or a woman is meant, each read as the one word for either. */
const eitherSex: ReadonlyMap<string, string> = new Map([
  ['he', 'he/she'],
  ['she', 'he/she'],
  ['him', 'him/her'],
  ['his', 'him/her'],
  ['her', 'him/her'],
  ['hers', 'him/her'],
  ['himself', 'himself/herself'],
  ['herself', 'himself/herself'],
  ['mr', 'mr/ms'],
  ['mrs', 'mr/ms'],
  ['ms', 'mr/ms'],
  ['miss', 'mr/ms'],
]);

/**
 * The words of a text, lower-cased, with every figure one word and every month another, and "he" and "she" (and the
 * like) one word: which figure or month a story names, and whether a man or a woman speaks, say nothing of whether it
 * answers a charge or is worth marking, and the weights would otherwise learn them from the sets.
 */
export function statementTokens(text: string): string[] {
  // (A curly apostrophe is a straight one: "council’s" is "council's".)
  return (
    text
      .toLowerCase()
      .replace(/’/gu, "'")
      .match(/[a-z']+|\d+/gu) ?? []
  ).map((word) =>
    /^\d/u.test(word) || numberWords.test(word) ? '#figure' : monthNames.test(word) ? '#month' : (eitherSex.get(word) ?? word),
  );
}

/** A reason without the speaker's name it may carry ("continues the quotation of Jane Doe"). */
export function reasonWithoutName(reason: string): string {
  const continues = /^continues (the quotation|what was reported) of /u.exec(reason);
  if (continues !== null) return `continues ${continues[1]}`;
  return reason.replace(/“[^”]*”/gu, (cue) => cue.toLowerCase());
}

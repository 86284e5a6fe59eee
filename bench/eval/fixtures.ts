import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument, toText, type AnnotationKind, type SourceType } from '../../shared/index.js';

/** The two halves of the evaluation set: rules are tuned on the first, never on the second's errors. */
export const halves = ['tuning', 'heldout'] as const;
export type Half = (typeof halves)[number];

/**
 * The sets of articles and version pairs: the first set's two halves, then a
 * second, a third, a fourth, a fifth, a sixth, a seventh, an eighth, a ninth, a tenth, an eleventh, a twelfth, a thirteenth, a fourteenth, a fifteenth, a sixteenth, a seventeenth, an eighteenth, a nineteenth, a twentieth, a twenty-first, a twenty-second, a twenty-third, a twenty-fourth, a twenty-fifth, a twenty-sixth, a twenty-seventh, a twenty-eighth, a twenty-ninth, a thirtieth, a thirty-first, a thirty-second, a thirty-third, a thirty-fourth, a thirty-fifth, a thirty-sixth, a thirty-seventh, a thirty-eighth, a thirty-ninth, a fortieth, a forty-first, a forty-second, a forty-third, a forty-fourth, a forty-fifth, a forty-sixth, a forty-seventh, a forty-eighth, a forty-ninth, a fiftieth, a fifty-first, a fifty-second, a fifty-third, a fifty-fourth, a fifty-fifth, a fifty-sixth, a fifty-seventh, a fifty-eighth, a fifty-ninth, a sixtieth, a sixty-first, a sixty-second, a sixty-third, a sixty-fourth, a sixty-fifth, a sixty-sixth, a sixty-seventh, a sixty-eighth, a sixty-ninth, a seventieth, a seventy-first, a seventy-second, a seventy-third, a seventy-fourth, a seventy-fifth, a seventy-sixth, a seventy-seventh, a seventy-eighth, a seventy-ninth, an eightieth, an eighty-first, an eighty-second, an eighty-third, an eighty-fourth, an eighty-fifth, an eighty-sixth, an eighty-seventh, an eighty-eighth, an eighty-ninth, a ninetieth, a ninety-first, a ninety-second, a ninety-third, a ninety-fourth, a ninety-fifth, a ninety-sixth, a ninety-seventh, a ninety-eighth, a ninety-ninth, a hundredth, a hundred-and-first, a hundred-and-second, a hundred-and-third, a hundred-and-fourth, a hundred-and-fifth, a hundred-and-sixth, a hundred-and-seventh, a hundred-and-eighth, a hundred-and-ninth, a hundred-and-tenth, a hundred-and-eleventh, a hundred-and-twelfth, a hundred-and-thirteenth, a hundred-and-fourteenth, a hundred-and-fifteenth, a hundred-and-sixteenth, a hundred-and-seventeenth, a hundred-and-eighteenth, a hundred-and-nineteenth, a hundred-and-twentieth, a hundred-and-twenty-first, a hundred-and-twenty-second, a hundred-and-twenty-third, a hundred-and-twenty-fourth, a hundred-and-twenty-fifth and a hundred-and-twenty-sixth set written later in the same way, by writers
 * who had not read the rules either. Rules may be tuned on the errors of the
 * tuning halves; every held-out half is frozen.
 */
export const proseSets = [
  'tuning',
  'heldout',
  'second/tuning',
  'second/heldout',
  'third/tuning',
  'third/heldout',
  'fourth/tuning',
  'fourth/heldout',
  'fifth/tuning',
  'fifth/heldout',
  'sixth/tuning',
  'sixth/heldout',
  'seventh/tuning',
  'seventh/heldout',
  'eighth/tuning',
  'eighth/heldout',
  'ninth/tuning',
  'ninth/heldout',
  'tenth/tuning',
  'tenth/heldout',
  'eleventh/tuning',
  'eleventh/heldout',
  'twelfth/tuning',
  'twelfth/heldout',
  'thirteenth/tuning',
  'thirteenth/heldout',
  'fourteenth/tuning',
  'fourteenth/heldout',
  'fifteenth/tuning',
  'fifteenth/heldout',
  'sixteenth/tuning',
  'sixteenth/heldout',
  'seventeenth/tuning',
  'seventeenth/heldout',
  'eighteenth/tuning',
  'eighteenth/heldout',
  'nineteenth/tuning',
  'nineteenth/heldout',
  'twentieth/tuning',
  'twentieth/heldout',
  'twentyfirst/tuning',
  'twentyfirst/heldout',
  'twentysecond/tuning',
  'twentysecond/heldout',
  'twentythird/tuning',
  'twentythird/heldout',
  'twentyfourth/tuning',
  'twentyfourth/heldout',
  'twentyfifth/tuning',
  'twentyfifth/heldout',
  'twentysixth/tuning',
  'twentysixth/heldout',
  'twentyseventh/tuning',
  'twentyseventh/heldout',
  'twentyeighth/tuning',
  'twentyeighth/heldout',
  'twentyninth/tuning',
  'twentyninth/heldout',
  'thirtieth/tuning',
  'thirtieth/heldout',
  'thirtyfirst/tuning',
  'thirtyfirst/heldout',
  'thirtysecond/tuning',
  'thirtysecond/heldout',
  'thirtythird/tuning',
  'thirtythird/heldout',
  'thirtyfourth/tuning',
  'thirtyfourth/heldout',
  'thirtyfifth/tuning',
  'thirtyfifth/heldout',
  'thirtysixth/tuning',
  'thirtysixth/heldout',
  'thirtyseventh/tuning',
  'thirtyseventh/heldout',
  'thirtyeighth/tuning',
  'thirtyeighth/heldout',
  'thirtyninth/tuning',
  'thirtyninth/heldout',
  'fortieth/tuning',
  'fortieth/heldout',
  'fortyfirst/tuning',
  'fortyfirst/heldout',
  'fortysecond/tuning',
  'fortysecond/heldout',
  'fortythird/tuning',
  'fortythird/heldout',
  'fortyfourth/tuning',
  'fortyfourth/heldout',
  'fortyfifth/tuning',
  'fortyfifth/heldout',
  'fortysixth/tuning',
  'fortysixth/heldout',
  'fortyseventh/tuning',
  'fortyseventh/heldout',
  'fortyeighth/tuning',
  'fortyeighth/heldout',
  'fortyninth/tuning',
  'fortyninth/heldout',
  'fiftieth/tuning',
  'fiftieth/heldout',
  'fiftyfirst/tuning',
  'fiftyfirst/heldout',
  'fiftysecond/tuning',
  'fiftysecond/heldout',
  'fiftythird/tuning',
  'fiftythird/heldout',
  'fiftyfourth/tuning',
  'fiftyfourth/heldout',
  'fiftyfifth/tuning',
  'fiftyfifth/heldout',
  'fiftysixth/tuning',
  'fiftysixth/heldout',
  'fiftyseventh/tuning',
  'fiftyseventh/heldout',
  'fiftyeighth/tuning',
  'fiftyeighth/heldout',
  'fiftyninth/tuning',
  'fiftyninth/heldout',
  'sixtieth/tuning',
  'sixtieth/heldout',
  'sixtyfirst/tuning',
  'sixtyfirst/heldout',
  'sixtysecond/tuning',
  'sixtysecond/heldout',
  'sixtythird/tuning',
  'sixtythird/heldout',
  'sixtyfourth/tuning',
  'sixtyfourth/heldout',
  'sixtyfifth/tuning',
  'sixtyfifth/heldout',
  'sixtysixth/tuning',
  'sixtysixth/heldout',
  'sixtyseventh/tuning',
  'sixtyseventh/heldout',
  'sixtyeighth/tuning',
  'sixtyeighth/heldout',
  'sixtyninth/tuning',
  'sixtyninth/heldout',
  'seventieth/tuning',
  'seventieth/heldout',
  'seventyfirst/tuning',
  'seventyfirst/heldout',
  'seventysecond/tuning',
  'seventysecond/heldout',
  'seventythird/tuning',
  'seventythird/heldout',
  'seventyfourth/tuning',
  'seventyfourth/heldout',
  'seventyfifth/tuning',
  'seventyfifth/heldout',
  'seventysixth/tuning',
  'seventysixth/heldout',
  'seventyseventh/tuning',
  'seventyseventh/heldout',
  'seventyeighth/tuning',
  'seventyeighth/heldout',
  'seventyninth/tuning',
  'seventyninth/heldout',
  'eightieth/tuning',
  'eightieth/heldout',
  'eightyfirst/tuning',
  'eightyfirst/heldout',
  'eightysecond/tuning',
  'eightysecond/heldout',
  'eightythird/tuning',
  'eightythird/heldout',
  'eightyfourth/tuning',
  'eightyfourth/heldout',
  'eightyfifth/tuning',
  'eightyfifth/heldout',
  'eightysixth/tuning',
  'eightysixth/heldout',
  'eightyseventh/tuning',
  'eightyseventh/heldout',
  'eightyeighth/tuning',
  'eightyeighth/heldout',
  'eightyninth/tuning',
  'eightyninth/heldout',
  'ninetieth/tuning',
  'ninetieth/heldout',
  'ninetyfirst/tuning',
  'ninetyfirst/heldout',
  'ninetysecond/tuning',
  'ninetysecond/heldout',
  'ninetythird/tuning',
  'ninetythird/heldout',
  'ninetyfourth/tuning',
  'ninetyfourth/heldout',
  'ninetyfifth/tuning',
  'ninetyfifth/heldout',
  'ninetysixth/tuning',
  'ninetysixth/heldout',
  'ninetyseventh/tuning',
  'ninetyseventh/heldout',
  'ninetyeighth/tuning',
  'ninetyeighth/heldout',
  'ninetyninth/tuning',
  'ninetyninth/heldout',
  'hundredth/tuning',
  'hundredth/heldout',
  'hundredfirst/tuning',
  'hundredfirst/heldout',
  'hundredsecond/tuning',
  'hundredsecond/heldout',
  'hundredthird/tuning',
  'hundredthird/heldout',
  'hundredfourth/tuning',
  'hundredfourth/heldout',
  'hundredfifth/tuning',
  'hundredfifth/heldout',
  'hundredsixth/tuning',
  'hundredsixth/heldout',
  'hundredseventh/tuning',
  'hundredseventh/heldout',
  'hundredeighth/tuning',
  'hundredeighth/heldout',
  'hundredninth/tuning',
  'hundredninth/heldout',
  'hundredtenth/tuning',
  'hundredtenth/heldout',
  'hundredeleventh/tuning',
  'hundredeleventh/heldout',
  'hundredtwelfth/tuning',
  'hundredtwelfth/heldout',
  'hundredthirteenth/tuning',
  'hundredthirteenth/heldout',
  'hundredfourteenth/tuning',
  'hundredfourteenth/heldout',
  'hundredfifteenth/tuning',
  'hundredfifteenth/heldout',
  'hundredsixteenth/tuning',
  'hundredsixteenth/heldout',
  'hundredseventeenth/tuning',
  'hundredseventeenth/heldout',
  'hundredeighteenth/tuning',
  'hundredeighteenth/heldout',
  'hundrednineteenth/tuning',
  'hundrednineteenth/heldout',
  'hundredtwentieth/tuning',
  'hundredtwentieth/heldout',
  'hundredtwentyfirst/tuning',
  'hundredtwentyfirst/heldout',
  'hundredtwentysecond/tuning',
  'hundredtwentysecond/heldout',
  'hundredtwentythird/tuning',
  'hundredtwentythird/heldout',
  'hundredtwentyfourth/tuning',
  'hundredtwentyfourth/heldout',
  'hundredtwentyfifth/tuning',
  'hundredtwentyfifth/heldout',
  'hundredtwentysixth/tuning',
  'hundredtwentysixth/heldout',
] as const;
export type ProseSet = (typeof proseSets)[number];
export const tunedOn: ReadonlySet<ProseSet> = new Set<ProseSet>([
  'tuning',
  'second/tuning',
  'third/tuning',
  'fourth/tuning',
  'fifth/tuning',
  'sixth/tuning',
  'seventh/tuning',
  'eighth/tuning',
  'ninth/tuning',
  'tenth/tuning',
  'eleventh/tuning',
  'twelfth/tuning',
  'thirteenth/tuning',
  'fourteenth/tuning',
  'fifteenth/tuning',
  'sixteenth/tuning',
  'seventeenth/tuning',
  'eighteenth/tuning',
  'nineteenth/tuning',
  'twentieth/tuning',
  'twentyfirst/tuning',
  'twentysecond/tuning',
  'twentythird/tuning',
  'twentyfourth/tuning',
  'twentyfifth/tuning',
  'twentysixth/tuning',
  'twentyseventh/tuning',
  'twentyeighth/tuning',
  'twentyninth/tuning',
  'thirtieth/tuning',
  'thirtyfirst/tuning',
  'thirtysecond/tuning',
  'thirtythird/tuning',
  'thirtyfourth/tuning',
  'thirtyfifth/tuning',
  'thirtysixth/tuning',
  'thirtyseventh/tuning',
  'thirtyeighth/tuning',
  'thirtyninth/tuning',
  'fortieth/tuning',
  'fortyfirst/tuning',
  'fortysecond/tuning',
  'fortythird/tuning',
  'fortyfourth/tuning',
  'fortyfifth/tuning',
  'fortysixth/tuning',
  'fortyseventh/tuning',
  'fortyeighth/tuning',
  'fortyninth/tuning',
  'fiftieth/tuning',
  'fiftyfirst/tuning',
  'fiftysecond/tuning',
  'fiftythird/tuning',
  'fiftyfourth/tuning',
  'fiftyfifth/tuning',
  'fiftysixth/tuning',
  'fiftyseventh/tuning',
  'fiftyeighth/tuning',
  'fiftyninth/tuning',
  'sixtieth/tuning',
  'sixtyfirst/tuning',
  'sixtysecond/tuning',
  'sixtythird/tuning',
  'sixtyfourth/tuning',
  'sixtyfifth/tuning',
  'sixtysixth/tuning',
  'sixtyseventh/tuning',
  'sixtyeighth/tuning',
  'sixtyninth/tuning',
  'seventieth/tuning',
  'seventyfirst/tuning',
  'seventysecond/tuning',
  'seventythird/tuning',
  'seventyfourth/tuning',
  'seventyfifth/tuning',
  'seventysixth/tuning',
  'seventyseventh/tuning',
  'seventyeighth/tuning',
  'seventyninth/tuning',
  'eightieth/tuning',
  'eightyfirst/tuning',
  'eightysecond/tuning',
  'eightythird/tuning',
  'eightyfourth/tuning',
  'eightyfifth/tuning',
  'eightysixth/tuning',
  'eightyseventh/tuning',
  'eightyeighth/tuning',
  'eightyninth/tuning',
  'ninetieth/tuning',
  'ninetyfirst/tuning',
  'ninetysecond/tuning',
  'ninetythird/tuning',
  'ninetyfourth/tuning',
  'ninetyfifth/tuning',
  'ninetysixth/tuning',
  'ninetyseventh/tuning',
  'ninetyeighth/tuning',
  'ninetyninth/tuning',
  'hundredth/tuning',
  'hundredfirst/tuning',
  'hundredsecond/tuning',
  'hundredthird/tuning',
  'hundredfourth/tuning',
  'hundredfifth/tuning',
  'hundredsixth/tuning',
  'hundredseventh/tuning',
  'hundredeighth/tuning',
  'hundredninth/tuning',
  'hundredtenth/tuning',
  'hundredeleventh/tuning',
  'hundredtwelfth/tuning',
  'hundredthirteenth/tuning',
  'hundredfourteenth/tuning',
  'hundredfifteenth/tuning',
  'hundredsixteenth/tuning',
  'hundredseventeenth/tuning',
  'hundredeighteenth/tuning',
  'hundrednineteenth/tuning',
  'hundredtwentieth/tuning',
  'hundredtwentyfirst/tuning',
  'hundredtwentysecond/tuning',
  'hundredtwentythird/tuning',
  'hundredtwentyfourth/tuning',
  'hundredtwentyfifth/tuning',
  'hundredtwentysixth/tuning',
]);

export const evalFolder = path.join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'eval');

/** A mark on a gold list, placed in the article's text export. */
export interface GoldMark {
  kind: AnnotationKind;
  text: string;
  start: number;
  end: number;
  speaker?: { name: string; role: string };
  sourceType?: SourceType;
  /** Attributions: the exact text of the claims and denials they attribute. */
  attributes?: string[];
}

export interface EvalArticle {
  name: string;
  text: string;
  gold: GoldMark[];
  /**
   * The marks a second careful reader made on the same article from the same
   * conventions, without seeing the key (`<name>.second.json`), where one did:
   * how far two people agree is what any rule can be asked to reach.
   */
  second?: GoldMark[];
}

/** What a careful fact-checker finds between two versions of a story. */
export interface PairGold {
  quotationPairs: { a: string; b: string }[];
  onlyA: string[];
  onlyB: string[];
  drifts: { person: string; a: string; b: string }[];
  speakerChanges: { quote: string; a: string; b: string }[];
  figures: { a: string; b: string }[];
  droppedDetails: { side: 'a' | 'b'; value: string }[];
  equivalents: string[];
}

export interface EvalPair {
  name: string;
  a: string;
  b: string;
  gold: PairGold;
}

/** The article's text export, read as Markdown when it looks like Markdown (a `# ` heading line), else as plain text. */
export function textOf(content: string): string {
  const format = /^#{1,6} /mu.test(content) ? 'markdown' : 'text';
  return toText(importDocument(format, content).doc);
}

/** The first place from `from` where some words stand whole: "it" is not the "it" of "written". */
export function indexOfWords(text: string, words: string, from = 0): number {
  const letter = /[\p{L}\p{N}]/u;
  for (let index = text.indexOf(words, from); index !== -1; index = text.indexOf(words, index + 1)) {
    if (!letter.test(text[index - 1] ?? '') && !letter.test(text[index + words.length] ?? '')) return index;
  }
  return -1;
}

function files(folder: string, suffix: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith(suffix))
        .sort()
    : [];
}

interface GoldEntry extends Omit<GoldMark, 'start' | 'end'> {
  after?: string;
}

/** Marks read from a file of the gold format, placed in the article's text; throws when a text is not in it, so a typo never passes as a miss. */
function placeMarks(file: string, text: string, where: string): GoldMark[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as GoldEntry[];
  return entries.map(({ after, ...entry }) => {
    const from = after === undefined ? 0 : text.indexOf(after);
    const start = from === -1 ? -1 : indexOfWords(text, entry.text, from);
    if (start === -1) throw new Error(`${where}: “${entry.text}” is not in the article${after === undefined ? '' : ` after “${after}”`}.`);
    return { ...entry, start, end: start + entry.text.length };
  });
}

/** The articles of one half with their gold marks, and a second reader's where there are. */
export function loadArticles(half: ProseSet): EvalArticle[] {
  const folder = path.join(evalFolder, half, 'articles');
  return files(folder, '.md').map((file) => {
    const name = file.replace(/\.md$/u, '');
    const text = textOf(readFileSync(path.join(folder, file), 'utf8'));
    const gold = placeMarks(path.join(folder, `${name}.gold.json`), text, `${half}/${name}.gold.json`);
    const secondFile = path.join(folder, `${name}.second.json`);
    if (!existsSync(secondFile)) return { name, text, gold };
    return { name, text, gold, second: placeMarks(secondFile, text, `${half}/${name}.second.json`) };
  });
}

/** The version pairs of one half with what a fact-checker finds between them. */
export function loadPairs(half: ProseSet): EvalPair[] {
  const folder = path.join(evalFolder, half, 'pairs');
  return files(folder, '.gold.json').map((file) => {
    const name = file.replace(/\.gold\.json$/u, '');
    const read = (side: 'a' | 'b') => textOf(readFileSync(path.join(folder, `${name}.${side}.md`), 'utf8'));
    const gold = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Partial<PairGold>;
    return {
      name,
      a: read('a'),
      b: read('b'),
      gold: {
        quotationPairs: gold.quotationPairs ?? [],
        onlyA: gold.onlyA ?? [],
        onlyB: gold.onlyB ?? [],
        drifts: gold.drifts ?? [],
        speakerChanges: gold.speakerChanges ?? [],
        figures: gold.figures ?? [],
        droppedDetails: gold.droppedDetails ?? [],
        equivalents: gold.equivalents ?? [],
      },
    };
  });
}

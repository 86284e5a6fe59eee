import { trimSpan, type TextSpan } from './span.js';

/**
 * A quotation in a text: `start`/`end` cover the quoted words (without the
 * marks and the spaces just inside them), `outerStart`/`outerEnd` the
 * quotation with its marks.
 */
export interface Quotation extends TextSpan {
  /** The opening mark. */
  outerStart: number;
  /** Past the closing mark; for a quotation run on into the next paragraph, past its last word. */
  outerEnd: number;
}

/**
 * A translator's note right after a quotation's closing mark, which belongs to the quotation and not to who said it:
 * "…" (translated), said Marie-Ange Payet-Larue; "…" (translated from Kreol), she said.
 */
const translatorsNote = /^\s*\((?:translated|translation|our\s+translation)(?:\s+from\s+\p{Lu}\p{Ll}+)?\)/u;

/**
 * Whether a straight double quote may open a quotation: at the start of a
 * line or after a space, a bracket or a dash, not after a word ("the 5" pipe").
 */
function mayOpen(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || /[\s([{—–-]/u.test(before);
}

/**
 * The quotations of a text, with straight (") or curly (“ ”) double quotes,
 * in text order. A quotation may hold several sentences, and other marks
 * ("a so-called “plan”"), but not cross a line break: one left open at the
 * end of a paragraph is a quotation to that end only when the next paragraph
 * opens with a quotation mark (the newspaper habit of running a quote on
 * into the next), else none; nor are marks with no letter or digit between
 * them. Single quotes are left alone: they are apostrophes far more often.
 * `runsOn` says the text is one paragraph and the next opens with a
 * quotation mark: one left open at its end runs on into it.
 */
export function findQuotations(text: string, runsOn = false): Quotation[] {
  const found: Quotation[] = [];
  // The mark that would close the quotation open now: curly marks do not pair with straight ones.
  let open: { at: number; closer: string } | null = null;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (character === '\n') {
      if (open !== null && /^\s*\n\s*["“]/u.test(text.slice(index))) found.push(...runOn(text, open.at, index));
      open = null;
    } else if (open !== null && character === open.closer) {
      const words = trimSpan(text, { start: open.at + 1, end: index });
      // A nickname inside a name is no quotation: Jiraporn "Noi" Khamwiset.
      const nickname = isNickname(text, open.at);
      if (/[\p{L}\p{N}]/u.test(text.slice(words.start, words.end)) && !nickname)
        found.push({ ...words, outerStart: open.at, outerEnd: index + 1 + (translatorsNote.exec(text.slice(index + 1))?.[0].length ?? 0) });
      open = null;
    } else if (character === '“' && open?.closer !== '"') {
      // A second opening curly mark: the first was never closed.
      open = { at: index, closer: '”' };
    } else if (character === '"' && open === null && mayOpen(text, index)) {
      open = { at: index, closer: '"' };
    }
  }
  if (open !== null && runsOn) found.push(...runOn(text, open.at, text.length));
  return found;
}

/** A nickname written in quotation marks between a given name and a family name: "Noi" of Jiraporn "Noi" Khamwiset. */
export const nicknameInName =
  /(?<!\p{Lu}[\p{L}\p{M}'’-]*\s+)(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+)\s+["“](\p{Lu}[\p{L}\p{M}'’-]*)["”]\s+(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}'’-])(?!\s+\p{Lu})/gu;

/** Whether the quotation mark at `open` opens a nickname: one capitalised word between two words of a name. */
function isNickname(text: string, open: number): boolean {
  // Not in a headline of capitalised words: Trump Calls Harris "Dangerous" After Debate.
  const before = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]+)\s$/u.exec(text.slice(Math.max(0, open - 40), open));
  const name = before === null ? null : (before[1] ?? '');
  const start = open - (name?.length ?? 0) - 1;
  const atName = new RegExp(nicknameInName.source, 'uy');
  atName.lastIndex = start;
  return name !== null && atName.test(text);
}

/**
 * The nicknames a text gives inside names, each with the full name without
 * it: `Noi` → `Jiraporn Khamwiset`. A later "Noi said" is that person.
 */
export function nicknamesIn(text: string): Map<string, string> {
  const nicknames = new Map<string, string>();
  for (const match of text.matchAll(nicknameInName)) {
    const [, given = '', nickname = '', family = ''] = match;
    if (!nicknames.has(nickname)) nicknames.set(nickname, `${given} ${family}`);
  }
  return nicknames;
}

/** A quotation left open at `end`, where its paragraph ends and the next runs it on: to its last word, if it has any. */
function runOn(text: string, at: number, end: number): Quotation[] {
  const words = trimSpan(text, { start: at + 1, end });
  return /[\p{L}\p{N}]/u.test(text.slice(words.start, words.end)) ? [{ ...words, outerStart: at, outerEnd: words.end }] : [];
}

/** How many words a quotation holds. */
export function quotationWordCount(text: string, quotation: Quotation): number {
  return (text.slice(quotation.start, quotation.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * The text of a span with the quotations in it blanked out character for
 * character, so offsets into it still hold: their words, or with `withMarks`
 * their marks too, each replaced by `fill`. What is left is the reporting
 * text around them, where a speaker or a verb of saying may be found.
 */
export function blankQuotations(
  text: string,
  span: TextSpan,
  quotations: readonly Quotation[],
  { withMarks = false, fill = ' ' }: { withMarks?: boolean; fill?: string } = {},
): string {
  let body = text.slice(span.start, span.end);
  for (const quotation of quotations) {
    const from = Math.max(withMarks ? quotation.outerStart : quotation.start, span.start) - span.start;
    const to = Math.min(withMarks ? quotation.outerEnd : quotation.end, span.end) - span.start;
    if (from < to) body = body.slice(0, from) + fill.repeat(to - from) + body.slice(to);
  }
  return body;
}

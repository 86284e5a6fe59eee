/** A quotation in a text: the words between its marks, and the marks included. */
export interface Quotation {
  /** The first and past-the-last character inside the marks. */
  start: number;
  end: number;
  /** The opening and past-the-closing mark. */
  outerStart: number;
  outerEnd: number;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Whether a straight double quote opens a quotation: it does at the start of
 * a line or after a space or an opening bracket, and closes one after a word
 * or punctuation.
 */
function opensQuotation(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || /[\s([{—–-]/u.test(before);
}

/**
 * The quotations of a text, with straight (") or curly (“ ”) double quotes,
 * in text order. A quotation may hold several sentences but not cross a line
 * break: a quotation left open at the end of a paragraph is not one.
 * Single quotes are left alone (they are apostrophes far more often).
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open: number | null = null;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\n') open = null;
    else if (character === '“' || (character === '"' && open === null && opensQuotation(text, index))) open = index;
    else if ((character === '”' || character === '"') && open !== null) {
      if (letterOrDigit.test(text.slice(open + 1, index)))
        found.push({ start: open + 1, end: index, outerStart: open, outerEnd: index + 1 });
      open = null;
    }
  }
  return found;
}

/** A stretch of a text: `start`/`end` are offsets into it (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** The span with the whitespace at its edges left out. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

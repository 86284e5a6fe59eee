import type { SearchAnswer, SearchHit } from '../../shared/api/search.js';

/** A snippet with its highlights in brackets, on one line. */
function markedSnippet(hit: SearchHit): string {
  const points = Array.from(hit.snippet.text);
  let marked = '';
  let at = 0;
  for (const { start, end } of hit.snippet.highlights) {
    if (start < at) continue;
    marked += `${points.slice(at, start).join('')}[${points.slice(start, end).join('')}]`;
    at = end;
  }
  marked += points.slice(at).join('');
  const line = marked.replace(/\s+/g, ' ').trim();
  return `${hit.snippet.leading ? '…' : ''}${line}${hit.snippet.trailing ? '…' : ''}`;
}

/** What a hit is: the text, or the mark with its verdict, speaker and author. */
function describe(hit: SearchHit): string {
  const mark = hit.mark;
  if (mark === undefined) return 'text';
  const parts = [
    mark.kind,
    mark.verdict,
    mark.checkStatus,
    mark.speaker === '' ? null : `speaker ${mark.speaker}`,
    `by ${mark.author.name}`,
  ];
  return parts.filter((part) => part !== null && part !== '').join(', ');
}

/** A search answer for a terminal: each hit's document, what it is, where, its snippet, and the link that opens it. */
export function renderSearchAnswer(answer: SearchAnswer, baseUrl: string): string {
  const lines: string[] = [];
  if (answer.hits.length === 0) lines.push('Nothing found.');
  else
    lines.push(
      !answer.totalExact
        ? `${answer.hits.length} of more than ${answer.total} hits:`
        : answer.total > answer.hits.length
          ? `${answer.hits.length} of ${answer.total} hits:`
          : `${answer.total} ${answer.total === 1 ? 'hit' : 'hits'}:`,
    );
  for (const hit of answer.hits) {
    const where = hit.start === null ? 'orphaned' : `${hit.start}–${hit.end}`;
    lines.push(
      '',
      `${hit.document.title} (${hit.document.id}) · ${describe(hit)} · ${where}`,
      `  ${markedSnippet(hit)}`,
      `  ${baseUrl}/${hit.href}`,
    );
  }
  for (const filter of answer.ignored) lines.push('', `Note: this server cannot filter on "${filter}"; it was ignored.`);
  return `${lines.join('\n')}\n`;
}

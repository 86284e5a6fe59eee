import type { SearchHit } from '../api.js';

/** A hit's few lines, the words found in <mark> (the highlights are code points, so the text is split by code point). */
export function Snippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  const points = Array.from(snippet.text);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [index, { start, end }] of snippet.highlights.entries()) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(points.slice(at, start).join(''));
    parts.push(<mark key={index}>{points.slice(start, end).join('')}</mark>);
    at = end;
  }
  if (at < points.length) parts.push(points.slice(at).join(''));
  return (
    <p className="snippet">
      {snippet.leading && '… '}
      {parts}
      {snippet.trailing && ' …'}
    </p>
  );
}

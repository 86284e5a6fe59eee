import type { SearchHit } from '../api.js';
import { plural } from '../plural.js';
import { Snippet } from './Snippet.js';
import type { SearchState } from './useSearch.js';

/** What a hit is, in words: the article's text, or a mark with its verdict, step, speaker and author. */
function describeHit(hit: SearchHit): string {
  const mark = hit.mark;
  if (mark === undefined) return 'In the text';
  const layer = mark.layer === 'team' ? '' : ' (private layer)';
  const parts = [
    `${mark.kind.charAt(0).toUpperCase()}${mark.kind.slice(1)}${layer}`,
    mark.verdict,
    mark.checkStatus,
    mark.speaker === '' ? null : `speaker: ${mark.speaker}`,
    `by ${mark.author.name}`,
    mark.createdAt.slice(0, 10),
  ];
  return parts.filter((part) => part !== null && part !== '').join(' · ');
}

/** The hits of a search, best first; each opens its document at the spot. */
export function SearchResults({ result }: { result: SearchState }) {
  if (result.state === 'idle') return <p className="search-hint">Type words to find, or choose a filter to list marks.</p>;
  const summary =
    result.state === 'loading'
      ? 'Searching…'
      : result.state === 'failed'
        ? result.message
        : result.answer.total === 0
          ? 'Nothing found.'
          : !result.answer.totalExact
            ? `The best ${result.answer.hits.length} of more than ${result.answer.total} hits.`
            : result.answer.total > result.answer.hits.length
              ? `The best ${result.answer.hits.length} of ${plural(result.answer.total, 'hit')}.`
              : `${plural(result.answer.total, 'hit')}.`;
  return (
    <section aria-label="Results">
      <p className={result.state === 'failed' ? 'status status-error' : 'search-summary'} role="status">
        {summary}
      </p>
      {result.state === 'done' &&
        result.answer.ignored.map((filter) => (
          <p key={filter} className="search-note">
            This server’s marks have no “{filter}”, so that filter was not applied.
          </p>
        ))}
      {result.state === 'done' && result.answer.hits.length > 0 && (
        <ol className="search-hits">
          {result.answer.hits.map((hit) => (
            <li key={`${hit.document.id}/${hit.mark?.layer ?? ''}/${hit.mark?.id ?? hit.start ?? ''}`}>
              <a href={hit.href} className="hit-title">
                {hit.document.title}
              </a>
              <span className="hit-kind">{describeHit(hit)}</span>
              <Snippet snippet={hit.snippet} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

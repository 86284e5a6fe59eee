import type { Api } from '../api.js';
import { SearchForm } from './SearchForm.js';
import { SearchResults } from './SearchResults.js';
import { useSearch } from './useSearch.js';

/** Search across every document this token reads: the form, then the hits, each opening its document at the spot. */
export function SearchPage({ api, query }: { api: Api; query: URLSearchParams }) {
  const result = useSearch(api, query);
  return (
    <main className="search-page">
      <p>
        <a href="#/">← Documents</a>
      </p>
      <h1>Search</h1>
      {/* A new address (back, forward, a link) fills the form anew. */}
      <SearchForm key={query.toString()} query={query} />
      <SearchResults result={result} />
    </main>
  );
}

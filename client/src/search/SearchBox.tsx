import { useState } from 'react';
import { searchHref } from '../route.js';

/** A search field on the documents page: Enter opens the search page with the words. */
export function SearchBox() {
  const [words, setWords] = useState('');
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        window.location.hash = searchHref(new URLSearchParams(words.trim() === '' ? {} : { q: words.trim() }));
      }}
    >
      <label htmlFor="search-box">Search every document</label>
      <input id="search-box" type="search" value={words} onChange={(event) => setWords(event.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}

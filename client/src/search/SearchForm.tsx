import { useState } from 'react';
import { annotationKinds, checkSteps, verdicts } from '../../../shared/annotation/schema.js';
import { defaultStepLabels } from '../../../shared/workflow/steps.js';
import { searchHref } from '../route.js';

/** The fields of the form, as the API's query parameters name them. */
const textFilters = [
  { name: 'speaker', label: 'Speaker' },
  { name: 'author', label: 'Marked by' },
] as const;

type Fields = Record<string, string>;

/** Opens the search page for the fields given (empty ones left out). */
function go(fields: Fields): void {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value.trim() !== '') query.set(name, value.trim());
  window.location.hash = searchHref(query);
}

/** The words to find and the filters on marks; a change of a list or a date searches at once, words on Enter. */
export function SearchForm({ query }: { query: URLSearchParams }) {
  const [fields, setFields] = useState<Fields>(() => Object.fromEntries(query.entries()));
  const set = (name: string, value: string, now = false) => {
    const next = { ...fields, [name]: value };
    setFields(next);
    if (now) go(next);
  };
  const value = (name: string) => fields[name] ?? '';
  return (
    <form
      className="search-form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        go(fields);
      }}
    >
      <p className="search-words">
        <label htmlFor="search-q">Find</label>
        <input id="search-q" type="search" value={value('q')} onChange={(event) => set('q', event.target.value)} autoFocus />
        <button type="submit">Search</button>
      </p>
      <fieldset className="search-filters">
        <legend>Marks</legend>
        <label>
          Kind
          <select value={value('kind')} onChange={(event) => set('kind', event.target.value, true)}>
            <option value="">any</option>
            {annotationKinds.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </label>
        <label>
          Verdict
          <select value={value('verdict')} onChange={(event) => set('verdict', event.target.value, true)}>
            <option value="">any</option>
            {verdicts.map((verdict) => (
              <option key={verdict}>{verdict}</option>
            ))}
          </select>
        </label>
        <label>
          Review step
          <select value={value('status')} onChange={(event) => set('status', event.target.value, true)}>
            <option value="">any</option>
            {checkSteps.map((step) => (
              <option key={step} value={step}>
                {defaultStepLabels[step]}
              </option>
            ))}
          </select>
        </label>
        {textFilters.map(({ name, label }) => (
          <label key={name}>
            {label}
            <input type="text" value={value(name)} onChange={(event) => set(name, event.target.value)} />
          </label>
        ))}
        <label>
          From
          <input type="date" value={value('from')} onChange={(event) => set('from', event.target.value, true)} />
        </label>
        <label>
          To
          <input type="date" value={value('to')} onChange={(event) => set('to', event.target.value, true)} />
        </label>
      </fieldset>
    </form>
  );
}

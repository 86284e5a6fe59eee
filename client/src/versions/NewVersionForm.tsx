import { useState } from 'react';
import { importFormats, type ImportFormat } from '../../../shared/import/format.js';
import type { Versions } from './useVersions.js';

interface NewVersionFormProps {
  versions: Versions;
  /** The story's address, when it was fetched from one: fetched again in one click. */
  sourceUrl: string | undefined;
  busy: boolean;
}

/** A new version of the story: its address fetched again, another address, a file, or pasted text. */
export function NewVersionForm({ versions, sourceUrl, busy }: NewVersionFormProps) {
  const [url, setUrl] = useState('');
  const [pasted, setPasted] = useState('');
  const [format, setFormat] = useState<ImportFormat>('text');
  return (
    <section className="new-version" aria-labelledby="new-version-heading">
      <h2 id="new-version-heading">New version</h2>
      <p className="hint">Marks carry over by their words, in every layer; those whose words are gone are listed as orphans.</p>
      {sourceUrl !== undefined && (
        <p>
          <button type="button" disabled={busy} onClick={() => void versions.addBody({}, 'Fetching the page again')}>
            Fetch again
          </button>{' '}
          <span className="source-url">{sourceUrl}</span>
        </p>
      )}
      <form
        className="paste-row"
        onSubmit={(event) => {
          event.preventDefault();
          void versions.addBody({ url: url.trim() }, 'Fetching the page').then((done) => done && setUrl(''));
        }}
      >
        <input
          type="url"
          aria-label="Address of the new version"
          placeholder="https://…"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" disabled={busy || url.trim() === ''}>
          Fetch
        </button>
      </form>
      <label className="button">
        Choose a file…
        <input
          type="file"
          accept=".txt,.text,.md,.markdown,.html,.htm,.docx,.pdf"
          className="visually-hidden"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void versions.addFile(file).then(() => (event.target.value = ''));
          }}
        />
      </label>
      <form
        className="paste"
        onSubmit={(event) => {
          event.preventDefault();
          void versions.addBody({ format, content: pasted }, 'Adding the pasted text').then((done) => done && setPasted(''));
        }}
      >
        <label htmlFor="new-version-text">…or paste its text</label>
        <textarea id="new-version-text" rows={5} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <div className="paste-row">
          <select aria-label="Format of the new version" value={format} onChange={(event) => setFormat(event.target.value as ImportFormat)}>
            {importFormats.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || pasted.trim() === ''}>
            Add version
          </button>
        </div>
      </form>
    </section>
  );
}

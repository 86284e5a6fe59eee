import { useState } from 'react';

/** "Import from address": the server fetches the page and imports its article, with its address and publication date. */
export function AddressImport({ busy, onAddress }: { busy: boolean; onAddress: (url: string) => Promise<boolean> }) {
  const [url, setUrl] = useState('');
  return (
    <form
      className="paste import-address"
      onSubmit={(event) => {
        event.preventDefault();
        void onAddress(url.trim()).then((done) => done && setUrl(''));
      }}
    >
      <label htmlFor="import-address">…or import from address</label>
      <div className="paste-row">
        <input id="import-address" type="url" placeholder="https://…" value={url} onChange={(event) => setUrl(event.target.value)} />
        <button type="submit" disabled={busy || url.trim() === ''}>
          Fetch and import
        </button>
      </div>
    </form>
  );
}

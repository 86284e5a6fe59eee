import { useState } from 'react';

/**
 * "Copy link": copies a mark's permalink, and shows it too (to copy by hand
 * where the browser does not let a page write to the clipboard).
 */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined) {
      setState('shown');
      return;
    }
    clipboard.writeText(url).then(
      () => setState('copied'),
      () => setState('shown'),
    );
  };
  return (
    <div className="copy-link">
      <button
        type="button"
        className="secondary"
        onClick={copy}
        title="A link that opens the document at this mark, for anyone who may read it"
      >
        Copy link
      </button>
      {state !== 'idle' && (
        <>
          <input aria-label="Link to this mark" readOnly value={url} onFocus={(event) => event.target.select()} />
          <span role="status">{state === 'copied' ? 'Link copied.' : 'Copy the link above.'}</span>
        </>
      )}
    </div>
  );
}

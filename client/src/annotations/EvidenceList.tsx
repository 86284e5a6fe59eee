import { useState } from 'react';
import type { Annotation } from '../../../shared/annotation.js';
import { annotationLimits } from '../../../shared/annotationEntry.js';
import { safeUrl } from '../../../shared/url.js';

/** A claim's evidence links, each opened in a new tab; an editor adds one by address and title, or removes one. */
export function EvidenceList({
  annotation,
  disabled,
  onChange,
}: {
  annotation: Annotation;
  disabled: boolean;
  onChange: (evidence: Annotation['evidence']) => void;
}) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="evidence">
      <legend>Evidence</legend>
      {annotation.evidence.length === 0 && <p className="empty">No evidence linked yet.</p>}
      <ul>
        {annotation.evidence.map((link, index) => (
          <li key={`${link.url}-${index}`}>
            <a href={safeUrl(link.url) ?? '#'} target="_blank" rel="noopener noreferrer nofollow">
              {link.title || link.url}
            </a>
            {!disabled && (
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${link.title || link.url}`}
                onClick={() => onChange(annotation.evidence.filter((_, other) => other !== index))}
              >
                remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <form
          className="evidence-form"
          onSubmit={(event) => {
            event.preventDefault();
            const safe = safeUrl(url.trim());
            if (safe === null) {
              setError('Give a full http(s) address.');
              return;
            }
            if (annotation.evidence.length >= annotationLimits.evidence) {
              setError(`A mark holds at most ${annotationLimits.evidence} evidence links.`);
              return;
            }
            onChange([...annotation.evidence, { url: safe, title: title.trim() }]);
            setUrl('');
            setTitle('');
            setError(null);
          }}
        >
          <input
            aria-label="Evidence URL"
            placeholder="https://…"
            maxLength={annotationLimits.url}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
          <input
            aria-label="Evidence title"
            placeholder="Title (optional)"
            maxLength={annotationLimits.name}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="secondary">
            Add
          </button>
          {error !== null && (
            <p className="status-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </fieldset>
  );
}

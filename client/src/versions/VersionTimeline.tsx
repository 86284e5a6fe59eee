import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/document.js';
import { compareHref, documentHref } from '../route.js';

/** When a version was imported, as the timeline shows it: day and time (a page may change twice a day). */
function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

interface VersionTimelineProps {
  id: string;
  versions: DocumentRecord[];
}

/** The versions of the story in order, this one marked, and any two compared with the comparison view. */
export function VersionTimeline({ id, versions }: VersionTimelineProps) {
  const here = versions.findIndex((record) => record.id === id);
  const [a, setA] = useState(() => versions[Math.max(0, here - 1)]?.id ?? '');
  const [b, setB] = useState(() => versions[here === 0 ? 1 : here]?.id ?? '');
  const numberOf = (record: DocumentRecord) => record.story?.version ?? 1;
  const picker = (label: string, value: string, onChange: (next: string) => void) => (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {versions.map((record) => (
        <option key={record.id} value={record.id}>
          Version {numberOf(record)}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <ol className="version-timeline" aria-label="Versions of this story">
        {versions.map((record) => (
          <li key={record.id} className={record.id === id ? 'current' : undefined}>
            <a href={documentHref(record.id)} aria-current={record.id === id ? 'page' : undefined} title={record.title}>
              <span className="version-number">v{numberOf(record)}</span>{' '}
              <span className="version-date">{shortDate(record.createdAt)}</span>
            </a>
          </li>
        ))}
      </ol>
      <span className="version-compare">
        {picker('First version to compare', a, setA)} with {picker('Second version to compare', b, setB)}{' '}
        <a className="button" href={compareHref(a, b)} aria-disabled={a === b || a === '' || b === ''}>
          Compare
        </a>
      </span>
    </>
  );
}

import type { DamagedEntry } from '../../../shared/annotation.js';
import { kindInfo, shortQuote } from './kinds.js';

/** Who may delete which damaged entry, and how. */
export interface DamagedEntriesProps {
  damaged: DamagedEntry[];
  /** True when this person may remove the entry: the owner, or its author when it names one. */
  canDelete: (entry: DamagedEntry) => boolean;
  onDelete: (entry: DamagedEntry) => void;
}

/**
 * The layer's entries that cannot be read as annotations: not drawn, not
 * exported, listed here with what is wrong and what could be read of them,
 * so the owner or the author can remove them.
 */
export function DamagedEntries({ damaged, canDelete, onDelete }: DamagedEntriesProps) {
  if (damaged.length === 0) return null;
  return (
    <section className="damaged-entries" aria-labelledby="damaged-entries-title">
      <h3 id="damaged-entries-title">
        Damaged <span className="count">{damaged.length}</span>
      </h3>
      <p className="damaged-help">These entries cannot be read as annotations: they are not shown in the text or in exports.</p>
      <ul>
        {damaged.map((entry) => (
          <li key={entry.id} className="damaged-entry">
            <span className="row-head">
              <span className="damaged-badge">damaged</span>
              {entry.kind !== null && <span className={`kind-badge kind-${entry.kind}`}>{kindInfo[entry.kind].label}</span>}
              {entry.author !== null && <span className="row-author">{entry.author.name}</span>}
            </span>
            {entry.quote !== null && entry.quote !== '' && <span className="row-quote">“{shortQuote(entry.quote, 90)}”</span>}
            <span className="damaged-problem">{entry.problem}</span>
            {canDelete(entry) && (
              <button type="button" className="link-button" onClick={() => onDelete(entry)}>
                Delete damaged entry
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

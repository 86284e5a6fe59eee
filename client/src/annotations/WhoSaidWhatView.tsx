import { useMemo } from 'react';
import type { Annotation } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { whoSaidWhat } from '../../../shared/whoSaidWhat.js';
import { kindInfo, shortQuote, sourceTypeLabels, verdictLabels } from './kinds.js';

/** The speakers of the layer's attributions, each with the claims and denials linked to them, and what no one is said to have said. */
export function WhoSaidWhatView({ resolved, onSelect }: { resolved: ResolvedAnnotation[]; onSelect: (id: string) => void }) {
  const view = useMemo(() => whoSaidWhat(resolved.map((item) => item.annotation)), [resolved]);
  const statement = (annotation: Annotation) => (
    <li key={annotation.id}>
      <button type="button" className="link-button" onClick={() => onSelect(annotation.id)}>
        <span className={`kind-badge kind-${annotation.kind}`}>{kindInfo[annotation.kind].label}</span> “{shortQuote(annotation.quote, 70)}”
        {annotation.kind === 'claim' && annotation.verdict !== 'unverified' && (
          <span className={`verdict verdict-${annotation.verdict}`}> {verdictLabels[annotation.verdict]}</span>
        )}
      </button>
    </li>
  );
  if (view.speakers.length === 0 && view.unattributed.length === 0) {
    return <p className="empty">Mark attributions and link them to claims and denials to see who said what.</p>;
  }
  return (
    <div className="who-said-what">
      {view.speakers.map((speaker) => (
        <section key={speaker.name} className="speaker">
          <h3>{speaker.name}</h3>
          <p className="speaker-roles">
            {speaker.roles.length > 0 ? speaker.roles.map((role) => `“${role}”`).join(' · ') : 'No title given'} ·{' '}
            {speaker.sourceTypes.map((type) => sourceTypeLabels[type]).join(', ')}
          </p>
          {speaker.statements.length === 0 ? (
            <p className="empty">No claims or denials linked.</p>
          ) : (
            <ul>{speaker.statements.map(statement)}</ul>
          )}
        </section>
      ))}
      {view.unattributed.length > 0 && (
        <section className="speaker unattributed">
          <h3>Not attributed</h3>
          <ul>{view.unattributed.map(statement)}</ul>
        </section>
      )}
    </div>
  );
}

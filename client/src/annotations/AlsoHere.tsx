import type { Annotation } from '../../../shared/annotation.js';
import { kindInfo, shortQuote } from './kinds.js';

/** The other annotations at the spot that was clicked, to go to one of them. */
export function AlsoHere(props: { alsoHere: Annotation[]; onSelect: (id: string) => void }) {
  return (
    <nav className="also-here" aria-label="Other annotations here">
      <h3>Also at this spot</h3>
      <ul>
        {props.alsoHere.map((other) => (
          <li key={other.id}>
            <button type="button" className="link-button" onClick={() => props.onSelect(other.id)}>
              {kindInfo[other.kind].label}: {shortQuote(other.quote, 40)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

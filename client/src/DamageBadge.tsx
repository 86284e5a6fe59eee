import type { DocumentDamage } from '../../shared/damage.js';

/** Tells an owner that part of a document's stored history could not be read (run `factmark doctor` to see more). */
export function DamageBadge({ damage }: { damage: DocumentDamage | undefined }) {
  if (damage === undefined) return null;
  const count = damage.updates === null ? 'some updates' : damage.updates === 1 ? '1 update' : `${damage.updates} updates`;
  const detail = `The server found damage in this document’s stored history (${count}): ${damage.problems.join('; ')}. What could be read is shown; run “factmark doctor” on the server for details.`;
  return (
    <span className="damage-badge" role="note" title={detail} aria-label={detail}>
      Damaged
    </span>
  );
}

import type { AddedVersion } from '../../../shared/api/index.js';
import { documentHref } from '../route.js';
import { plural } from '../plural.js';

/** What adding a version did: the team's marks carried over, the other layers' counts, those listed as orphans for review, and a link to the new version (or the latest, when unchanged). */
export function AddedVersionReport({ added, id }: { added: AddedVersion; id: string }) {
  const { record, carried, orphans, otherLayers } = added;
  const open = record.id !== id && <a href={documentHref(record.id)}>Open version {record.story?.version ?? 1}</a>;
  // Nothing new: the latest version is where to go on.
  if (added.status === 'unchanged') return open === false ? null : <p className="added-version">{open}</p>;
  return (
    <div className="added-version" role="region" aria-label="Version added">
      <p>
        {plural(carried, 'mark')} carried over; {plural(orphans.length, 'mark')} no longer fit the text
        {orphans.length > 0 ? ', kept as orphans to review:' : '.'}
      </p>
      {orphans.length > 0 && (
        <ul className="orphan-list" aria-label="Orphaned marks">
          {orphans.map((orphan) => (
            <li key={orphan.id}>
              <span className={`kind-label kind-${orphan.kind}`}>{orphan.kind}</span> “{orphan.quote}”
            </li>
          ))}
        </ul>
      )}
      {otherLayers.layers > 0 && (
        <p>
          {plural(otherLayers.layers, 'other layer')} came along: {plural(otherLayers.carried, 'mark')} carried over,{' '}
          {plural(otherLayers.orphans, 'orphan')}.
        </p>
      )}
      {open}
    </div>
  );
}

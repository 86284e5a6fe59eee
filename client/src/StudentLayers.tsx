import { useState } from 'react';
import type { Api, LayerInfo } from './api.js';

/**
 * An owner's list of the students' private layers: rename one, merge one
 * into another (a student who worked under two links), remove one (kept, and
 * restored from the same list).
 */
export function StudentLayers({ api, id, layers, onChanged }: { api: Api; id: string; layers: LayerInfo[]; onChanged: () => void }) {
  const [names, setNames] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const students = layers.filter((layer) => layer.id.startsWith('p-'));
  const kept = students.filter((layer) => layer.removed !== true);
  if (students.length === 0) return null;

  const act = (action: () => Promise<unknown>, done: string) => {
    setMessage(null);
    action().then(
      () => {
        setMessage(done);
        onChanged();
      },
      (error: unknown) => setMessage((error as Error).message),
    );
  };

  return (
    <section className="student-layers" aria-label="Students’ layers">
      <h3>Students’ layers</h3>
      {message !== null && <p role="status">{message}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Rename</th>
            <th scope="col">Merge into</th>
            <th scope="col">Remove or restore</th>
          </tr>
        </thead>
        <tbody>
          {students.map((layer) => (
            <tr key={layer.id} className={layer.removed === true ? 'removed' : undefined}>
              <th scope="row">
                {layer.label}
                {layer.removed === true && ' (removed)'}
              </th>
              <td>
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    const name = names[layer.id] ?? '';
                    act(() => api.changeLayer(id, layer.id, { name }), `Renamed “${layer.label}” to “${name.trim()}”.`);
                  }}
                >
                  <input
                    aria-label={`New name for ${layer.label}`}
                    value={names[layer.id] ?? ''}
                    placeholder={layer.label}
                    onChange={(event) => setNames({ ...names, [layer.id]: event.target.value })}
                  />
                  <button type="submit" className="secondary">
                    Rename
                  </button>
                </form>
              </td>
              <td>
                {layer.removed !== true && (
                  <select
                    aria-label={`Merge ${layer.label} into`}
                    value=""
                    onChange={(event) => {
                      const into = kept.find((other) => other.id === event.target.value);
                      if (into !== undefined) {
                        act(() => api.mergeLayer(id, layer.id, into.id), `Merged “${layer.label}” into “${into.label}”.`);
                      }
                    }}
                  >
                    <option value="">Merge into…</option>
                    {kept
                      .filter((other) => other.id !== layer.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.label}
                        </option>
                      ))}
                  </select>
                )}
              </td>
              <td>
                {layer.removed === true ? (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => act(() => api.changeLayer(id, layer.id, { removed: false }), `Restored “${layer.label}”.`)}
                  >
                    Restore
                  </button>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      act(() => api.changeLayer(id, layer.id, { removed: true }), `Removed “${layer.label}”; restore it here.`)
                    }
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

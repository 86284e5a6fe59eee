import type { Comparison } from '../../../shared/compare/compare.js';

/** Everyone either version gives a title, with the titles of each version and a flag where they differ. */
export function People({ people }: { people: Comparison['people'] }) {
  const titled = people.filter((person) => person.a.length + person.b.length > 0);
  const titles = (list: Comparison['people'][number]['a']) => list.map((title) => title.title).join('; ') || '—';
  return (
    <>
      <h2>People</h2>
      {titled.length === 0 ? (
        <p className="empty">Neither version gives anyone a title.</p>
      ) : (
        <table className="cmp-rows cmp-people" aria-label="People">
          <thead>
            <tr>
              <th>Person</th>
              <th>Titles in A</th>
              <th>Titles in B</th>
            </tr>
          </thead>
          <tbody>
            {titled.map((person) => (
              <tr key={person.name} className={person.drift === null ? 'cmp-row' : 'cmp-row cmp-changed'}>
                <td>
                  {person.name}
                  {person.drift !== null && <div className="cmp-note cmp-flag">⚑ Title differs</div>}
                </td>
                <td>{titles(person.a)}</td>
                <td>{titles(person.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

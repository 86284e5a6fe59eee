import type { SearchQuery } from '../../shared/api/search.js';
import { normalizeTerm, type MarkFacets } from '../../shared/search/index.js';

/** Items by one facet's value. */
class ByValue<T> {
  readonly sets = new Map<string, Set<T>>();

  add(value: string, item: T): void {
    let set = this.sets.get(value);
    if (set === undefined) this.sets.set(value, (set = new Set()));
    set.add(item);
  }

  delete(value: string, item: T): void {
    const set = this.sets.get(value);
    if (set === undefined) return;
    set.delete(item);
    if (set.size === 0) this.sets.delete(value);
  }

  /** The sets of the values that pass a test (disjoint: an item has one value). */
  where(test: (value: string) => boolean): Set<T>[] {
    const sets: Set<T>[] = [];
    for (const [value, set] of this.sets) if (test(value)) sets.push(set);
    return sets;
  }
}

/** A set of candidates, or a list of them, each once. */
export type Candidates<T> = ReadonlySet<T> | readonly T[];

/** How many candidates there are. */
export function candidateCount<T>(candidates: Candidates<T>): number {
  return candidates instanceof Set ? candidates.size : (candidates as readonly T[]).length;
}

/**
 * Marks by their facets (kind, verdict, review step, speaker, author), so
 * that a search filtered on them starts from the marks that have the
 * rarest of the values asked for, rather than from every mark: a speaker's
 * claims are found among that speaker's marks. Speakers and authors are
 * matched by part of their name, so those are kept by name and the names
 * tried one by one (there are far fewer names than marks).
 */
export class FacetIndex<T> {
  private readonly kinds = new ByValue<T>();
  private readonly verdicts = new ByValue<T>();
  private readonly statuses = new ByValue<T>();
  private readonly speakers = new ByValue<T>();
  private readonly authorIds = new ByValue<T>();
  private readonly authorNames = new ByValue<T>();

  add(facets: MarkFacets, item: T): void {
    this.eachValue(facets, (index, value) => index.add(value, item));
  }

  delete(facets: MarkFacets, item: T): void {
    this.eachValue(facets, (index, value) => index.delete(value, item));
  }

  /** Each facet's index with the mark's value in it (a verdict or status it has not, none): what adding and deleting both walk. */
  private eachValue(facets: MarkFacets, visit: (index: ByValue<T>, value: string) => void): void {
    visit(this.kinds, facets.kind);
    if (facets.verdict !== null) visit(this.verdicts, facets.verdict);
    if (facets.checkStatus !== null) visit(this.statuses, facets.checkStatus);
    visit(this.speakers, facets.speaker);
    visit(this.authorIds, facets.authorId);
    visit(this.authorNames, facets.authorName);
  }

  /**
   * The fewest marks among which is every mark that passes the query's
   * filters on facets (each filter's marks, the smallest kept; they still
   * need checking against the others), or null when the query has none.
   */
  candidates(query: SearchQuery, withStatus: boolean): Candidates<T> | null {
    // Each filter's marks: how many (counted from the sets, which is cheap), and the marks themselves (made only for the fewest).
    const found: { size: number; marks: () => Candidates<T> }[] = [];
    const exactly = (index: ByValue<T>, value: string) => {
      const set = index.sets.get(value) ?? new Set<T>();
      found.push({ size: set.size, marks: () => set });
    };
    const sizeOf = (sets: Set<T>[]) => sets.reduce((sum, set) => sum + set.size, 0);
    if (query.kind !== undefined) exactly(this.kinds, query.kind);
    if (query.verdict !== undefined) exactly(this.verdicts, query.verdict);
    if (withStatus && query.status !== undefined) exactly(this.statuses, query.status);
    if (query.speaker !== undefined) {
      const part = normalizeTerm(query.speaker);
      const sets = this.speakers.where((name) => name.includes(part));
      found.push({ size: sizeOf(sets), marks: () => sets.flatMap((set) => [...set]) });
    }
    if (query.author !== undefined) {
      const part = normalizeTerm(query.author);
      const sets = [...this.authorNames.where((name) => name.includes(part)), this.authorIds.sets.get(query.author) ?? new Set<T>()];
      // By id or by part of the name: a mark can be both, and counts once.
      found.push({ size: sizeOf(sets), marks: () => new Set(sets.flatMap((set) => [...set])) });
    }
    if (found.length === 0) return null;
    return found.reduce((fewest, next) => (next.size < fewest.size ? next : fewest)).marks();
  }
}

import MiniSearch, { type Options } from 'minisearch';

/** MiniSearch's postings of one word: for each field, the entries (by short id) that hold it and how often. */
type FieldPostings = Map<number, Map<number, number>>;

/** A word of the index a query's word matches (itself, a longer word it starts, a near spelling), and its weight. */
interface Expansion {
  term: string;
  weight: number;
  postings: FieldPostings;
}

/** A query's word with the words of the index it matches. */
interface PlannedTerm {
  expansions: Expansion[];
  /** How many postings its expansions hold in the fields searched: what scoring it costs. */
  postings: number;
}

/**
 * The entries a query matches, scored, and the words each matched (for
 * highlighting the page shown). Valid until the index's next {@link
 * RankedMiniSearch.rank}: the scores live in buffers each search reuses.
 */
export interface Ranking {
  /** The short ids (see {@link RankedMiniSearch.shortIdOf}) of the entries matched, in no particular order. */
  readonly matched: ArrayLike<number>;
  /** An entry's score (for one of {@link matched}). */
  scoreOf(shortId: number): number;
  /** The words of the index an entry matched, as MiniSearch's `terms` of a result. */
  termsOf(shortId: number): string[];
}

const defaultWeights = { fuzzy: 0.45, prefix: 0.375 };
const defaultBm25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * MiniSearch with a search that costs in proportion to the postings it
 * reads, not to the hits it finds: {@link rank} scores entries as
 * MiniSearch's `search` does (the same words matched, prefixes and near
 * spellings weighted alike, BM25+, every word required) into one map of
 * numbers, without making a result object, a match list and a sorted array
 * per hit; the caller filters and keeps the best page of it. Words are
 * scored rarest first, each only over the entries every word before it
 * matched, and a search can be held to a few entries (one document's)
 * from the start. Uses the index MiniSearch keeps for subclasses
 * (`_index`, `_fieldLength`…); everything else is MiniSearch's own.
 */
export class RankedMiniSearch<T> extends MiniSearch<T> {
  /** An index read from its JSON (`JSON.stringify` of one), as `MiniSearch.loadJSON` reads it. */
  static fromJSON<T>(json: string, options: Options<T>): RankedMiniSearch<T> {
    // loadJSON makes a plain MiniSearch; this class adds methods only, no state.
    return Object.setPrototypeOf(MiniSearch.loadJSON<T>(json, options), RankedMiniSearch.prototype) as RankedMiniSearch<T>;
  }

  /** The short id MiniSearch gave a document it holds (what {@link rank} scores by). */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id) as number | undefined;
  }

  /**
   * What each entry matched so far in the current search: `stamp + n` when
   * it holds the first n words scored (`stamp` is new for every search, so
   * nothing needs clearing), its score so far beside it, and the entries
   * the first word matched. Sized to MiniSearch's short ids, grown as they
   * grow; made on the first search (a subclass's fields are not set on an
   * index read by `fromJSON`).
   */
  private progress?: Int32Array;
  private scores?: Float64Array;
  private firstMatched?: Int32Array;
  private nextStamp?: number;
  /**
   * Each field's length in every entry, by short id: MiniSearch's
   * `_fieldLength` (a map of arrays) copied into one array per field, so
   * that scoring reads postings, lengths and scores in the order of the
   * short ids rather than probing a map for each posting.
   */
  private lengths?: Float64Array[];

  /** How many short ids MiniSearch has given out: every entry ever added, removed ones too. */
  get idsIssued(): number {
    return this._nextId;
  }

  /**
   * Gives the entries held the short ids 0, 1, 2… again, in their order,
   * and returns each old id's new one. MiniSearch never reuses a short id,
   * so an index whose documents keep changing gives out ids without end,
   * and everything sized by them (this class's buffers, a caller's table by
   * id) would grow with every change ever made. Costs one pass over the
   * postings (no text is read again), and drops those of entries discarded
   * and not yet vacuumed.
   */
  renumber(): Map<number, number> {
    const renumbered = new Map<number, number>();
    for (const shortId of this._documentIds.keys()) renumbered.set(shortId, renumbered.size);
    const moved = <V>(byId: Map<number, V>) => {
      const result = new Map<number, V>();
      for (const [shortId, value] of byId) {
        const to = renumbered.get(shortId);
        if (to !== undefined) result.set(to, value);
      }
      return result;
    };
    this._documentIds = moved(this._documentIds);
    this._fieldLength = moved(this._fieldLength);
    this._storedFields = moved(this._storedFields);
    for (const [id, shortId] of this._idToShortId) this._idToShortId.set(id, renumbered.get(shortId) as number);
    const emptied: string[] = [];
    for (const [term, fields] of this._index) {
      for (const [fieldId, postings] of fields) {
        const kept = moved(postings);
        if (kept.size === 0) fields.delete(fieldId);
        else fields.set(fieldId, kept);
      }
      if (fields.size === 0) emptied.push(term);
    }
    for (const term of emptied) this._index.delete(term);
    this._nextId = renumbered.size;
    this._dirtCount = 0;
    // The buffers are made again, at the new size, on the next search.
    this.progress = undefined;
    return renumbered;
  }

  /** Adds a document, as MiniSearch does, and notes its fields' lengths. */
  override add(document: T): void {
    super.add(document);
    const lengths = this.lengths;
    const shortId = this._nextId - 1;
    const entry = this._fieldLength.get(shortId);
    if (lengths === undefined || entry === undefined || shortId >= (lengths[0]?.length ?? 0)) return;
    for (let fieldId = 0; fieldId < lengths.length; fieldId++) (lengths[fieldId] as Float64Array)[shortId] = entry[fieldId] ?? 0;
  }

  /**
   * Scores the entries that hold every word of a query (the last as the
   * start of a word too, long ones with near spellings, by the index's
   * search options), in the fields given (default all), and only among
   * `within` (short ids) when given.
   */
  rank(query: string, fields?: readonly string[], within?: ReadonlySet<number>): Ranking {
    const fieldNames = fields ?? this._options.fields;
    const options = this._options.searchOptions;
    const fieldIds = fieldNames.map((field) => this._fieldIds[field] as number);
    const boosts = fieldNames.map((field) => options.boost[field] ?? 1);
    const words = this.words(query);
    const plan = this.plan(words, fieldIds);
    const { k, b, d } = { ...defaultBm25, ...options.bm25 };
    const total = this._documentCount;
    const { progress, scores, firstMatched, lengths, stamp } = this.buffers(plan.length);
    let count = 0;
    // The rarest word first: each next one is scored only over what every word before it matched.
    const ordered = [...plan].sort((x, y) => x.postings - y.postings);
    for (let round = 0; round < ordered.length; round++) {
      const term = ordered[round] as PlannedTerm;
      const before = stamp + round;
      const after = before + 1;
      for (const { weight, postings } of term.expansions) {
        for (let field = 0; field < fieldIds.length; field++) {
          const fieldId = fieldIds[field] as number;
          const frequencies = postings.get(fieldId);
          if (frequencies === undefined) continue;
          const scale = weight * (boosts[field] as number);
          const matching = frequencies.size;
          const averageLength = this._avgFieldLength[fieldId] as number;
          const fieldLengths = lengths[fieldId] as Float64Array;
          // MiniSearch's BM25+ (its calcBM25Score), the inverse frequency worked out once per word and field.
          const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
          const score = (frequency: number, shortId: number) => {
            const seen = progress[shortId] as number;
            if (round === 0) {
              // The first word: any entry (of `within`), new to this search or seen already by another of its expansions.
              if (seen !== after && (seen >= stamp || (within !== undefined && !within.has(shortId)))) return;
            } else if (seen !== before && seen !== after) return;
            // (An entry discarded and not yet vacuumed out of the postings is scored too: the caller knows it no more.)
            const length = fieldLengths[shortId] as number;
            const points =
              scale * inverseFrequency * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
            if (seen === after) scores[shortId] = (scores[shortId] as number) + points;
            else {
              scores[shortId] = round === 0 ? points : (scores[shortId] as number) + points;
              progress[shortId] = after;
              if (round === 0) firstMatched[count++] = shortId;
            }
          };
          // Look up the few entries still in the running rather than read a long list of postings.
          const among = round > 0 ? count : within !== undefined ? within.size : Infinity;
          if (among < frequencies.size) {
            const candidates = round > 0 ? firstMatched.subarray(0, count) : (within as ReadonlySet<number>);
            for (const shortId of candidates) {
              const frequency = frequencies.get(shortId);
              if (frequency !== undefined) score(frequency, shortId);
            }
          } else frequencies.forEach(score);
        }
      }
    }
    // What every word matched, moved to the front of the first word's list (in place: nothing new to collect).
    const last = stamp + ordered.length;
    let kept = 0;
    for (let index = 0; index < count; index++) {
      const shortId = firstMatched[index] as number;
      if (progress[shortId] === last) firstMatched[kept++] = shortId;
    }
    const matched = firstMatched.subarray(0, kept);
    // MiniSearch multiplies a score by the number of the query's words matched: here, all of them.
    const quality = new Set(words).size;
    return {
      matched,
      scoreOf: (shortId) => (scores[shortId] as number) * quality,
      termsOf: (shortId) => {
        const terms: string[] = [];
        for (const term of plan)
          for (const { term: word, postings } of term.expansions)
            if (!terms.includes(word) && fieldIds.some((fieldId) => postings.get(fieldId)?.has(shortId) === true)) terms.push(word);
        return terms;
      },
    };
  }

  /**
   * The buffers of a search of `rounds` words, large enough for every short
   * id, and a stamp above every value `progress` holds. Made again (and the
   * lengths copied again from MiniSearch's) when short ids outgrow them.
   */
  private buffers(rounds: number): {
    progress: Int32Array;
    scores: Float64Array;
    firstMatched: Int32Array;
    lengths: Float64Array[];
    stamp: number;
  } {
    let stamp = this.nextStamp ?? 1;
    if (this.progress === undefined || this.lengths === undefined || this.progress.length < this._nextId || stamp + rounds >= 0x7fffffff) {
      const capacity = Math.max(1024, Math.ceil(this._nextId * 1.5));
      this.progress = new Int32Array(capacity);
      this.scores = new Float64Array(capacity);
      this.firstMatched = new Int32Array(capacity);
      this.lengths = Object.keys(this._fieldIds).map(() => new Float64Array(capacity));
      for (const [shortId, entry] of this._fieldLength)
        for (let fieldId = 0; fieldId < entry.length; fieldId++) {
          const lengths = this.lengths[fieldId];
          if (lengths !== undefined) lengths[shortId] = entry[fieldId] ?? 0;
        }
      stamp = 1;
    }
    this.nextStamp = stamp + rounds + 1;
    return {
      progress: this.progress,
      scores: this.scores as Float64Array,
      firstMatched: this.firstMatched as Int32Array,
      lengths: this.lengths,
      stamp,
    };
  }

  /** A query's words, as the index's tokenizer and term processing make them. */
  private words(query: string): string[] {
    const { tokenize, processTerm } = this._options;
    return tokenize(query, '')
      .flatMap((word) => processTerm(word, '') || [])
      .filter((word) => word !== '');
  }

  /** Each word of a query with the words of the index it matches, as MiniSearch's `executeQuerySpec` finds them. */
  private plan(words: string[], fieldIds: number[]): PlannedTerm[] {
    const options = this._options.searchOptions;
    const weights = { ...defaultWeights, ...options.weights };
    return words.map((word, index) => {
      const prefix = typeof options.prefix === 'function' ? options.prefix(word, index, words) : options.prefix === true;
      const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(word, index, words) : options.fuzzy;
      const expansions: Expansion[] = [];
      const exact = this._index.get(word);
      if (exact !== undefined) expansions.push({ term: word, weight: 1, postings: exact });
      const prefixed = new Set<string>();
      if (prefix) {
        for (const [term, postings] of this._index.atPrefix(word)) {
          const distance = term.length - word.length;
          if (distance === 0) continue;
          prefixed.add(term);
          expansions.push({ term, weight: (weights.prefix * term.length) / (term.length + 0.3 * distance), postings });
        }
      }
      if (fuzzy !== false) {
        const fraction = fuzzy === true ? 0.2 : fuzzy;
        const maxDistance = fraction < 1 ? Math.min(options.maxFuzzy, Math.round(word.length * fraction)) : fraction;
        if (maxDistance > 0) {
          for (const [term, [postings, distance]] of this._index.fuzzyGet(word, maxDistance)) {
            // A word found as a prefix is scored as one.
            if (distance === 0 || prefixed.has(term)) continue;
            expansions.push({ term, weight: (weights.fuzzy * term.length) / (term.length + distance), postings });
          }
        }
      }
      let postings = 0;
      for (const expansion of expansions) for (const fieldId of fieldIds) postings += expansion.postings.get(fieldId)?.size ?? 0;
      return { expansions, postings };
    });
  }
}

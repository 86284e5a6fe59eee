import {
  isAnnotationKind,
  isSourceType,
  isVerdict,
  type AnnotationKind,
  type EvidenceLink,
  type Person,
  type SourceType,
  type Speaker,
  type Verdict,
} from '../annotation.js';
import { matchQuote } from '../anchor/matchQuote.js';
import { CodePointOffsets } from '../codePoints.js';
import { ImportError } from '../errors.js';
import { safeUrl } from '../url.js';

/**
 * How an imported annotation was placed: `exact` at its TextPositionSelector
 * (whose text equals its quote, when it has one), `quote` found by its
 * TextQuoteSelector and context, `orphaned` kept with its quote but not in
 * the text, `refused` not imported at all (nothing it says can be placed).
 */
export type Placement = 'exact' | 'quote' | 'orphaned' | 'refused';

/** The factmark fields an imported annotation carries, read from its bodies and extension terms. */
export interface ImportedFields {
  kind: AnnotationKind;
  note: string;
  verdict: Verdict;
  evidence: EvidenceLink[];
  summary: string;
  speaker: Speaker;
  sourceType: SourceType;
  /** Ids (in the same file or document) of the annotations this one links to. */
  links: string[];
  author: Person;
  createdAt: string | null;
  updatedAt: string | null;
  /** The layer it was exported from, when the file says. */
  layer: string | null;
}

/** One annotation (one target of one, for an annotation with several) read from a Web Annotation file, placed in a text or not. */
export interface ReadAnnotation {
  /** Where it is in the file: its index among the file's annotations. */
  index: number;
  /** Its id in the file (with `#target-N` for the second target on), null when it has none. */
  sourceId: string | null;
  placement: Placement;
  /** Why it was orphaned or refused; null otherwise. */
  reason: string | null;
  /** UTF-16 offsets into the text (null unless placed). */
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  /** Null when refused. */
  fields: ImportedFields | null;
}

type Json = Record<string, unknown>;

const maxAnnotations = 100_000;
const maxText = 2_000_000;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown, max = 10_000): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/**
 * The annotations of a file in every shape other tools write: a W3C
 * AnnotationCollection (its embedded first page) or AnnotationPage, an
 * array, one annotation, Hypothesis's export (`annotations`) or search
 * answer (`rows`). Throws an ImportError for anything else.
 */
function annotationsOf(json: unknown): unknown[] {
  let items: unknown;
  if (Array.isArray(json)) items = json;
  else if (isObject(json)) {
    if (json['type'] === 'AnnotationCollection') {
      if (!isObject(json['first']))
        throw new ImportError('parse', 'The AnnotationCollection does not embed its first page: include its annotations in "first".');
      items = json['first']['items'];
    } else if (json['type'] === 'AnnotationPage') items = json['items'];
    else if (Array.isArray(json['annotations'])) items = json['annotations'];
    else if (Array.isArray(json['rows'])) items = json['rows'];
    else if ('target' in json) items = [json];
  }
  if (!Array.isArray(items))
    throw new ImportError(
      'parse',
      'This is not a Web Annotation file: expected an AnnotationCollection, an AnnotationPage, an array of annotations, one annotation, or a Hypothesis export.',
    );
  if (items.length > maxAnnotations)
    throw new ImportError('too-large', `The file holds ${items.length} annotations; at most ${maxAnnotations} can be imported at once.`);
  return items;
}

/** The id factmark gave an annotation it exported (`…/api/documents/<doc>/layers/<layer>/annotations/<id>`), or null for another tool's. */
export function factmarkIdOf(iri: string): string | null {
  return /\/api\/documents\/[^/]+\/layers\/[^/]+\/annotations\/([A-Za-z0-9_-]{1,64})$/.exec(iri)?.[1] ?? null;
}

/** The person a creator names: an IRI of factmark's people (`…/people/<id>`), another IRI or account, or an agent object. */
function personOf(annotation: Json): Person {
  const creator = listOf(annotation['creator'])[0];
  const info = isObject(annotation['user_info']) ? text(annotation['user_info']['display_name'], 500) : '';
  const user = text(annotation['user'], 500);
  const idOf = (iri: string) => {
    const ours = /\/people\/([^/]+)$/.exec(iri)?.[1];
    if (ours === undefined) return iri.slice(0, 500);
    try {
      return decodeURIComponent(ours).slice(0, 500);
    } catch {
      return iri.slice(0, 500);
    }
  };
  // Hypothesis names an account `acct:name@host`: the name is what a reader knows.
  const account = (value: string) => /^acct:([^@]+)@/.exec(value)?.[1] ?? value;
  if (isObject(creator)) {
    const id = idOf(text(creator['id'], 2000));
    const name = text(creator['name'], 500) || text(creator['nickname'], 500) || info || account(id);
    return { id, name: name || 'Imported' };
  }
  const id = typeof creator === 'string' ? creator : user;
  return { id: idOf(id), name: info || account(id) || 'Imported' };
}

/**
 * Maps what a Web Annotation (or a Hypothesis annotation) says to factmark's
 * annotation fields: the one place that knows both. Tagging bodies (or
 * Hypothesis tags) naming a kind give the kind (a claim when none does);
 * commenting bodies, bodies without a purpose, `bodyValue` and Hypothesis's
 * `text` give the note, with other tags after it; an assessing body naming a
 * verdict gives the verdict; identifying the speaker's name; describing a
 * claim's public summary; linking
 * resources the evidence; factmark's extension terms the rest.
 */
export function annotationFieldsOf(annotation: Json): ImportedFields {
  const notes: string[] = [];
  const tags: string[] = listOf(annotation['tags']).filter((tag): tag is string => typeof tag === 'string');
  let verdict: Verdict = 'unverified';
  let speakerName = '';
  let summary = '';
  const evidence: EvidenceLink[] = [];
  if (typeof annotation['bodyValue'] === 'string') notes.push(annotation['bodyValue']);
  if (typeof annotation['text'] === 'string' && annotation['text'].trim() !== '') notes.push(annotation['text']);
  for (const body of listOf(annotation['body'])) {
    if (!isObject(body)) continue;
    const purpose = listOf(body['purpose']).find((item): item is string => typeof item === 'string');
    const type = body['type'];
    if ((type === 'TextualBody' || type === undefined) && typeof body['value'] === 'string') {
      const value = body['value'];
      if (purpose === 'tagging') tags.push(value);
      else if (purpose === 'assessing' && isVerdict(value)) verdict = value;
      else if (purpose === 'assessing') notes.push(value);
      else if (purpose === 'identifying') speakerName = value;
      else if (purpose === 'describing') summary = value;
      else notes.push(value);
    } else if (type === 'SpecificResource' || purpose === 'linking' || typeof body['id'] === 'string') {
      const source = typeof body['source'] === 'string' ? body['source'] : text(body['id'], 2000);
      const url = safeUrl(source);
      if (url !== null && url.length <= 2000) evidence.push({ url, title: text(body['title'], 500) });
    }
  }
  const kindTag = tags.find((tag) => isAnnotationKind(tag.toLowerCase()));
  const otherTags = tags.filter((tag) => tag !== kindTag);
  if (otherTags.length > 0) notes.push(`Tags: ${otherTags.join(', ')}`);
  const links = listOf(annotation['links'])
    .filter((link): link is string => typeof link === 'string')
    .map((link) => factmarkIdOf(link) ?? link)
    .filter((link) => /^[A-Za-z0-9_-]{1,64}$/.test(link))
    .slice(0, 1000);
  const sourceType = annotation['sourceType'];
  return {
    kind: (kindTag?.toLowerCase() as AnnotationKind | undefined) ?? 'claim',
    note: notes.join('\n\n').slice(0, 20_000),
    verdict,
    evidence: evidence.slice(0, 100),
    summary: summary.slice(0, 20_000),
    speaker: { name: speakerName.slice(0, 500), role: text(annotation['speakerRole'], 500) },
    sourceType: isSourceType(sourceType) ? sourceType : 'named',
    links,
    author: personOf(annotation),
    createdAt: text(annotation['created'], 64) || null,
    updatedAt: text(annotation['modified'], 64) || text(annotation['updated'], 64) || null,
    layer: text(annotation['layer'], 64) || null,
  };
}

interface Selectors {
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  /** Selector types found that cannot be used on plain text. */
  unusable: string[];
}

function selectorsOf(target: unknown): Selectors {
  const found: Selectors = { quote: null, position: null, unusable: [] };
  if (!isObject(target)) return found;
  for (const selector of listOf(target['selector'])) {
    if (!isObject(selector)) continue;
    const type = text(selector['type'], 100);
    if (type === 'TextQuoteSelector' && typeof selector['exact'] === 'string' && selector['exact'] !== '' && found.quote === null) {
      found.quote = {
        exact: text(selector['exact'], maxText),
        prefix: text(selector['prefix'], 1000),
        suffix: text(selector['suffix'], 1000),
      };
    } else if (type === 'TextPositionSelector' && found.position === null) {
      const { start, end } = selector;
      if (Number.isInteger(start) && Number.isInteger(end)) found.position = { start: start as number, end: end as number };
      else found.unusable.push('TextPositionSelector without whole-number start and end');
    } else if (type !== 'TextQuoteSelector') found.unusable.push(type || 'a selector without a type');
  }
  return found;
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/**
 * Places one target's selectors in the text. A TextPositionSelector counts
 * code points (W3C); it places the annotation exactly when its text equals
 * the quote (or there is no quote), else it is the hint that chooses among
 * repeated quotes.
 */
function place(
  selectors: Selectors,
  textOffsets: CodePointOffsets,
  orphaned: boolean,
): Pick<ReadAnnotation, 'placement' | 'reason' | 'start' | 'end' | 'quote' | 'prefix' | 'suffix'> {
  const { quote, position } = selectors;
  const source = textOffsets.text;
  const context = { quote: quote?.exact ?? '', prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' };
  const unplaced = { start: null, end: null };
  if (quote === null && position === null) {
    const found = selectors.unusable.length === 0 ? 'no selector' : `only ${Array.from(new Set(selectors.unusable)).join(', ')}`;
    return {
      ...context,
      ...unplaced,
      placement: 'refused',
      reason: `it has ${found}; factmark places annotations by TextQuoteSelector or TextPositionSelector`,
    };
  }
  if (orphaned && quote !== null)
    return { ...context, ...unplaced, placement: 'orphaned', reason: 'it was exported as orphaned (its text had been deleted)' };
  let hint: { start: number; end: number } | null = null;
  if (position !== null && position.start >= 0 && position.start < position.end && position.end <= textOffsets.length) {
    hint = { start: textOffsets.toUtf16(position.start), end: textOffsets.toUtf16(position.end) };
    const there = source.slice(hint.start, hint.end);
    if (quote === null || there === quote.exact) {
      return { quote: there, prefix: context.prefix, suffix: context.suffix, ...hint, placement: 'exact', reason: null };
    }
  }
  if (quote === null) {
    const where = position === null ? '' : ` (${position.start}–${position.end})`;
    return {
      ...context,
      ...unplaced,
      placement: 'refused',
      reason: `its TextPositionSelector${where} is not inside the text (${textOffsets.length} code points), and it has no TextQuoteSelector`,
    };
  }
  const match = matchQuote(source, context, hint?.start);
  if (match !== null) return { ...context, ...match, quote: source.slice(match.start, match.end), placement: 'quote', reason: null };
  return {
    ...context,
    ...unplaced,
    placement: 'orphaned',
    reason: `its quote “${shorten(quote.exact)}” is not in the text; kept as an orphan`,
  };
}

/**
 * Reads W3C Web Annotations, and the annotations Hypothesis and Recogito
 * write, onto a document's text: each target placed exactly by its
 * position, else by its quote and context (the position choosing among
 * repeated quotes), else kept as an orphan with its quote; a target with no
 * selector factmark can use is refused, with the reason. Every annotation in
 * the file is accounted for. Throws an ImportError for a file that is not
 * JSON or holds no list of annotations.
 */
export function fromWebAnnotation(input: unknown, text: string): ReadAnnotation[] {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      throw new ImportError('parse', `The Web Annotation file is not valid JSON: ${(error as Error).message}`);
    }
  }
  const offsets = CodePointOffsets.of(text);
  const read: ReadAnnotation[] = [];
  annotationsOf(json).forEach((item, index) => {
    // Named as a person counts them, from 1, with the file's own id where it gives one: "annotation 3 (id …)".
    const named = (sourceId: string | null) => `annotation ${index + 1}${sourceId === null ? '' : ` (id ${sourceId.slice(0, 120)})`}`;
    const refuse = (reason: string, sourceId: string | null = null) =>
      read.push({
        index,
        sourceId,
        placement: 'refused',
        reason: `${named(sourceId)}: ${reason}`,
        start: null,
        end: null,
        quote: '',
        prefix: '',
        suffix: '',
        fields: null,
      });
    if (!isObject(item)) return refuse('is not an object');
    const id = typeof item['id'] === 'string' && item['id'] !== '' ? item['id'].slice(0, 2000) : null;
    // Hypothesis lists replies beside the annotations they answer; a reply marks no text.
    // So are a W3C `replying` annotation's (factmark's export writes its threads so).
    if ((Array.isArray(item['references']) && item['references'].length > 0) || item['motivation'] === 'replying')
      return refuse('is a reply to another annotation, not a mark', id);
    const targets = listOf(item['target']);
    if (targets.length === 0) return refuse('has no target', id);
    const fields = annotationFieldsOf(item);
    const orphaned = item['orphaned'] === true;
    targets.forEach((target, targetIndex) => {
      const sourceId = id === null ? null : targetIndex === 0 ? id : `${id}#target-${targetIndex + 1}`;
      if (typeof target === 'string') return refuse('targets a whole resource, not a span of its text', sourceId);
      const placed = place(selectorsOf(target), offsets, orphaned);
      read.push({
        index,
        sourceId,
        ...placed,
        reason: placed.reason === null ? null : `${named(id)}${targetIndex > 0 ? ` (target ${targetIndex + 1})` : ''}: ${placed.reason}`,
        fields: placed.placement === 'refused' ? null : fields,
      });
    });
  });
  return read;
}

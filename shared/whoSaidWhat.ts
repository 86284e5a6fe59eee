import type { Annotation, SourceType } from './annotation.js';

/** One speaker and everything attributed to them. */
export interface SpeakerStatements {
  /** The name as written in full; speakers are grouped by name, ignoring case and spacing, a surname alone with the full name. */
  name: string;
  /** Every title the article gives them, as written ("spokesman", "adviser"). */
  roles: string[];
  sourceTypes: SourceType[];
  /** The attributions naming them. */
  attributions: Annotation[];
  /** The claims and denials attributed to them, in text order. */
  statements: Annotation[];
}

/** Who said what, derived from attributions, and the claims and denials no attribution covers. */
export interface WhoSaidWhat {
  speakers: SpeakerStatements[];
  unattributed: Annotation[];
}

function speakerKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** Each surname to the one full name of the layer that ends with it (none where two people share it). */
function fullNames(annotations: readonly Annotation[]): Map<string, string> {
  const bySurname = new Map<string, string | null>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'attribution') continue;
    const full = speakerKey(annotation.speaker.name);
    const words = full.split(' ');
    if (words.length < 2) continue;
    const surname = words.at(-1) ?? '';
    const known = bySurname.get(surname);
    bySurname.set(surname, known === undefined || known === full ? full : null);
  }
  return new Map([...bySurname].flatMap(([surname, full]) => (full === null ? [] : [[surname, full] as const])));
}

/**
 * Groups a layer's annotations by speaker: each attribution with a speaker
 * name adds its roles and linked claims and denials to that speaker.
 * `annotations` should be in text order; the result keeps it.
 */
export function whoSaidWhat(annotations: readonly Annotation[]): WhoSaidWhat {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const speakers = new Map<string, SpeakerStatements>();
  const attributed = new Set<string>();
  const fullNameOf = fullNames(annotations);
  for (const attribution of annotations) {
    if (attribution.kind !== 'attribution') continue;
    const name = attribution.speaker.name.trim();
    // A surname alone ("Strand") is the one person the layer names in full with it ("Arvid Strand").
    const key = name === '' ? `\u0000${speakerKey(attribution.quote)}` : (fullNameOf.get(speakerKey(name)) ?? speakerKey(name));
    let speaker = speakers.get(key);
    if (speaker === undefined) {
      // An attribution with no name is listed by its words ("An official"); said to name no one where it is
      // typed a named person's, which its words alone would pass for ("according to its annual report").
      const unnamed = attribution.sourceType === 'named' ? `${attribution.quote.trim()} (no speaker named)` : attribution.quote.trim();
      speaker = {
        name: name === '' ? unnamed : name,
        roles: [],
        sourceTypes: [],
        attributions: [],
        statements: [],
      };
      speakers.set(key, speaker);
    } else if (name.split(/\s+/u).length > speaker.name.split(/\s+/u).length) speaker.name = name;
    speaker.attributions.push(attribution);
    const role = attribution.speaker.role.trim();
    if (role !== '' && !speaker.roles.includes(role)) speaker.roles.push(role);
    if (!speaker.sourceTypes.includes(attribution.sourceType)) speaker.sourceTypes.push(attribution.sourceType);
    for (const id of attribution.links) {
      const statement = byId.get(id);
      if (statement === undefined || statement.kind === 'attribution' || speaker.statements.includes(statement)) continue;
      speaker.statements.push(statement);
      attributed.add(id);
    }
  }
  const order = new Map(annotations.map((annotation, index) => [annotation.id, index]));
  for (const speaker of speakers.values()) speaker.statements.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    speakers: Array.from(speakers.values()),
    unattributed: annotations.filter((annotation) => annotation.kind !== 'attribution' && !attributed.has(annotation.id)),
  };
}

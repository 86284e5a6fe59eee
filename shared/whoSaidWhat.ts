import type { Annotation, SourceType } from './annotation.js';

/** One speaker and everything attributed to them. */
export interface SpeakerStatements {
  /** The name as first written; speakers are grouped by name, ignoring case and spacing. */
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

/**
 * Groups a layer's annotations by speaker: each attribution with a speaker
 * name adds its roles and linked claims and denials to that speaker.
 * `annotations` should be in text order; the result keeps it.
 */
export function whoSaidWhat(annotations: readonly Annotation[]): WhoSaidWhat {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const speakers = new Map<string, SpeakerStatements>();
  const attributed = new Set<string>();
  for (const attribution of annotations) {
    if (attribution.kind !== 'attribution') continue;
    const name = attribution.speaker.name.trim();
    const key = speakerKey(name === '' ? attribution.quote : name);
    let speaker = speakers.get(key);
    if (speaker === undefined) {
      speaker = { name: name === '' ? attribution.quote.trim() : name, roles: [], sourceTypes: [], attributions: [], statements: [] };
      speakers.set(key, speaker);
    }
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

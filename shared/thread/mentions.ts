import type { ThreadPerson } from './schema.js';

/** A letter, digit or mark: what may not follow a mentioned name for it to end there. */
const wordCharacter = /[\p{L}\p{N}\p{M}_]/u;

/**
 * The ids of the people a reply's text mentions, in order of first mention:
 * `@` followed by a person's name (any case, spaces included), ending where
 * the name ends. A longer name wins over a shorter one it starts with
 * ("@Ana Lima" is Ana Lima, not Ana). Only the people given can be mentioned.
 */
export function findMentions(body: string, people: readonly ThreadPerson[]): string[] {
  const named = people.filter((person) => person.name.trim() !== '').sort((a, b) => b.name.length - a.name.length);
  const found: string[] = [];
  const lower = body.toLowerCase();
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    for (const person of named) {
      const name = person.name.toLowerCase();
      if (!lower.startsWith(name, at + 1)) continue;
      const next = body.charAt(at + 1 + name.length);
      if (next !== '' && wordCharacter.test(next)) continue;
      if (!found.includes(person.id)) found.push(person.id);
      break;
    }
  }
  return found;
}

/** What is being typed after an `@` just before the caret, for suggesting names. */
export interface MentionQuery {
  /** Where the `@` is. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

/**
 * The mention being typed at the caret, or null: an `@` at the start or after
 * a space, followed by at most a few words and no line break.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  if (at > 0 && !/\s/.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  if (query.length > 60 || /[\n@]/.test(query) || query.split(' ').length > 4) return null;
  return { start: at, query };
}

/** The people whose name starts with (or has a word starting with) what was typed, best first. */
export function mentionCandidates<P extends ThreadPerson>(people: readonly P[], query: string, limit = 6): P[] {
  const wanted = query.trim().toLowerCase();
  const score = (person: P): number => {
    const name = person.name.toLowerCase();
    if (name.startsWith(wanted)) return 0;
    return name.split(/\s+/).some((word) => word.startsWith(wanted)) ? 1 : 2;
  };
  return people
    .filter((person) => person.name.trim() !== '' && score(person) < 2)
    .sort((a, b) => score(a) - score(b) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

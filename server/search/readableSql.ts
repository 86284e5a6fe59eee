import { privateLayerId, privateLayerPrefix } from '../../shared/access.js';
import { teamLayerId, type DocumentRecord } from '../../shared/document.js';
import { storyIdOf } from '../../shared/story.js';
import type { Reader } from './SearchIndex.js';

/** How a document's assignment stands, as the search tables keep it: none, students working blind, or revealed. */
export type AssignmentState = 'none' | 'hidden' | 'revealed';

/** A record's {@link AssignmentState}. */
export function assignmentStateOf(record: Pick<DocumentRecord, 'assignment'>): AssignmentState {
  if (record.assignment === undefined) return 'none';
  return record.assignment.revealed ? 'revealed' : 'hidden';
}

/**
 * What a reader may find, as an SQL condition on the search tables' columns
 * `story` (the story of the row's document, `storyIdOf`), `deleted`,
 * `assignment` ({@link AssignmentState}) and, for marks, `layer`: the role
 * table of `roomAccess`, so that PostgreSQL filters and counts only what the
 * reader may read. Values go into `values` as parameters; the role decides
 * which branches there are. `tests/integration/server/search/readableSql`
 * checks it against `roomAccess` for every role, layer and assignment.
 */
export function readableSql(reader: Reader, values: unknown[], of: 'articles' | 'marks'): string {
  const slot = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  // Nothing in the trash, for anyone.
  const clauses = ['NOT deleted'];
  // A token for one document opens every version of its story.
  if (reader.doc !== '*') clauses.push(`story = ${slot(storyIdOf(reader.doc))}`);
  // The article: every role reads it.
  if (of === 'articles' || reader.role === 'owner') return clauses.join(' AND ');
  // Owners read every layer; the others, by the layer.
  const team = slot(teamLayerId);
  const layers: string[] = [];
  // Their own private layer: everyone but a viewer (who has none).
  if (reader.role !== 'viewer') layers.push(`layer = ${slot(privateLayerId(reader))}`);
  // The team layer: everyone but a student working blind.
  layers.push(reader.role === 'annotator' ? `(layer = ${team} AND assignment <> 'hidden')` : `layer = ${team}`);
  // Other people's private layers: students once the owner revealed them (no other layer is made today, and owners only read those).
  if (reader.role === 'annotator') layers.push(`(starts_with(layer, ${slot(privateLayerPrefix)}) AND assignment = 'revealed')`);
  clauses.push(`(${layers.join(' OR ')})`);
  return clauses.join(' AND ');
}

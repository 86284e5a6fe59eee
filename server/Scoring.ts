import { InputError } from '../shared/errors.js';
import type { FileBody } from './jobs/exportFile.js';
import { agreementToCsv, agreementToText, missedToCsv, scoresToCsv, scoresToText } from '../shared/agreement/scoreTable.js';
import {
  CodePointOffsets,
  compareLayers,
  reportInCodePoints,
  scoreAgainstKey,
  skippedEntries,
  spansOf,
  teamLayerId,
  type CodedLayer,
  type LayerAgreement,
  type ScoreReport,
  type SkippedEntry,
} from '../shared/index.js';
import type { InviteRecord } from './store/Store.js';
import { exportModelOf, type DocumentState } from './jobs/DocumentState.js';
import { layerNames, studentLayers } from './layerNames.js';

/** The team layer when no one marked in it: not someone to score. */
function isEmptyTeam(layer: CodedLayer): boolean {
  return layer.id === teamLayerId && layer.spans.length === 0;
}

/** Scores were asked for a document that has no answer key. */
export class AnswerKeyMissingError extends Error {
  override readonly name = 'AnswerKeyMissingError';
  constructor(id: string) {
    super(`Document ${id} has no answer key: an owner marks one layer as the key first.`);
  }
}

/** How a report is written out. */
export const reportFormats = ['json', 'csv', 'text'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Which table of the scores a CSV holds: one row per student, or one per answer-key span. */
export const scoreTables = ['students', 'missed'] as const;
export type ScoreTable = (typeof scoreTables)[number];

/** A report written out, ready to send or save. */
export interface RenderedReport {
  body: FileBody;
  contentType: string;
  extension: string;
  /** Damaged annotation entries the report left out. */
  skipped: SkippedEntry[];
}

function checkFormat(format: string): ReportFormat {
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw new InputError(`Unknown report format "${format}": use one of ${reportFormats.join(', ')}.`);
  }
  return format as ReportFormat;
}

/** Writes a class's scores as JSON, CSV (the students' table or the missed spans') or text. */
export function renderScores(report: ScoreReport, format: string, table = 'students'): RenderedReport {
  if (!(scoreTables as readonly string[]).includes(table)) {
    throw new InputError(`Unknown table "${table}": use one of ${scoreTables.join(', ')}.`);
  }
  const skipped = report.skipped ?? [];
  switch (checkFormat(format)) {
    case 'json':
      return { body: JSON.stringify(report, null, 2), contentType: 'application/json; charset=utf-8', extension: 'scores.json', skipped };
    case 'csv':
      return table === 'missed'
        ? { body: missedToCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'missed.csv', skipped }
        : { body: scoresToCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'scores.csv', skipped };
    case 'text':
      return { body: scoresToText(report), contentType: 'text/plain; charset=utf-8', extension: 'scores.txt', skipped };
  }
}

/** Writes agreement among layers as JSON, CSV or text. */
export function renderAgreement(report: LayerAgreement, format: string): RenderedReport {
  const skipped = report.skipped ?? [];
  switch (checkFormat(format)) {
    case 'json':
      return {
        body: JSON.stringify(report, null, 2),
        contentType: 'application/json; charset=utf-8',
        extension: 'agreement.json',
        skipped,
      };
    case 'csv':
      return { body: agreementToCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'agreement.csv', skipped };
    case 'text':
      return { body: agreementToText(report), contentType: 'text/plain; charset=utf-8', extension: 'agreement.txt', skipped };
  }
}

/**
 * Every layer of a state with its spans: the state's layers, and the private
 * layers of annotators' unrevoked invitations that hold nothing yet (a student
 * who marked nothing is scored, not left out). Layers are named after their
 * invitation's label (the student's name), the team layer "Team", any other by its id.
 */
function codedLayers(
  state: DocumentState,
  invites: readonly InviteRecord[],
): { text: string; layers: CodedLayer[]; skipped: SkippedEntry[] } {
  const model = exportModelOf(state);
  const names = layerNames(state.record, invites);
  const layers: CodedLayer[] = model.layers.map((layer) => ({
    id: layer.id,
    name: names.get(layer.id) ?? layer.id,
    spans: spansOf(layer.annotations),
  }));
  const removed = new Set(state.record.removedLayers ?? []);
  for (const layerId of studentLayers(invites)) {
    if (!removed.has(layerId) && !layers.some((layer) => layer.id === layerId)) {
      layers.push({ id: layerId, name: names.get(layerId) ?? layerId, spans: [] });
    }
  }
  return { text: model.text, layers, skipped: skippedEntries(model) };
}

/**
 * Scores every layer but the key against the document's answer key, the
 * students in the order of their names. The team layer is scored only when
 * it holds marks. Throws AnswerKeyMissingError when no key is set.
 */
export function scoreState(state: DocumentState, invites: readonly InviteRecord[]): ScoreReport {
  const { answerKey } = state.record;
  if (answerKey === undefined) throw new AnswerKeyMissingError(state.record.id);
  const { text, layers, skipped } = codedLayers(state, invites);
  const key = layers.find((layer) => layer.id === answerKey) ?? { id: answerKey, name: answerKey, spans: [] };
  const students = layers
    .filter((layer) => layer.id !== key.id && !isEmptyTeam(layer))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const scored = new Set([key.id, ...students.map((student) => student.id)]);
  // Offsets leave factmark in code points.
  const report = reportInCodePoints(scoreAgainstKey(text, key, students), CodePointOffsets.of(text));
  return { ...report, skipped: skipped.filter((entry) => scored.has(entry.layer)) };
}

/**
 * Agreement among some of a document's layers, pairwise and all together:
 * those named (each once), else every layer Class results counts (the
 * students' layers, empty ones included, the key and a team layer that holds
 * marks) that the caller may read. Throws an InputError for a layer the
 * document does not have (naming none of the others: the caller may not be
 * allowed to read them).
 */
export function agreementOfState(
  state: DocumentState,
  invites: readonly InviteRecord[],
  layerIds?: readonly string[],
  readable?: readonly string[],
): LayerAgreement {
  const { text, layers, skipped } = codedLayers(state, invites);
  // Only the chosen layers' damaged entries: the caller may not read the others.
  // Offsets leave factmark in code points.
  const withSkipped = (report: LayerAgreement, chosen: readonly CodedLayer[]): LayerAgreement => ({
    ...reportInCodePoints(report, CodePointOffsets.of(text)),
    skipped: skipped.filter((entry) => chosen.some((layer) => layer.id === entry.layer)),
  });
  if (layerIds === undefined) {
    const counted = layers.filter((layer) => (readable === undefined || readable.includes(layer.id)) && !isEmptyTeam(layer));
    return withSkipped(compareLayers(text, counted), counted);
  }
  // Each layer once: a list naming one layer many times would only multiply the pairs.
  const chosen = Array.from(new Set(layerIds)).map((layerId) => {
    const layer = layers.find((candidate) => candidate.id === layerId);
    if (layer === undefined) throw new InputError(`Document ${state.record.id} has no layer "${layerId}".`);
    return layer;
  });
  return withSkipped(compareLayers(text, chosen), chosen);
}

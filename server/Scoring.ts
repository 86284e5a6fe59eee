import { agreementToCsv, agreementToText, missedToCsv, scoresToCsv, scoresToText } from '../shared/agreement/scoreTable.js';
import {
  compareLayers,
  scoreAgainstKey,
  spansOf,
  teamLayerId,
  type CodedLayer,
  type LayerAgreement,
  type ScoreReport,
} from '../shared/index.js';
import type { Documents } from './Documents.js';
import type { Invites } from './Invites.js';
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
  body: string;
  contentType: string;
  extension: string;
}

function checkFormat(format: string): ReportFormat {
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw new RangeError(`Unknown report format "${format}": use one of ${reportFormats.join(', ')}.`);
  }
  return format as ReportFormat;
}

/** Writes a class's scores as JSON, CSV (the students' table or the missed spans') or text. */
export function renderScores(report: ScoreReport, format: string, table = 'students'): RenderedReport {
  if (!(scoreTables as readonly string[]).includes(table)) {
    throw new RangeError(`Unknown table "${table}": use one of ${scoreTables.join(', ')}.`);
  }
  switch (checkFormat(format)) {
    case 'json':
      return { body: JSON.stringify(report, null, 2), contentType: 'application/json; charset=utf-8', extension: 'scores.json' };
    case 'csv':
      return table === 'missed'
        ? { body: missedToCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'missed.csv' }
        : { body: scoresToCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'scores.csv' };
    case 'text':
      return { body: scoresToText(report), contentType: 'text/plain; charset=utf-8', extension: 'scores.txt' };
  }
}

/** Writes agreement among layers as JSON, CSV or text. */
export function renderAgreement(report: LayerAgreement, format: string): RenderedReport {
  switch (checkFormat(format)) {
    case 'json':
      return { body: JSON.stringify(report, null, 2), contentType: 'application/json; charset=utf-8', extension: 'agreement.json' };
    case 'csv':
      return { body: agreementToCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'agreement.csv' };
    case 'text':
      return { body: agreementToText(report), contentType: 'text/plain; charset=utf-8', extension: 'agreement.txt' };
  }
}

/**
 * Agreement and answer-key scores of a document's layers, for the API and
 * the CLI alike. Layers are named after their invitation's label (the
 * student's name), the team layer "Team", any other by its id.
 */
export class Scoring {
  private readonly documents: Documents;
  private readonly invites: Pick<Invites, 'list'>;

  constructor(documents: Documents, invites: Pick<Invites, 'list'>) {
    this.documents = documents;
    this.invites = invites;
  }

  /**
   * Every layer with its spans: the stored ones, and the private layers of
   * annotators' unrevoked invitations that hold nothing yet (a student who
   * marked nothing is scored, not left out).
   */
  private async codedLayers(id: string): Promise<{ text: string; layers: CodedLayer[] }> {
    const record = await this.documents.get(id);
    const model = await this.documents.exportModel(id);
    const invites = await this.invites.list(id);
    const names = layerNames(record, invites);
    const layers: CodedLayer[] = model.layers.map((layer) => ({
      id: layer.id,
      name: names.get(layer.id) ?? layer.id,
      spans: spansOf(layer.annotations),
    }));
    const removed = new Set(record.removedLayers ?? []);
    for (const layerId of studentLayers(invites)) {
      if (!removed.has(layerId) && !layers.some((layer) => layer.id === layerId)) {
        layers.push({ id: layerId, name: names.get(layerId) ?? layerId, spans: [] });
      }
    }
    return { text: model.text, layers };
  }

  /**
   * Scores every layer but the key against the document's answer key, the
   * students in the order of their names. The team layer is scored only when
   * it holds marks. Throws
   * AnswerKeyMissingError when no key is set.
   */
  async scores(id: string): Promise<ScoreReport> {
    const record = await this.documents.get(id);
    if (record.answerKey === undefined) throw new AnswerKeyMissingError(id);
    const { text, layers } = await this.codedLayers(id);
    const key = layers.find((layer) => layer.id === record.answerKey) ?? { id: record.answerKey, name: record.answerKey, spans: [] };
    const students = layers
      .filter((layer) => layer.id !== key.id && !isEmptyTeam(layer))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return scoreAgainstKey(text, key, students);
  }

  /**
   * Agreement among some of a document's layers, pairwise and all together:
   * those named (each once), else every layer Class results counts (the
   * students' layers, empty ones included, the key and a team layer that
   * holds marks) that `readable` allows. Throws a RangeError for a layer the
   * document does not have.
   */
  async agreement(id: string, layerIds?: readonly string[], readable: (layer: string) => boolean = () => true): Promise<LayerAgreement> {
    const { text, layers } = await this.codedLayers(id);
    if (layerIds === undefined)
      return compareLayers(
        text,
        layers.filter((layer) => readable(layer.id) && !isEmptyTeam(layer)),
      );
    // Each layer once: a list naming one layer many times would only multiply the pairs.
    const chosen = Array.from(new Set(layerIds)).map((layerId) => {
      const layer = layers.find((candidate) => candidate.id === layerId);
      if (layer === undefined) {
        throw new RangeError(`Document ${id} has no layer "${layerId}"; it has ${layers.map((candidate) => candidate.id).join(', ')}.`);
      }
      return layer;
    });
    return compareLayers(text, chosen);
  }
}

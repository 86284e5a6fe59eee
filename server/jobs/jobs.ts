import { createHash } from 'node:crypto';
import { InputError } from '../../shared/errors.js';
import {
  corpusEntry,
  ImportError,
  skippedEntries,
  summarizeDocument,
  toPublicPage,
  type CorpusEntry,
  type CorpusFormat,
  type DocumentRecord,
  type DocumentSummary,
  type Organisation,
  type PublicPageOptions,
  type SkippedEntry,
} from '../../shared/index.js';
import { compareStates, renderComparison, type CompareFormat, type ComparisonFile } from '../Comparison.js';
import { agreementOfState, AnswerKeyMissingError, renderAgreement, renderScores, scoreState, type RenderedReport } from '../Scoring.js';
import type { InviteRecord } from '../store/Store.js';
import { searchExtractOf, type SearchExtract } from '../../shared/search/index.js';
import { exportModelOf, stateBytes, type DocumentState } from './DocumentState.js';
import { exportFile, type ExportedFile, type ExportFormat } from './exportFile.js';
import {
  importArticle,
  importFactmark,
  importFile,
  placeAnnotations,
  type ImportedArticleState,
  type ImportedFileState,
  type ImportFileInput,
  type ImportedFactmarkState,
  type PlacedAnnotations,
} from './importing.js';
import { carryMarks, importPage, type CarriedMarks, type ImportedPageState } from './versions.js';

/**
 * The heavy work the server does off its event loop, each as plain data in
 * and out (bytes, strings, records), so it can be posted to a worker thread.
 */
export interface JobInputs {
  /** `layerNames`: who each layer is for, which the thread cannot know (the invitations are the server's). */
  export: { state: DocumentState; format: ExportFormat; publicUrl: string; organisation: Organisation; layerNames: Record<string, string> };
  importArticle: { format: string; content: unknown; title?: string; maxBytes: number };
  importFile: ImportFileInput;
  importFactmark: { content: unknown; maxBytes: number };
  placeAnnotations: { article: Uint8Array[]; layer: Uint8Array[]; layerId: string; content: unknown; now: string };
  compare: { a: DocumentState; b: DocumentState; annotations: { a: boolean; b: boolean }; format: CompareFormat };
  scores: { state: DocumentState; invites: InviteRecord[]; format: string; table: string };
  agreement: { state: DocumentState; invites: InviteRecord[]; layers?: string[]; readable?: string[]; format: string };
  publish: { state: DocumentState; options: PublicPageOptions };
  // Corpus exports (corpus issue): one document's part of the file, and its counts for the datasheet.
  corpusPart: { state: DocumentState; format: CorpusFormat; publicUrl: string };
  searchExtract: { state: DocumentState };
  importPage: { html: string; url: string; title?: string; maxBytes: number };
  carryMarks: {
    from: { record: DocumentRecord; article: Uint8Array[]; layers: { id: string; updates: Uint8Array[] }[] };
    article: Uint8Array;
  };
  /** A large JSON request body, decoded and parsed off the event loop. */
  parseJson: { bytes: Uint8Array };
}

/** What each job gives back. */
export interface JobResults {
  export: ExportedFile;
  importArticle: ImportedArticleState;
  importFile: ImportedFileState;
  importFactmark: ImportedFactmarkState;
  placeAnnotations: PlacedAnnotations;
  compare: ComparisonFile;
  scores: RenderedReport;
  agreement: RenderedReport;
  importPage: ImportedPageState;
  carryMarks: CarriedMarks;
  searchExtract: SearchExtract;
  corpusPart: { entry: CorpusEntry; summary: DocumentSummary; skipped: SkippedEntry[] };
  publish: RenderedPublicPage;
  parseJson: unknown;
}

/** A public page rendered: the HTML, and the CSP source (`'sha256-…'`) that allows its stylesheet and nothing else. */
export interface RenderedPublicPage {
  html: string;
  styleSource: string;
}

export type JobType = keyof JobInputs;
export type Job<K extends JobType = JobType> = { [T in K]: { type: T } & JobInputs[T] }[K];

/** Runs a job, wherever it runs (a worker thread, or inline in a command). */
export type JobRunner = <K extends JobType>(job: Job<K>) => Promise<JobResults[K]>;

/** A job's answer as it crosses a thread: errors as plain data, so their kind survives. */
export type JobOutcome<K extends JobType = JobType> = { ok: true; value: JobResults[K] } | { ok: false; error: JobErrorData };

/** An error thrown by a job, as plain data. */
export interface JobErrorData {
  name: string;
  message: string;
  reason?: string;
  /** The field at fault, for an InputError. */
  path?: string;
}

const size = (value: unknown): number => (typeof value === 'string' ? Buffer.byteLength(value) : 0);

/** The input bytes of a job: the Yjs state it reads and the text it imports, for its size limit. */
export function jobBytes(job: Job): number {
  const updates = (list: readonly Uint8Array[]) => list.reduce((total, update) => total + update.byteLength, 0);
  switch (job.type) {
    case 'export':
    case 'publish':
    case 'scores':
    case 'agreement':
    case 'corpusPart':
    case 'searchExtract':
      return stateBytes(job.state);
    case 'compare':
      return stateBytes(job.a) + stateBytes(job.b);
    case 'importArticle':
    case 'importFactmark':
      return size(job.content);
    case 'importFile':
      return job.content.byteLength;
    case 'placeAnnotations':
      return updates(job.article) + updates(job.layer) + size(job.content);
    case 'importPage':
      return size(job.html);
    case 'carryMarks':
      return updates(job.from.article) + job.from.layers.reduce((sum, layer) => sum + updates(layer.updates), 0) + job.article.byteLength;
    case 'parseJson':
      return job.bytes.byteLength;
  }
}

/** Runs a job's work; converters of binary formats are asynchronous, so every job is. */
async function compute(job: Job): Promise<JobResults[JobType]> {
  switch (job.type) {
    case 'export':
      return exportFile(exportModelOf(job.state), job.format, job);
    case 'importArticle':
      return importArticle(job);
    case 'importFile':
      return importFile(job);
    case 'importFactmark':
      return importFactmark(job);
    case 'placeAnnotations':
      return placeAnnotations(job);
    case 'compare':
      return renderComparison(compareStates(job.a, job.b, job.annotations), job.format);
    case 'scores':
      return renderScores(scoreState(job.state, job.invites), job.format, job.table);
    case 'agreement':
      return renderAgreement(agreementOfState(job.state, job.invites, job.layers, job.readable), job.format);
    case 'publish': {
      const page = toPublicPage(exportModelOf(job.state), job.options);
      return { html: page.html, styleSource: `'sha256-${createHash('sha256').update(page.styles).digest('base64')}'` };
    }
    case 'corpusPart': {
      const model = exportModelOf(job.state);
      return { entry: corpusEntry(model, job.format, job), summary: summarizeDocument(model), skipped: skippedEntries(model) };
    }
    case 'searchExtract':
      return searchExtractOf(exportModelOf(job.state));
    case 'importPage':
      return importPage(job);
    case 'carryMarks':
      return carryMarks(job);
    case 'parseJson':
      // A byte-order mark is kept, as the event loop's own reading keeps it (and JSON refuses it).
      return JSON.parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(job.bytes)) as unknown;
  }
}

/** Runs a job here and now; errors come back as data. What a worker thread runs. */
export async function runJob(job: Job): Promise<JobOutcome> {
  try {
    return { ok: true, value: await compute(job) };
  } catch (error) {
    if (!(error instanceof Error)) return { ok: false, error: { name: 'Error', message: String(error) } };
    return {
      ok: false,
      error: {
        name: error.name,
        message: error.message,
        ...(error instanceof ImportError ? { reason: error.reason } : {}),
        ...(error instanceof InputError ? { name: 'InputError', path: error.path } : {}),
      },
    };
  }
}

/** The error a job threw, as the kind of error it was: input errors stay input errors. */
export function reviveJobError(data: JobErrorData): Error {
  switch (data.name) {
    case 'ImportError':
      return new ImportError((data.reason ?? 'parse') as ImportError['reason'], data.message);
    case 'InputError':
      return new InputError(data.message, data.path);
    case 'RangeError':
      return new RangeError(data.message);
    case 'TypeError':
      return new TypeError(data.message);
    case 'SyntaxError':
      return new SyntaxError(data.message);
    case 'AnswerKeyMissingError':
      return Object.assign(new AnswerKeyMissingError(''), { message: data.message });
  }
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}

/** Runs jobs inline, on the caller's thread: for commands, which serve no one else meanwhile. */
export const runInline: JobRunner = async <K extends JobType>(job: Job<K>) => {
  const outcome = await runJob(job as Job);
  if (!outcome.ok) throw reviveJobError(outcome.error);
  return outcome.value as JobResults[K];
};

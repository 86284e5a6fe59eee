import { performance } from 'node:perf_hooks';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { exportModelOf, type DocumentState } from '../server/jobs/DocumentState.js';
import { exportFile, type ExportFormat } from '../server/jobs/exportFile.js';
import {
  articleFragmentName,
  articleSchema,
  buildExportModel,
  toClaimReview,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
  toWebAnnotation,
  type ExportModel,
} from '../shared/index.js';
import { generateArticle } from './generate.js';

/** Milliseconds per export, best of a few runs, for a generated article. */
export interface ExportResult {
  words: number;
  annotations: number;
  /** Building the export model: placing every annotation and computing offsets. */
  modelMs: number;
  formats: Record<string, number>;
  /**
   * An export job as a worker thread runs it, from the stored updates: the
   * first (reading the rooms and placing every mark), then each format
   * repeated on the same version (the placing reused), in ms.
   */
  job?: { firstMs: number; repeated: Record<string, number> };
}

function best(runs: number, work: () => unknown): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function bestAsync(runs: number, work: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/**
 * Times each export format on a generated article (the model built once, then
 * each format on it), then, unless `withJob` is false, export jobs from stored updates.
 */
export async function runExportBench(words: number, annotations: number, runs = 3, withJob = true): Promise<ExportResult> {
  const { record, article, layer } = generateArticle(words, annotations);
  const fragment = article.getXmlFragment(articleFragmentName);
  const doc = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
  let model: ExportModel | null = null;
  const modelMs = best(runs, () => {
    model = buildExportModel(record, { ydoc: article, fragment, doc }, [{ id: 'team', doc: layer }]);
  });
  const built = model as ExportModel | null;
  if (built === null) throw new Error('The export model was not built.');
  // Published somewhere, so every claim with a verdict is reviewed.
  const published: ExportModel = { ...built, record: { ...built.record, reviewUrl: 'https://factmark.example/checks/bench-article' } };
  const formats: Record<string, number> = {
    factmark: best(runs, () => toFactmarkJson(built)),
    wa: best(runs, () => toWebAnnotation(built, { publicUrl: 'https://factmark.example' })),
    claimreview: best(runs, () => toClaimReview(published, { organisation: { name: 'Bench' } })),
    html: best(runs, () => toHtml(built)),
    csv: best(runs, () => toCsv(built, { publicUrl: 'https://desk.example' })),
    markdown: best(runs, () => toMarkdown(built)),
  };
  if (!withJob) return { words, annotations, modelMs, formats };
  const state: DocumentState = {
    record,
    article: [Y.encodeStateAsUpdate(article)],
    layers: [{ id: 'team', updates: [Y.encodeStateAsUpdate(layer)] }],
    version: 'bench-article at one version',
  };
  const options = { publicUrl: 'https://factmark.example', organisation: { name: 'Bench' } };
  const start = performance.now();
  exportModelOf(state);
  const firstMs = performance.now() - start;
  const repeated: Record<string, number> = {};
  for (const format of ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text'] satisfies ExportFormat[])
    repeated[format] = await bestAsync(runs, () => exportFile(exportModelOf(state), format, options));
  return { words, annotations, modelMs, formats, job: { firstMs, repeated } };
}

import { toCsvText } from '../export/csv.js';
import type { ScoreReport } from './answerKey.js';
import type { LayerAgreement } from './layerAgreement.js';
import { spanKinds } from './span.js';

/** A figure as tables show it: four decimals. */
function figure(value: number): string {
  return value.toFixed(4);
}

/** The columns of the student scores CSV, in order. */
export const scoreColumns = [
  'student',
  'layer',
  'spans',
  'f1_overlap',
  'precision_overlap',
  'recall_overlap',
  'f1_exact',
  'precision_exact',
  'recall_exact',
  'kappa',
  'alpha',
  ...spanKinds.map((kind) => `f1_overlap_${kind}`),
  ...spanKinds.map((kind) => `f1_exact_${kind}`),
  ...spanKinds.map((kind) => `kappa_${kind}`),
  ...spanKinds.map((kind) => `alpha_${kind}`),
] as const;

/** One row per student: the figures against the answer key. */
export function scoresToCsv(report: ScoreReport): string {
  const rows = report.students.map((student) => [
    student.name,
    student.layer,
    student.spans,
    figure(student.overlap.all.f1),
    figure(student.overlap.all.precision),
    figure(student.overlap.all.recall),
    figure(student.exact.all.f1),
    figure(student.exact.all.precision),
    figure(student.exact.all.recall),
    figure(student.kappa.all),
    figure(student.alpha.all),
    ...spanKinds.map((kind) => figure(student.overlap[kind].f1)),
    ...spanKinds.map((kind) => figure(student.exact[kind].f1)),
    ...spanKinds.map((kind) => figure(student.kappa[kind])),
    ...spanKinds.map((kind) => figure(student.alpha[kind])),
  ]);
  return toCsvText([Array.from(scoreColumns), ...rows]);
}

/** One row per answer-key span, the most missed first. */
export function missedToCsv(report: ScoreReport): string {
  const rows = report.mostMissed.map((span) => [
    span.kind,
    span.start,
    span.end,
    span.quote,
    span.missed,
    span.total,
    span.missedBy.join('; '),
  ]);
  return toCsvText([['kind', 'start', 'end', 'quote', 'missed', 'students', 'missed_by'], ...rows]);
}

/** Each pair of layers by name, with its pooled F1 (overlapping, exact), kappa and alpha. */
function pairRows(report: LayerAgreement): string[][] {
  const name = (id: string) => report.layers.find((layer) => layer.id === id)?.name ?? id;
  return report.pairs.map((pair) => [
    name(pair.a),
    name(pair.b),
    figure(pair.overlap.all.f1),
    figure(pair.exact.all.f1),
    figure(pair.kappa.all),
    figure(pair.alpha.all),
  ]);
}

/** One row per pair of layers, then a row for uα of all of them (b empty). */
export function agreementToCsv(report: LayerAgreement): string {
  const rows: (string | number)[][] = pairRows(report);
  if (report.alpha !== null) rows.push(['all layers', '', '', '', '', figure(report.alpha.all)]);
  return toCsvText([['a', 'b', 'f1_overlap', 'f1_exact', 'kappa', 'alpha'], ...rows]);
}

/** Pads the cells of a table into aligned columns. */
function textTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The scores as a plain-text table and the most-missed spans, for a terminal. */
export function scoresToText(report: ScoreReport): string {
  const students = textTable([
    ['student', 'F1 overlap', 'F1 exact', 'kappa', 'alpha', ...spanKinds.map((kind) => `F1 ${kind}`)],
    ...report.students.map((student) => [
      student.name,
      figure(student.overlap.all.f1),
      figure(student.exact.all.f1),
      figure(student.kappa.all),
      figure(student.alpha.all),
      ...spanKinds.map((kind) => figure(student.overlap[kind].f1)),
    ]),
  ]);
  const missed = report.mostMissed
    .filter((span) => span.missed > 0)
    .map((span) => `  ${span.missed}/${span.total}  ${span.kind}  “${span.quote}”`);
  return [
    `Answer key: ${report.key.name} (${report.key.spans} spans); ${report.students.length} students.`,
    '',
    students,
    '',
    ...(report.classAlpha === null ? [] : [`Alpha among the students: ${figure(report.classAlpha.all)}`, '']),
    missed.length === 0 ? 'No student missed any span of the key.' : `Most missed:\n${missed.join('\n')}`,
    '',
  ].join('\n');
}

/** The pairwise agreement as a plain-text table, for a terminal. */
export function agreementToText(report: LayerAgreement): string {
  const table = textTable([['a', 'b', 'F1 overlap', 'F1 exact', 'kappa', 'alpha'], ...pairRows(report)]);
  const all =
    report.alpha === null
      ? 'Fewer than two layers: nothing to compare.'
      : `Alpha of all ${report.layers.length} layers: ${figure(report.alpha.all)}`;
  const layers = report.layers.map((layer) => `  ${layer.name} (${layer.id}): ${layer.spans} spans`).join('\n');
  return `Layers:\n${layers}\n\n${table}\n\n${all}\n`;
}

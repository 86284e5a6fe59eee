import type { Comparison } from './compare.js';
import type { QuotationPair } from './quotationPairs.js';
import type { AlignedRow } from './rows.js';
import { rowFigureNotes } from './highlights.js';
import { quotationStatusLabels, rowStatusLabels } from './html.js';
import type { SpeakerComparison, SpeakerMention } from './speakers.js';
import type { TextSpan } from '../prose/index.js';

/** "Only in A" as "only in A". */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function written(mention: SpeakerMention | null): string {
  if (mention === null) return 'not named';
  return mention.role === '' ? mention.name : `${mention.name} (${mention.role})`;
}

function speakerLine(speakers: SpeakerComparison | null): string[] {
  if (speakers === null || speakers.differs.length === 0) return [];
  const what = speakers.differs.includes('name') ? 'speaker differs' : 'title differs';
  return [`    ! ${what}: A ${written(speakers.a)} / B ${written(speakers.b)}`];
}

/** Where the sentence and quotation texts of a comparison are. */
function slicer(comparison: Comparison) {
  return (side: 'a' | 'b', span: TextSpan | undefined) => (span === undefined ? '' : comparison[side].text.slice(span.start, span.end));
}

function rowLines(comparison: Comparison, row: AlignedRow): string[] {
  const text = slicer(comparison);
  const sentence = (side: 'a' | 'b') => text(side, row[side] === null ? undefined : comparison[side].sentences[row[side]]);
  const status = `[${lowerFirst(rowStatusLabels[row.status])}${row.moved ? ', moved' : ''}]`;
  const lines =
    row.status === 'same' || row.status === 'only-a'
      ? [`${status} ${sentence('a')}`]
      : row.status === 'only-b'
        ? [`${status} ${sentence('b')}`]
        : [`${status}`, `    A: ${sentence('a')}`, `    B: ${sentence('b')}`];
  if (row.words.a.length + row.words.b.length > 0) {
    const words = (side: 'a' | 'b') => row.words[side].map((span) => `“${text(side, span)}”`).join(', ') || '—';
    lines.push(`    words: A ${words('a')} → B ${words('b')}`);
  }
  for (const note of rowFigureNotes(comparison, row)) lines.push(`    ${note}`);
  return [...lines, ...speakerLine(row.speakers)];
}

function quotationLines(comparison: Comparison, pair: QuotationPair): string[] {
  const text = slicer(comparison);
  const quote = (side: 'a' | 'b') => {
    const index = pair[side];
    return index === null ? '' : `“${text(side, comparison[side].quotations[index])}” — ${written(pair.speakers[side])}`;
  };
  const lines = [`[${lowerFirst(quotationStatusLabels[pair.status])}]`];
  if (pair.a !== null) lines.push(`    A: ${quote('a')}`);
  if (pair.b !== null) lines.push(`    B: ${quote('b')}`);
  if (pair.status === 'reworded') {
    const words = (side: 'a' | 'b') => pair.words[side].map((span) => `“${text(side, span)}”`).join(', ') || '—';
    lines.push(`    words: A ${words('a')} → B ${words('b')}`);
  }
  return [...lines, ...speakerLine(pair.speakers)];
}

/** Everyone either version gives a title, with the titles of each and a flag where they differ. */
function peopleLines(comparison: Comparison): string[] {
  const titled = comparison.people.filter((person) => person.a.length + person.b.length > 0);
  if (titled.length === 0) return ['(none)'];
  const titles = (list: Comparison['people'][number]['a']) => list.map((title) => `“${title.title}”`).join('; ') || '—';
  return titled.flatMap((person) => [
    `${person.name}${person.drift === null ? '' : '  ! title differs'}`,
    `    A: ${titles(person.a)}`,
    `    B: ${titles(person.b)}`,
  ]);
}

/** The comparison as plain text for a terminal: a summary, every row and every quotation with what changed. */
export function toCompareText(comparison: Comparison): string {
  const { a, b, summary } = comparison;
  const { sentences, quotations } = summary;
  return [
    `A: ${a.title} (${a.id})`,
    `B: ${b.title} (${b.id})`,
    '',
    `Sentences: ${sentences.same} same, ${sentences.changed} changed (${sentences.moved} moved), ${sentences.onlyA} only in A, ${sentences.onlyB} only in B.`,
    `Quotations: ${quotations.verbatim} verbatim, ${quotations.reworded} reworded, ${quotations.onlyA} only in A, ${quotations.onlyB} only in B.`,
    `Speaker changes: ${summary.speakerFlags}. Title drifts: ${summary.titleDrifts}. Changed figures: ${summary.changedFigures}. Details in one version only: ${summary.droppedDetails}.`,
    '',
    'SENTENCES',
    ...comparison.rows.flatMap((row) => rowLines(comparison, row)),
    '',
    'QUOTATIONS',
    ...(comparison.quotations.length === 0 ? ['(none)'] : comparison.quotations.flatMap((pair) => quotationLines(comparison, pair))),
    '',
    'PEOPLE',
    ...peopleLines(comparison),
    '',
  ].join('\n');
}

import { annotationKinds } from '../annotation.js';
import { annotationStyles, escapeHtml, standalonePage } from '../export/html.js';
import { kindLabels } from '../export/labels.js';
import type { Comparison } from './compare.js';
import type { QuotationPair } from './quotationPairs.js';
import type { AlignedRow } from './rows.js';
import { quotationHighlights, rowFigureNotes, rowHighlights, segmentSpan, type Highlight } from './highlights.js';
import type { SpeakerComparison, SpeakerMention } from './speakers.js';
import type { TextSpan } from '../prose/index.js';

/** What each row status and quotation status is called on the page. */
export const rowStatusLabels: Record<AlignedRow['status'], string> = {
  same: 'Same',
  changed: 'Changed',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};
export const quotationStatusLabels: Record<QuotationPair['status'], string> = {
  verbatim: 'Verbatim',
  reworded: 'Reworded',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};

const styles = `${annotationStyles}
  body { font-family: Charter, Georgia, 'Noto Serif', serif; color: #1d2433; max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.55; }
  h1 { line-height: 1.2; font-size: 1.6rem; }
  .meta, .legend, .status, .notes, th, .summary { font-family: system-ui, sans-serif; font-size: 0.85rem; }
  .meta { color: #5b6578; }
  .legend { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0.6rem 0.8rem; border: 1px solid #e3e0d8; border-radius: 6px; }
  .legend span { padding: 0 0.3rem; }
  table { border-collapse: collapse; width: 100%; margin-top: 1rem; table-layout: fixed; }
  th, td { border-bottom: 1px solid #e3e0d8; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
  th.status, td.status { width: 6.5rem; }
  tr.para td { border-top: 2px solid #c9c4b8; }
  td.missing { background: repeating-linear-gradient(135deg, #f6f4ef, #f6f4ef 6px, #fff 6px, #fff 12px); color: #8a8f9c; font-style: italic; }
  .status { font-weight: 600; }
  tr.only-a .status, tr.only-b .status { color: #8a4b00; }
  tr.changed .status { color: #1f5fa8; }
  .chg { background: #ffe7a8; box-shadow: inset 0 -2px 0 #c98a00; }
  .fig { border-bottom: 3px double #b3261e; color: #b3261e; font-weight: 600; }
  .spk { border: 2px dashed #7b3fb0; border-radius: 3px; }
  .notes { color: #5b6578; margin-top: 0.2rem; }
  .flag { color: #7b3fb0; font-weight: 600; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    tr { break-inside: avoid; }
    .chg { background: none; text-decoration: underline double; box-shadow: none; }
    td.missing { background: none; }
  }
`;

const highlightClasses: Record<Highlight['kind'], string> = {
  claim: 'a a-claim',
  denial: 'a a-denial',
  attribution: 'a a-attribution',
  change: 'chg',
  figure: 'fig',
  speaker: 'spk',
};

/** A span of a version's text as HTML, each highlight a nested span (outermost first) with its label as a title. */
function renderSpan(text: string, span: TextSpan, highlights: readonly Highlight[]): string {
  return segmentSpan(span, highlights)
    .map((segment) => {
      let html = escapeHtml(text.slice(segment.start, segment.end));
      for (const highlight of [...segment.highlights].reverse()) {
        html = `<span class="${highlightClasses[highlight.kind]}" title="${escapeHtml(highlight.label)}">${html}</span>`;
      }
      return html;
    })
    .join('');
}

function written(mention: SpeakerMention | null): string {
  if (mention === null) return '—';
  return `${escapeHtml(mention.name)}${mention.role === '' ? '' : `, “${escapeHtml(mention.role)}”`}`;
}

function speakerNote(speakers: SpeakerComparison | null): string {
  if (speakers === null || speakers.differs.length === 0) return '';
  const what = speakers.differs.includes('name') ? 'Speaker differs' : 'Title differs';
  return `<div class="notes"><span class="flag">⚑ ${what}:</span> A: ${written(speakers.a)} · B: ${written(speakers.b)}</div>`;
}

function figuresNote(comparison: Comparison, row: AlignedRow): string {
  return rowFigureNotes(comparison, row)
    .map((line) => `<div class="notes">${escapeHtml(line)}</div>`)
    .join('');
}

function rowHtml(comparison: Comparison, row: AlignedRow, index: number, previous: AlignedRow | undefined): string {
  const cell = (side: 'a' | 'b') => {
    const sentenceIndex = row[side];
    const sentence = sentenceIndex === null ? undefined : comparison[side].sentences[sentenceIndex];
    if (sentence === undefined) return '<td class="missing">not in this version</td>';
    return `<td>${renderSpan(comparison[side].text, sentence, rowHighlights(comparison, row, side))}</td>`;
  };
  const paragraphOf = (item: AlignedRow | undefined, side: 'a' | 'b') => {
    const sentenceIndex = item?.[side] ?? null;
    return sentenceIndex === null ? undefined : comparison[side].sentences[sentenceIndex]?.paragraph;
  };
  const newParagraph =
    previous !== undefined &&
    ((row.a !== null && paragraphOf(row, 'a') !== paragraphOf(previous, 'a')) ||
      (row.b !== null && paragraphOf(row, 'b') !== paragraphOf(previous, 'b')));
  const classes = [row.status, row.moved ? 'moved' : '', newParagraph ? 'para' : ''].filter(Boolean).join(' ');
  const status = `${rowStatusLabels[row.status]}${row.moved ? ' (moved)' : ''}`;
  return `<tr id="row-${index + 1}" class="${classes}"><td class="status">${status}</td>${cell('a')}${cell('b')}</tr>${
    speakerNote(row.speakers) + figuresNote(comparison, row) === ''
      ? ''
      : `\n<tr class="${row.status}"><td></td><td colspan="2">${speakerNote(row.speakers)}${figuresNote(comparison, row)}</td></tr>`
  }`;
}

function quotationHtml(comparison: Comparison, pair: QuotationPair): string {
  const cell = (side: 'a' | 'b') => {
    const index = pair[side];
    const quotation = index === null ? undefined : comparison[side].quotations[index];
    if (quotation === undefined) return '<td class="missing">not in this version</td>';
    const quote = `“${renderSpan(comparison[side].text, quotation, quotationHighlights(comparison, pair, side))}”`;
    const speaker = pair.speakers[side];
    return `<td>${quote}<div class="notes">${speaker === null ? 'speaker not named' : written(speaker)}</div></td>`;
  };
  return `<tr class="${pair.status}"><td class="status">${quotationStatusLabels[pair.status]}</td>${cell('a')}${cell('b')}</tr>${
    pair.speakers.differs.length === 0
      ? ''
      : `\n<tr class="${pair.status}"><td></td><td colspan="2">${speakerNote(pair.speakers)}</td></tr>`
  }`;
}

/** Everyone either version gives a title: the titles of each, flagged where they differ. */
function peopleHtml(comparison: Comparison): string {
  const titled = comparison.people.filter((person) => person.a.length + person.b.length > 0);
  if (titled.length === 0) return '<p class="meta">Neither version gives anyone a title.</p>';
  const titles = (list: Comparison['people'][number]['a']) =>
    list.length === 0 ? '—' : list.map((title) => escapeHtml(title.title)).join('; ');
  const rows = titled.map(
    (person) =>
      `<tr class="${person.drift === null ? 'same' : 'changed'}"><td>${escapeHtml(person.name)}${
        person.drift === null ? '' : '<div class="notes"><span class="flag">⚑ Title differs</span></div>'
      }</td><td>${titles(person.a)}</td><td>${titles(person.b)}</td></tr>`,
  );
  return `<table class="people">\n<thead><tr><th>Person</th><th>Titles in A</th><th>Titles in B</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/**
 * The comparison as one standalone HTML page: no script, nothing loaded from
 * elsewhere (a Content-Security-Policy says so), every text escaped. Two
 * columns of aligned sentences with changed words, changed figures and
 * flagged speakers highlighted and both versions' annotations in place; then
 * the quotations side by side; each person's titles in each version; a
 * legend and a summary. Prints well.
 */
export function toCompareHtml(comparison: Comparison, generatedAt = new Date()): string {
  const { a, b, summary } = comparison;
  const title = `Comparing “${a.title}” and “${b.title}”`;
  const legend = [
    ...annotationKinds.map((kind) => `<span class="a a-${kind}">${kindLabels[kind]}</span>`),
    '<span class="chg">Changed words</span>',
    '<span class="fig">Changed number, date or time</span>',
    '<span class="spk">Speaker or title differs</span>',
  ].join('');
  const { sentences, quotations } = summary;
  const summaryLine =
    `${sentences.same} sentences the same, ${sentences.changed} changed (${sentences.moved} moved), ${sentences.onlyA} only in A, ${sentences.onlyB} only in B · ` +
    `quotations: ${quotations.verbatim} verbatim, ${quotations.reworded} reworded, ${quotations.onlyA} only in A, ${quotations.onlyB} only in B · ` +
    `${summary.speakerFlags} speaker changes · ${summary.titleDrifts} title drifts · ${summary.changedFigures} changed figures · ${summary.droppedDetails} details in one version only`;
  const head = `<thead><tr><th class="status" scope="col"></th><th scope="col">A: ${escapeHtml(a.title)}</th><th scope="col">B: ${escapeHtml(b.title)}</th></tr></thead>`;
  return standalonePage({
    language: 'en',
    title,
    styles,
    body: `<h1>${escapeHtml(title)}</h1>
<p class="meta">Compared with factmark · A: ${escapeHtml(a.id)} · B: ${escapeHtml(b.id)} · ${escapeHtml(generatedAt.toISOString().slice(0, 10))}</p>
<p class="summary">${summaryLine}</p>
<div class="legend" role="group" aria-label="Legend">${legend}</div>
<h2>Sentences</h2>
<table class="rows">
${head}
<tbody>
${comparison.rows.map((row, index) => rowHtml(comparison, row, index, comparison.rows[index - 1])).join('\n')}
</tbody>
</table>
<h2>Quotations</h2>
${
  comparison.quotations.length === 0
    ? '<p class="meta">Neither version quotes anyone.</p>'
    : `<table class="quotations">\n${head}\n<tbody>\n${comparison.quotations.map((pair) => quotationHtml(comparison, pair)).join('\n')}\n</tbody>\n</table>`
}
<h2>People</h2>
${peopleHtml(comparison)}`,
  });
}

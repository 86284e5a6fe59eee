import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareVersions, type Comparison } from '../../shared/index.js';
import { textOf } from './fixtures.js';

/**
 * The real wire story in two versions that the comparison is accepted on,
 * kept beside the checkout (`../shared/articles/`, never copied into the
 * project); null when it is not there.
 */
export function loadRealPair(root: string): { a: string; b: string } | null {
  const folder = path.join(root, '..', 'shared', 'articles');
  if (!existsSync(folder)) return null;
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.txt') || file.endsWith('.md'))
    .sort();
  if (files.length < 2) return null;
  const [a, b] = files.slice(0, 2).map((file) => textOf(readFileSync(path.join(folder, file), 'utf8')));
  return a === undefined || b === undefined ? null : { a, b };
}

/** One acceptance check on the real pair: what it looks for, and whether the comparison shows it. */
export interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

const lower = (text: string) => text.toLocaleLowerCase();

/** The sentence of a side holding some words, by index. */
function sentenceWith(comparison: Comparison, side: 'a' | 'b', words: string): number {
  const version = comparison[side];
  return version.sentences.findIndex((sentence) => lower(version.text.slice(sentence.start, sentence.end)).includes(words));
}

/** The acceptance checks the real pair exists for (see the wire-copy issue). */
export function checkRealPair(pair: { a: string; b: string }): Check[] {
  const comparison = compareVersions(
    { id: 'a', title: 'a', text: pair.a, annotations: [] },
    { id: 'b', title: 'b', text: pair.b, annotations: [] },
  );
  const checks: Check[] = [];
  const flags = [
    ...comparison.quotations.map((item) => item.speakers),
    ...comparison.rows.flatMap((row) => (row.speakers === null ? [] : [row.speakers])),
  ];

  const kirby = flags.filter((flag) => flag.differs.includes('role') && /kirby/iu.test(`${flag.a?.name ?? ''} ${flag.b?.name ?? ''}`));
  checks.push({
    name: 'Kirby: adviser → spokesman flagged with both titles',
    passed: kirby.some((flag) => /advis/iu.test(flag.a?.role ?? '') && /spokes/iu.test(flag.b?.role ?? '')),
    detail: kirby.map((flag) => `“${flag.a?.role ?? ''}” → “${flag.b?.role ?? ''}”`).join('; ') || 'no title flag for Kirby',
  });

  const [infoA, newsB] = [sentenceWith(comparison, 'a', 'reject this information'), sentenceWith(comparison, 'b', 'reject this news')];
  checks.push({
    name: '“information” → “news”: sentences paired',
    passed: comparison.rows.some((row) => row.a === infoA && row.b === newsB),
    detail: `sentence a${infoA} is paired with ${comparison.rows.find((row) => row.a === infoA)?.b ?? 'nothing'}, b${newsB} expected`,
  });
  const quotationIndex = (side: 'a' | 'b', words: string) =>
    comparison[side].quotations.findIndex((quotation) =>
      lower(comparison[side].text.slice(quotation.start, quotation.end)).includes(words),
    );
  const [infoQuote, newsQuote] = [quotationIndex('a', 'reject this information'), quotationIndex('b', 'reject this news')];
  checks.push({
    name: '“information” → “news”: quotations paired',
    passed: comparison.quotations.some((item) => item.a === infoQuote && item.b === newsQuote && infoQuote !== -1),
    detail: `quotation a${infoQuote} with b${newsQuote}`,
  });

  const borrell = quotationIndex('b', 'i stressed to mr borrell');
  checks.push({
    name: 'the Borrell quotation shown in one version only',
    passed: comparison.quotations.some((item) => item.status === 'only-b' && item.b === borrell && borrell !== -1),
    detail: `quotation b${borrell}: ${comparison.quotations.find((item) => item.b === borrell)?.status ?? 'not found'}`,
  });

  const speakerChanges = flags.filter((flag) => flag.differs.includes('name'));
  checks.push({
    name: 'no false speaker flag',
    passed: speakerChanges.length === 0,
    detail: speakerChanges.map((flag) => `${flag.a?.name ?? '–'} / ${flag.b?.name ?? '–'}`).join('; ') || 'none',
  });

  const changedFigures = comparison.rows.filter((row) => row.figures.a.length > 0 && row.figures.b.length > 0);
  checks.push({
    name: 'no false figure flag',
    passed: changedFigures.length === 0,
    detail:
      changedFigures
        .map((row) => `${row.figures.a.map((f) => f.text).join(', ')} → ${row.figures.b.map((f) => f.text).join(', ')}`)
        .join('; ') || 'none',
  });
  return checks;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPublishable, listAnnotations, toPublicPage, updateAnnotation, type ExportModel } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { activeContent, elementsOf, htmlProblems, textOf } from '../../../support/exportJudges.js';

const fixtureFile = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/claimreview/${name}`, import.meta.url), 'utf8')) as T;
const google = fixtureFile<Record<string, { required: string[]; recommended: string[] }>>('google-claimreview.json');
const terms = fixtureFile<{ types: Record<string, { properties: string[] }> }>('schema-org-terms.json');

/** Every node of a JSON-LD value that has a `@type`, with the property path to it. */
function nodes(value: unknown, path = ''): { path: string; node: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => nodes(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record['@type'] === 'string' ? [{ path, node: record }] : [];
  return [...own, ...Object.entries(record).flatMap(([key, item]) => nodes(item, path === '' ? key : `${path}.${key}`))];
}
const organisation = { name: 'Ghost Bus Check', url: 'https://check.example/', logo: 'https://check.example/logo.png' };
const pageUrl = 'https://factmark.example/p/AbCdEfGhIjKlMnOpQrStUv';
const summary = 'Timetables show buses every 30 minutes, not 15.';

/** The fixture's team layer only (what is published), with a public summary on the false claim and every claim with a verdict second-checked. */
function fixture(): { model: ExportModel; ids: ReturnType<typeof annotatedFixture>['ids'] } {
  const { team, ids, model } = annotatedFixture();
  updateAnnotation(team, ids.claim, { summary });
  for (const annotation of listAnnotations(team))
    if (annotation.kind === 'claim' && annotation.verdict !== 'unverified')
      updateAnnotation(team, annotation.id, { checkStatus: 'checked' });
  const built = model();
  return { model: { ...built, layers: built.layers.filter((layer) => layer.id === 'team') }, ids };
}

const page = (model: ExportModel, showAuthors = false) =>
  toPublicPage(model, { pageUrl, organisation, publishedAt: '2026-03-10T09:00:00.000Z', showAuthors }).html;

/** The JSON-LD the page carries. */
function reviewsOf(html: string): Record<string, unknown>[] {
  const script = elementsOf(html).find((element) => element.name === 'script');
  expect(script?.attribs['type']).toBe('application/ld+json');
  if (script === undefined) throw new Error('The page has no JSON-LD.');
  return JSON.parse(textOf(script)) as Record<string, unknown>[];
}

describe('the public page', () => {
  const { model, ids } = fixture();
  const html = page(model);
  const claimIds = (text: string) =>
    elementsOf(text)
      .filter((element) => element.attribs['class']?.startsWith('claim ') === true)
      .map((element) => element.attribs['id']);

  it('passes html-validate, and nothing in it runs or loads (its JSON-LD is data)', async () => {
    expect(await htmlProblems(html)).toEqual([]);
    expect(activeContent(html).filter((found) => !['<meta>', '<style>', '<script>'].includes(found))).toEqual([]);
    expect(elementsOf(html).filter((element) => element.name === 'script' && element.attribs['type'] !== 'application/ld+json')).toEqual(
      [],
    );
  });

  it('lists the checked claims only, each at its #claim- anchor, with verdict, summary, speaker and evidence', () => {
    // The fixture's team layer: two claims with verdicts, one unverified, one orphan with a verdict.
    expect(claimIds(html)).toEqual([ids.claim, ids.overlapping, ids.orphan].map((id) => `claim-${id}`));
    const claim = elementsOf(html).find((element) => element.attribs['id'] === `claim-${ids.claim}`);
    if (claim === undefined) throw new Error('The false claim is not listed.');
    const text = textOf(claim);
    expect(text).toContain('False');
    expect(text).toContain(summary);
    expect(text).toContain('Said by Zofia Wójcik-Ngata, Mayor');
    expect(text).toContain('Night timetable, March');
    expect(html).not.toContain(`claim-${ids.unverified}`);
    // The claim's words in the article are drawn as a claim and lead to its entry.
    expect(elementsOf(html).find((element) => element.attribs['id'] === `text-${ids.claim}`)?.attribs['class']).toBe('a a-claim');
    expect(elementsOf(html).some((element) => element.attribs['href'] === `#claim-${ids.claim}`)).toBe(true);
  });

  it('never shows internal notes, and names authors only when asked', () => {
    expect(html).not.toContain('Timetables show 30-minute gaps');
    expect(html).not.toContain('He gave no figures');
    expect(html).not.toContain('Tester');
    expect(html).not.toContain('Ines Øberg');
    expect(page(model, true)).toContain('Checked by Tester');
    // Who checked is who set the verdict and who approved it, not who drew the mark.
    const checked = {
      ...model,
      layers: model.layers.map((layer) => ({
        ...layer,
        annotations: layer.annotations.map((annotation) =>
          annotation.id === ids.claim
            ? { ...annotation, verdictBy: { id: 'tok-eddie', name: 'Eddie Editor' }, approvedBy: { id: 'tok-olga', name: 'Olga Owner' } }
            : annotation,
        ),
      })),
    };
    expect(page(checked, true)).toContain('Checked by Eddie Editor, approved by Olga Owner');
  });

  it('carries ClaimReview JSON-LD for its claims, with the fields Google requires, their url this page’s anchor', () => {
    const reviews = reviewsOf(html);
    // The orphan's words are gone from the article: no review can quote it.
    expect(reviews.map((review) => review['url']).sort()).toEqual(
      [ids.claim, ids.overlapping].map((id) => `${pageUrl}#claim-${id}`).sort(),
    );
    for (const review of reviews) {
      for (const key of google['ClaimReview']?.required ?? []) expect(review[key], key).toBeDefined();
      // Every type and property is one schema.org defines.
      for (const { path, node } of nodes(review)) {
        const type = String(node['@type']);
        expect(Object.keys(terms.types), `${path}: ${type}`).toContain(type);
        for (const key of Object.keys(node).filter((key) => !key.startsWith('@')))
          expect(terms.types[type]?.properties, `${path}.${key} on ${type}`).toContain(key);
      }
    }
    const withUrl = reviewsOf(page({ ...model, record: { ...model.record, reviewUrl: 'https://check.example/ghost' } }));
    expect(withUrl.map((review) => review['url'])).toContain(`https://check.example/ghost#claim-${ids.claim}`);
  });

  it('says so when no claim is checked yet, and carries no JSON-LD then', async () => {
    const none = {
      ...model,
      layers: model.layers.map((layer) => ({ ...layer, annotations: layer.annotations.filter((a) => !isPublishable(a)) })),
    };
    const empty = page(none);
    expect(empty).toContain('No claim of this article has been checked yet.');
    expect(elementsOf(empty).some((element) => element.name === 'script')).toBe(false);
    expect(await htmlProblems(empty)).toEqual([]);
  });
});

describe('isPublishable', () => {
  it('publishes second-checked claims with a verdict, and nothing else', () => {
    expect(isPublishable({ kind: 'claim', verdict: 'false', checkStatus: 'checked' })).toBe(true);
    expect(isPublishable({ kind: 'claim', verdict: 'false', checkStatus: 'published' })).toBe(true);
    expect(isPublishable({ kind: 'claim', verdict: 'false', checkStatus: 'second-check' })).toBe(false);
    expect(isPublishable({ kind: 'claim', verdict: 'unverified', checkStatus: 'checked' })).toBe(false);
    expect(isPublishable({ kind: 'attribution', verdict: 'unverified', checkStatus: 'to-check' })).toBe(false);
    expect(isPublishable({ kind: 'denial', verdict: 'true', checkStatus: 'checked' })).toBe(false);
  });
});

import { verdicts, type Verdict } from '../annotation.js';
import { claimAnchor, toClaimReview, type Organisation } from '../export/claimReview.js';
import { annotationStyles, articleHtml, standalonePage, type MarkWriter } from '../export/html.js';
import { joinHtml, markup, SafeHtml } from '../export/htmlTemplate.js';
import { verdictLabels } from '../export/labels.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from '../export/model.js';
import { safeUrl } from '../url.js';
import { isPublishable } from './isPublishable.js';

/** What a public page needs besides the document: where it is, who publishes, when, and whether it names the marks' authors. */
export interface PublicPageOptions {
  /** The page's own address: each ClaimReview's `url` when the document has no `reviewUrl`. */
  pageUrl: string;
  organisation: Organisation;
  /** ISO 8601 time of publication. */
  publishedAt: string;
  showAuthors: boolean;
}

/** A rendered public page, and its one stylesheet (the server allows exactly it in its Content-Security-Policy). */
export interface PublicPage {
  html: string;
  styles: string;
}

/** A colour per verdict, for the badges: dark enough on white for small text. */
const verdictColours: Record<Verdict, string> = {
  unverified: '#5b6578',
  true: '#1b6e3a',
  'mostly-true': '#3c6e1b',
  mixed: '#8a5a00',
  misleading: '#a34400',
  false: '#b3261e',
  unsupported: '#6b3fa0',
};

/** The page's styles: the editor's colours and underlines, a highlight for the claim linked to, and print styles. */
export const publicPageStyles = `${annotationStyles}
  body { font-family: Charter, Georgia, 'Noto Serif', serif; color: #1d2433; max-width: 44rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.6; }
  h1 { line-height: 1.2; margin: 0.2rem 0 0.6rem; }
  header .kicker, .meta, .claim h3, .badge, .claim .speaker, .claim .author, .evidence-label, .back, footer { font-family: system-ui, sans-serif; }
  header .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #5b6578; margin: 0; }
  .meta, footer { color: #5b6578; font-size: 0.9rem; }
  sup.ref { font-family: system-ui, sans-serif; font-size: 0.65em; }
  sup.ref a { text-decoration: none; }
  .claims { margin-top: 2.5rem; border-top: 2px solid #1d2433; }
  .claim-list { list-style: none; padding: 0; }
  .claim { padding: 0.8rem 1rem; margin: 1rem 0; border: 1px solid #e3e0d8; border-radius: 6px; scroll-margin-top: 1rem; }
  .claim h3 { font-size: 1rem; margin: 0 0 0.4rem; display: flex; gap: 0.6rem; align-items: baseline; }
  .badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; color: #fff; font-size: 0.85rem; font-weight: 600; }
  ${verdicts.map((verdict) => `.verdict-${verdict} .badge { background: ${verdictColours[verdict]}; }`).join('\n  ')}
  .claim blockquote { margin: 0.4rem 0; padding-left: 0.8rem; border-left: 3px solid var(--claim); }
  .claim blockquote p { margin: 0; }
  .claim .speaker, .claim .author, .evidence-label { font-size: 0.9rem; margin: 0.3rem 0; }
  .claim .evidence { margin: 0.3rem 0; padding-left: 1.2rem; }
  .back { font-size: 0.85rem; margin: 0.3rem 0 0; }
  .claim:target { border-color: var(--claim); box-shadow: 0 0 0 3px var(--claim); background: #fff8d6; }
  span.a:target, span.a:target .a { background: rgba(255, 214, 10, 0.6); outline: 2px solid var(--claim); }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    .a, span.a:target, span.a:target .a { background: none; outline: none; }
    a { color: inherit; }
    .back, sup.ref { display: none; }
    .claim, .claim:target { break-inside: avoid; border: none; border-top: 1px solid #999; border-radius: 0; box-shadow: none; background: none; }
    .badge { color: #000; background: none !important; border: 1px solid #000; }
    .evidence a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  }
`;

/** The anchor of a claim's first words in the article, where "Back to the text" goes. */
function textAnchor(id: string): string {
  return `text-${id}`;
}

/**
 * A document's public page: the article with its checked claims (see
 * {@link isPublishable}) drawn in the editor's colours and underlines, with
 * the attributions that name their speakers, and after it each claim with its
 * verdict, public summary, speaker and evidence at `#claim-<id>` (highlighted
 * when linked to, by CSS alone), and their ClaimReview JSON-LD. No script runs
 * and nothing is loaded from elsewhere. Internal notes, history and everything
 * else of the desk's stay out; the marks' authors appear only if `showAuthors`.
 */
export function toPublicPage(model: ExportModel, options: PublicPageOptions): PublicPage {
  const { record } = model;
  const claims = allAnnotations(model).filter(isPublishable);
  const published = new Set(claims.map((claim) => claim.id));
  const numbers = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  // The attributions that name who made a published claim: drawn in the text, and their speaker shown with it.
  const speakers = allAnnotations(model).filter(
    (other) => other.kind === 'attribution' && other.links.some((link) => published.has(link)) && other.speaker.name.trim() !== '',
  );
  const speakerOf = new Map<string, ExportedAnnotation>();
  for (const attribution of speakers) for (const link of attribution.links) if (!speakerOf.has(link)) speakerOf.set(link, attribution);
  const writer: MarkWriter = {
    attributes: (annotation, first) => {
      const title =
        annotation.kind === 'claim'
          ? `Claim ${numbers.get(annotation.id) ?? ''}: ${verdictLabels[annotation.verdict]}`
          : `Said by ${annotation.speaker.name.trim()}`;
      return first && annotation.kind === 'claim' ? markup`id="${textAnchor(annotation.id)}" title="${title}"` : markup`title="${title}"`;
    },
    after: (annotation) => {
      const number = numbers.get(annotation.id);
      return number === undefined
        ? markup``
        : markup`<sup class="ref"><a href="#${claimAnchor(annotation.id)}" aria-label="Claim ${number}">${number}</a></sup>`;
    },
  };
  const article = articleHtml(
    model.doc,
    [...claims, ...speakers].filter((annotation) => annotation.status === 'anchored'),
    writer,
  );
  const review = toClaimReview(
    {
      ...model,
      record: { ...record, reviewUrl: record.reviewUrl ?? options.pageUrl },
      layers: model.layers.map((layer) => ({
        ...layer,
        annotations: layer.annotations.filter((annotation) => annotation.kind !== 'claim' || published.has(annotation.id)),
      })),
    },
    { organisation: options.organisation },
  );
  const organisation = safeUrl(options.organisation.url ?? '');
  const source = safeUrl(record.sourceUrl ?? '');
  const date = options.publishedAt.slice(0, 10);
  const items = joinHtml(
    claims.map((claim) => claimItem(claim, numbers.get(claim.id) ?? 0, speakerOf.get(claim.id), options.showAuthors)),
    '\n',
  );
  const body = markup`<header>
<p class="kicker">Fact-check${organisation === null ? markup` · ${options.organisation.name}` : markup` · <a href="${organisation}">${options.organisation.name}</a>`}</p>
${headedByTitle(model.doc, record.title) ? '' : markup`<h1>${record.title}</h1>`}
<p class="meta">Published <time datetime="${date}">${date}</time>${record.byline === undefined ? '' : markup` · ${record.byline}`}${source === null ? '' : markup` · <a href="${source}" rel="noopener noreferrer nofollow">the article as published</a>`}${record.publishedAt === undefined ? '' : markup` on ${record.publishedAt}`}</p>
</header>
<main>
<article class="article">
${article}
</article>
<section class="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims checked</h2>
${claims.length === 0 ? markup`<p>No claim of this article has been checked yet.</p>` : markup`<ol class="claim-list">\n${items}\n</ol>`}
</section>
</main>
<footer><p>Checked with factmark. This page is a snapshot taken when it was published.</p></footer>
${review.reviews === 0 ? '' : markup`<script type="application/ld+json">\n${new SafeHtml(review.json)}</script>`}`;
  return {
    html: standalonePage({ language: record.language ?? 'en', title: `Fact-check: ${record.title}`, styles: publicPageStyles, body }),
    styles: publicPageStyles,
  };
}

/**
 * Who checked a claim: who set its verdict, and who approved it at the second
 * check; the one who drew the mark only where the verdict's setter was not
 * recorded.
 */
function checkedBy(claim: ExportedAnnotation): string {
  const checker = claim.verdictBy?.name ?? claim.author.name;
  const approver = claim.approvedBy?.name;
  return approver === undefined || approver === checker ? `Checked by ${checker}` : `Checked by ${checker}, approved by ${approver}`;
}

/** Whether the article opens on a heading that is its title: the page then shows it once, as the article's own. */
function headedByTitle(doc: ExportModel['doc'], title: string): boolean {
  const first = doc.firstChild;
  const words = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  return first !== null && first.type.name === 'heading' && words(first.textContent) === words(title);
}

/** One claim in the list: its verdict, words, speaker, public summary, evidence and (if shown) who checked it. */
function claimItem(claim: ExportedAnnotation, number: number, speaker: ExportedAnnotation | undefined, showAuthors: boolean): SafeHtml {
  const evidence = claim.evidence.map((link) => {
    const href = safeUrl(link.url);
    return href === null
      ? markup`<li>${link.title || link.url}</li>`
      : markup`<li><a href="${href}" rel="noopener noreferrer nofollow">${link.title || href}</a></li>`;
  });
  const role = speaker?.speaker.role.trim() ?? '';
  const summary = claim.summary.trim();
  return markup`<li class="claim verdict-${claim.verdict}" id="${claimAnchor(claim.id)}">
<h3>Claim ${number} <span class="badge">${verdictLabels[claim.verdict]}</span></h3>
<blockquote><p><span class="a a-claim">${claim.quote}</span></p></blockquote>
${speaker === undefined ? '' : markup`<p class="speaker">Said by <strong>${speaker.speaker.name.trim()}</strong>${role === '' ? '' : `, ${role}`}</p>`}
${summary === '' ? '' : markup`<p class="summary">${summary}</p>`}
${evidence.length === 0 ? '' : markup`<p class="evidence-label">Evidence:</p><ul class="evidence">${evidence}</ul>`}
${showAuthors ? markup`<p class="author">${checkedBy(claim)}</p>` : ''}
${claim.status === 'anchored' ? markup`<p class="back"><a href="#${textAnchor(claim.id)}">Back to the text</a></p>` : ''}
</li>`;
}

import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import type { AnyNode, Element } from 'domhandler';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';

/**
 * Judges nobody here wrote, as a reader of our exports would use them:
 * markdown-it (raw HTML on, footnotes) for Markdown, csv-parse in strict mode
 * for CSV, html-validate for HTML.
 */

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Markdown rendered by markdown-it as a permissive site would: raw HTML allowed, footnotes, strikethrough and tables on. */
export interface RenderedMarkdown {
  html: string;
  tokens: Token[];
  /** The rendered text of the footnote with a label, '' if there is none. */
  footnote(label: string | number): string;
}

/** Renders Markdown with markdown-it (`html: true`, every link scheme let through) and markdown-it-footnote. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const renderer = new MarkdownIt({ html: true }).use(markdownItFootnote);
  // markdown-it drops javascript: links on its own; trust the file, to see the links it asks for.
  renderer.validateLink = () => true;
  const env: { footnotes?: { refs?: Record<string, number> } } = {};
  const tokens = renderer.parse(markdown, env);
  const html = renderer.renderer.render(tokens, renderer.options, env);
  const items = new Map(elementsOf(html).map((element) => [element.attribs['id'], element]));
  return {
    html,
    tokens,
    footnote: (label) => {
      // markdown-it-footnote numbers footnotes in the order they are first referenced, whatever their labels.
      const index = env.footnotes?.refs?.[`:${label}`];
      const item = index === undefined ? undefined : items.get(`fn${index + 1}`);
      return item === undefined ? '' : textOf(item);
    },
  };
}

/** Every element of an HTML string, in document order. */
export function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        elements.push(node as Element);
        walk((node as Element).children);
      }
    }
  };
  walk(parseDocument(html).children);
  return elements;
}

/** The text of an element and everything in it. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as { data: string }).data;
  return 'children' in node ? (node.children as AnyNode[]).map(textOf).join('') : '';
}

/**
 * What in rendered HTML could run code or load something: scripts and
 * embedding elements, `on*` attributes, `style` attributes, and links or
 * sources that are not http(s), mailto or a fragment of the page.
 */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const element of elementsOf(html)) {
    if (/^(script|style|iframe|img|object|embed|svg|math|link|meta|base|form|video|audio|source)$/i.test(element.name))
      found.push(`<${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${element.name}[${name}]`);
      if ((name === 'href' || name === 'src' || name === 'action') && !/^(https?:|mailto:|#)/i.test(value))
        found.push(`${element.name}[${name}="${value}"]`);
    }
  }
  return found;
}

/** The plain text of each inline token (one per paragraph or heading), footnote references left out. */
export function inlineTexts(tokens: Token[]): string[] {
  return tokens
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .map((child) => {
          if (child.type === 'text' || child.type === 'code_inline') return child.content;
          if (child.type === 'softbreak' || child.type === 'hardbreak') return '\n';
          if (child.type === 'html_inline') return `<raw html ${child.content}>`;
          return '';
        })
        .join(''),
    );
}

/** Footnote labels defined, and those referenced, in markdown-it's token stream. */
export function footnotesOf(tokens: Token[]): { defined: string[]; referenced: Set<string> } {
  const defined: string[] = [];
  const referenced = new Set<string>();
  const visit = (list: Token[]) => {
    for (const token of list) {
      const meta = token.meta as { id?: number; label?: string } | null;
      if (token.type === 'footnote_open' && meta?.label !== undefined) defined.push(meta.label);
      if (token.type === 'footnote_ref' && meta?.label !== undefined) referenced.add(meta.label);
      if (token.children !== null) visit(token.children);
    }
  };
  visit(tokens);
  return { defined, referenced };
}

/** CSV read as strictly as csv-parse allows: no loose quotes, equal column counts, no trimming or casting, every line ending a record end. */
export function parseCsvStrictly(csv: string): string[][] {
  return parse(csv, {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    skip_records_with_error: false,
    trim: false,
    cast: false,
    // Any line ending ends a record, as in Python's csv: a bare line break must be inside quotes.
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
}

/** html-validate's recommended rules; a page's title is the article's own, so its length is not ours to choose. */
export const htmlValidateConfig: ConfigData = { extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } };

/** html-validate's messages for a page, as `rule: message (line:column)`; empty when it is valid. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await new HtmlValidate(htmlValidateConfig).validateString(html);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.line}:${message.column})`),
  );
}

/** CSV as Python's csv module reads it (null where Python is not installed). */
export function parseCsvWithPython(csv: string): string[][] | null {
  const script =
    "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8-sig', newline='')))))";
  const result = spawnSync('python3', ['-c', script], { input: csv, encoding: 'utf8' });
  if (result.error !== undefined) return null;
  if (result.status !== 0) throw new Error(`python3 could not read the CSV: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}

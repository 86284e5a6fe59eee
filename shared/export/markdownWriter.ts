import type { BlockContent, DefinitionContent, FootnoteDefinition, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * Writes a Markdown syntax tree (mdast) as CommonMark with GFM footnotes, for
 * the nodes factmark's exports build: paragraphs, headings, block quotes,
 * lists, thematic breaks, footnote definitions; text, emphasis, strong, links,
 * hard breaks and footnote references.
 *
 * Text is the only way content gets in, and every text goes through one
 * escaping function, so what the tree holds as text reads back as exactly
 * that text: it cannot become HTML, emphasis, code, a link, a footnote, a
 * table or a new block. Structure comes from the tree alone.
 */
export function writeMarkdown(root: Root): string {
  return `${blocks(root.children)}\n`;
}

type Block = RootContent;

function blocks(nodes: readonly Block[]): string {
  const written: string[] = [];
  let previous: Block | undefined;
  for (const node of nodes) {
    const text = block(node, previous);
    if (text === '') continue;
    written.push(text);
    previous = node;
  }
  return written.join('\n\n');
}

function block(node: Block, previous: Block | undefined): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.children, { singleLine: false });
    case 'heading':
      // An ATX heading is one line: a line break in it is written as a space.
      return `${'#'.repeat(node.depth)} ${inline(node.children, { singleLine: true })}`.trimEnd();
    case 'thematicBreak':
      return '---';
    case 'blockquote':
      return prefixLines(blocks(node.children), '> ', '>');
    case 'list':
      return list(node, previous);
    case 'footnoteDefinition':
      return footnoteDefinition(node);
    default:
      throw new RangeError(`The Markdown writer cannot write a ${node.type} node as a block.`);
  }
}

/** A list; one right after another of the same kind uses the other marker, or Markdown would join them. */
function list(node: List, previous: Block | undefined): string {
  const alternate = previous?.type === 'list' && (previous.ordered ?? false) === (node.ordered ?? false);
  // A list number has at most nine digits.
  const start = Math.min(1_000_000_000 - node.children.length, Math.max(0, Math.floor(node.start ?? 1)));
  // An item holding several blocks needs blank lines between them, which makes the whole list loose.
  const loose = node.children.some((item) => item.children.length > 1);
  return node.children
    .map((item: ListItem, index) => {
      const marker = node.ordered === true ? `${start + index}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
      const content = blocks(item.children as (BlockContent | DefinitionContent)[]);
      return marker + indentFollowingLines(content, ' '.repeat(marker.length));
    })
    .join(loose ? '\n\n' : '\n');
}

function footnoteDefinition(node: FootnoteDefinition): string {
  return `[^${label(node.identifier)}]: ${indentFollowingLines(blocks(node.children), '    ')}`;
}

/** A footnote label of our own: digits and letters only, so it needs no escaping. */
function label(identifier: string): string {
  if (!/^[\p{L}\p{N}_-]+$/u.test(identifier)) throw new RangeError(`Footnote label "${identifier}" is not a plain word.`);
  return identifier;
}

function indentFollowingLines(text: string, indent: string): string {
  return text.replace(/\n(?!\n|$)/g, `\n${indent}`);
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : prefix + line))
    .join('\n');
}

/** Where inline content is written, and what comes before it. */
interface InlineContext {
  /** Line breaks are written as spaces (headings). */
  singleLine: boolean;
  /** The character before the content ('' at the start of a line). */
  before?: string;
  /** The content ends its line (a block's content, not a link's or emphasis' inside). */
  endsLine?: boolean;
}

/** Inline content written left to right; `out` so far decides how what follows must be written. */
class InlineWriter {
  out = '';
  /** The previous emphasis closed on a mark that a following word character would leave unclosed. */
  private encodeNextWord = false;

  constructor(private readonly context: InlineContext) {}

  private get lastCharacter(): string {
    return this.out === '' ? (this.context.before ?? '') : lastCodePoint(this.out);
  }

  write(nodes: readonly PhrasingContent[]): string {
    nodes.forEach((node, index) => this.node(node, nodes[index + 1]));
    return this.out;
  }

  private node(node: PhrasingContent, next: PhrasingContent | undefined): void {
    switch (node.type) {
      case 'text':
        this.text(node.value, next === undefined ? this.context.endsLine !== false : next.type === 'break');
        return;
      case 'break': {
        // A hard break needs text before it on its line and after it: elsewhere the line break is written as a character.
        const edge = this.out === '' || this.out.endsWith('\n') || next === undefined || next.type === 'break';
        this.out += this.context.singleLine ? ' ' : edge ? '&#xA;' : '\\\n';
        return;
      }
      case 'footnoteReference':
        this.out += `[^${label(node.identifier)}]`;
        return;
      case 'link':
        this.out += `[${new InlineWriter({ singleLine: this.context.singleLine, before: '[', endsLine: false }).write(node.children)}](<${node.url.replace(/[<>\\\n\r]/g, (character) => (character === '\n' || character === '\r' ? '' : `\\${character}`))}>)`;
        return;
      case 'emphasis':
      case 'strong':
        this.attention(node);
        return;
      default:
        throw new RangeError(`The Markdown writer cannot write a ${node.type} node inline.`);
    }
  }

  private text(value: string, endsLine: boolean): void {
    const startsLine = this.out === '' ? this.context.before === undefined || this.context.before === '' : this.out.endsWith('\n');
    let written = escapeText(this.context.singleLine ? value.replace(/[\r\n]+/g, ' ') : value, startsLine, endsLine);
    // After a reference of ours, `:` would make it a footnote's definition, `(` a link.
    if (this.out.endsWith(']') && /^[:(]/.test(written)) written = `\\${written}`;
    if (this.encodeNextWord && isWordCharacter(firstCodePoint(written)))
      written = characterReference(written) + written.slice(firstCodePoint(written).length);
    this.encodeNextWord = false;
    // Spaces left at the end of the line before would make this line break a hard one.
    if (written.startsWith('\n')) this.out = this.out.replace(/[^\S\n]+$/, encodeWhitespace);
    this.out += written;
  }

  /**
   * Emphasis (`*`), strong (`**`) or both (`***`) around one text whose edges
   * are not whitespace. CommonMark opens and closes a run only when it
   * "flanks" the text; where a word character outside would stop that (next to
   * punctuation inside, or any `_`), that character is written as a character
   * reference, which reads as the same text.
   */
  private attention(node: PhrasingContent & { type: 'emphasis' | 'strong' }): void {
    let inner: readonly PhrasingContent[] = node.children;
    let size = node.type === 'strong' ? 2 : 1;
    if (node.type === 'strong' && inner.length === 1 && inner[0]?.type === 'emphasis') {
      inner = inner[0].children;
      size = 3;
    }
    const content = new InlineWriter({ singleLine: this.context.singleLine, before: '*', endsLine: false }).write(inner);
    if (content === '') return;
    const before = this.lastCharacter;
    const mark = before === '*' ? '_' : '*';
    const first = firstCodePoint(content);
    const last = lastCodePoint(content);
    if (isWhitespace(first) || isWhitespace(last)) throw new RangeError('Emphasis must not start or end with whitespace.');
    if (isWordCharacter(before) && (isPunctuation(first) || mark === '_')) {
      this.out = this.out.slice(0, this.out.length - before.length) + characterReference(before);
    }
    this.out += mark.repeat(size) + content + mark.repeat(size);
    this.encodeNextWord = isPunctuation(last) || mark === '_';
  }
}

function inline(nodes: readonly PhrasingContent[], context: InlineContext): string {
  return new InlineWriter(context).write(nodes);
}

/**
 * Every character that can begin inline syntax in CommonMark or its common
 * extensions wherever it stands: escapes, code, emphasis, links and footnotes,
 * images (`!` before a link of ours), inline footnotes (`^` before a
 * reference of ours), raw HTML and autolinks, entities, GFM strikethrough and
 * tables, ATX headings (a `#` also closes one).
 */
const inlineSyntax = /[\\`*_[\]!^<&~|#]/g;

/** What can begin a block at the start of a line: a list, quote or setext underline, or an ordered-list number's `.` or `)`. */
const blockStart = /^([-+=>])|^(\d{1,9})([.)])/;

/**
 * Text as Markdown that reads back as exactly that text: every character
 * that could be syntax is backslash-escaped, a line cannot begin a block,
 * whitespace at a line's edges (which Markdown trims, or reads as indentation
 * or a hard break) is written as character references, and so is a line
 * break that would leave a blank line.
 */
export function escapeText(value: string, startsLine: boolean, endsLine: boolean): string {
  const lines = value.split('\n');
  return lines
    .map((line, index) => {
      let escaped = line.replace(inlineSyntax, '\\$&');
      if (index > 0 || startsLine) {
        escaped = escaped
          .replace(/^[^\S\n]+/, encodeWhitespace)
          .replace(blockStart, (_match, sign?: string, digits?: string, dot?: string) =>
            sign === undefined ? `${digits ?? ''}\\${dot ?? ''}` : `\\${sign}`,
          );
      }
      if (index < lines.length - 1 || endsLine) escaped = escaped.replace(/[^\S\n]+$/, encodeWhitespace);
      return escaped.replace(/\r/g, '&#xD;');
    })
    .join('\n')
    .replace(/\n\n/g, '\n&#xA;')
    .replace(/^\n/, (match) => (startsLine ? '&#xA;' : match))
    .replace(/\n$/, (match) => (endsLine ? '&#xA;' : match));
}

/**
 * Whitespace as character references. Markdown strips spaces and tabs at a
 * line's edges, and markdown-it every character JavaScript calls whitespace
 * (no-break space, U+2028, the byte order mark…), so all of them are encoded.
 */
function encodeWhitespace(run: string): string {
  return Array.from(run, characterReference).join('');
}

function firstCodePoint(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function lastCodePoint(text: string): string {
  if (text === '') return '';
  const low = text.charCodeAt(text.length - 1);
  const high = text.charCodeAt(text.length - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(-2) : text.slice(-1);
}

function characterReference(character: string): string {
  return `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}

/** CommonMark's punctuation: ASCII punctuation and Unicode punctuation and symbols. */
function isPunctuation(character: string): boolean {
  return /^[\p{P}\p{S}]$/u.test(character);
}

/** Neither whitespace nor punctuation, nor the start or end of a line. */
function isWordCharacter(character: string): boolean {
  return character !== '' && !isWhitespace(character) && !isPunctuation(character);
}

/** CommonMark's whitespace for emphasis: Unicode space separators, tab, line feed, form feed, carriage return. */
function isWhitespace(character: string): boolean {
  return /^[\p{Zs}\t\n\v\f\r]$/u.test(character);
}

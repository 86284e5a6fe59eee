import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  articleFragmentName,
  articleSchema,
  createAnnotation,
  encodeAnchors,
  listAnnotations,
  quoteSelectorOf,
  resolveAnnotations,
  TextMap,
  type AnnotationKind,
  type Person,
  type ArticleState,
  type ResolvedAnnotation,
} from '../../shared/index.js';

/** An article Y.Doc as y-prosemirror stores it, with helpers to edit it as a remote peer would. */
export class TestArticle {
  readonly ydoc: Y.Doc;
  readonly fragment: Y.XmlFragment;

  constructor(ydoc = new Y.Doc()) {
    this.ydoc = ydoc;
    this.fragment = ydoc.getXmlFragment(articleFragmentName);
  }

  static from(doc: Node): TestArticle {
    const article = new TestArticle();
    prosemirrorToYXmlFragment(doc, article.fragment);
    return article;
  }

  /** The article as ProseMirror sees it now. */
  doc(): Node {
    return yXmlFragmentToProseMirrorRootNode(this.fragment, articleSchema);
  }

  state(): ArticleState {
    return { ydoc: this.ydoc, fragment: this.fragment, doc: this.doc() };
  }

  text(): string {
    return TextMap.of(this.doc()).text;
  }

  /** The ProseMirror range of the n-th occurrence of some text. */
  rangeOf(words: string, occurrence = 0): { from: number; to: number } {
    const map = TextMap.of(this.doc());
    let start = -1;
    for (let seen = 0; seen <= occurrence; seen++) {
      start = map.text.indexOf(words, start + 1);
      if (start === -1) throw new RangeError(`"${words}" is not in the article.`);
    }
    return { from: map.posAt(start, 1), to: map.posAt(start + words.length, -1) };
  }

  /** The Y.XmlText and offset at a ProseMirror position inside text. */
  private textAt(pos: number): { text: Y.XmlText; offset: number } {
    const $pos = this.doc().resolve(pos);
    let container: Y.XmlFragment | Y.XmlElement = this.fragment;
    for (let depth = 0; depth < $pos.depth; depth++) container = container.get($pos.index(depth)) as Y.XmlElement;
    let offset = pos - $pos.start();
    for (const child of container.toArray()) {
      if (child instanceof Y.XmlText) {
        if (offset <= child.length) return { text: child, offset };
        offset -= child.length;
      } else {
        offset -= 1;
      }
    }
    throw new RangeError(`No text at ${pos}.`);
  }

  insert(pos: number, text: string): void {
    const at = this.textAt(pos);
    at.text.insert(at.offset, text);
  }

  /** Deletes text within one paragraph. */
  delete(from: number, to: number): void {
    const at = this.textAt(from);
    at.text.delete(at.offset, to - from);
  }

  /** Removes the n-th top-level block. */
  deleteBlock(index: number): void {
    this.fragment.delete(index, 1);
  }

  /**
   * Splits the paragraph at a position the way y-prosemirror applies it: the
   * tail is deleted from the paragraph and inserted again as a new one.
   */
  splitParagraph(pos: number): void {
    const current = this.doc();
    const $pos = current.resolve(pos);
    const index = $pos.index(0);
    const at = this.textAt(pos);
    const tail = current.textBetween(pos, $pos.end());
    this.ydoc.transact(() => {
      at.text.delete(at.offset, tail.length);
      const next = new Y.XmlElement('paragraph');
      next.insert(0, [new Y.XmlText(tail)]);
      this.fragment.insert(index + 1, [next]);
    });
  }
}

/** Joins a top-level paragraph to the one before it the way y-prosemirror applies it: its text is deleted and inserted again. */
export function joinParagraphs(article: TestArticle, index: number): void {
  const previous = article.fragment.get(index - 1) as Y.XmlElement;
  const current = article.fragment.get(index) as Y.XmlElement;
  const text = article.doc().child(index).textContent;
  article.ydoc.transact(() => {
    const target = previous.get(0) as Y.XmlText;
    target.insert(target.length, text);
    article.fragment.delete(index, 1);
  });
  void current;
}

/** Marks the n-th occurrence of some words in a layer, as the client does. */
export function mark(
  article: TestArticle,
  layer: Y.Doc,
  kind: AnnotationKind,
  words: string,
  occurrence = 0,
  author: Person = { id: 'test', name: 'Tester' },
): string {
  const { from, to } = article.rangeOf(words, occurrence);
  const doc = article.doc();
  const map = TextMap.of(doc);
  const selector = quoteSelectorOf(map.text, map.offsetAt(from), map.offsetAt(to));
  return createAnnotation(layer, {
    kind,
    ...encodeAnchors(article.fragment, doc, from, to),
    ...selector,
    author,
  });
}

/** The annotations of a layer, placed in the article. */
export function resolveLayer(article: TestArticle, layer: Y.Doc): ResolvedAnnotation[] {
  return resolveAnnotations(listAnnotations(layer), article.state());
}

/** What an annotation covers now: its text, or its status if it is not anchored. */
export function coveredText(article: TestArticle, layer: Y.Doc, id: string): string {
  const resolved = resolveLayer(article, layer).find((item) => item.annotation.id === id);
  if (resolved === undefined) throw new RangeError(`No annotation ${id}.`);
  if (resolved.status !== 'anchored') return `<${resolved.status}>`;
  return article.doc().textBetween(resolved.from, resolved.to, '\n\n', '\n');
}

/**
 * Real anchors for the n-th occurrence of some words of an article, with
 * their quote and context, as the editor encodes them: for model tests that
 * need an annotation's span but not the article around it.
 */
export function anchorsOf(article: TestArticle, words: string, occurrence = 0) {
  const { from, to } = article.rangeOf(words, occurrence);
  const doc = article.doc();
  const map = TextMap.of(doc);
  return { ...encodeAnchors(article.fragment, doc, from, to), ...quoteSelectorOf(map.text, map.offsetAt(from), map.offsetAt(to)) };
}

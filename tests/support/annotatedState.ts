import { Fragment, Slice, type Node } from 'prosemirror-model';
import { EditorState, type Plugin, type PluginView, type Transaction } from 'prosemirror-state';
import type { Decoration, EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  annotationPlugin,
  annotationPluginKey,
  type AnnotationPluginOptions,
  type AnnotationPluginState,
} from '../../client/src/editor/annotationPlugin.js';
import type { ResolvedAnnotation } from '../../shared/anchor/resolveAnnotations.js';
import { createAnnotation, encodeAnchors, quoteSelectorOf, TextMap } from '../../shared/index.js';
import { TestArticle } from './article.js';
import { doc, p } from './builders.js';

/**
 * An editor state with the annotation plugin over a real article and layer
 * Y.Doc, and no DOM: transactions are applied by hand, as ProseMirror's view
 * would apply them, and remote changes are made as y-prosemirror makes them.
 */
export class AnnotatedState {
  readonly article: TestArticle;
  readonly layer = new Y.Doc();
  readonly plugin: Plugin<AnnotationPluginState>;
  /** Every state the plugin reported through `onChange`. */
  readonly changes: AnnotationPluginState[] = [];
  state: EditorState;

  constructor(doc: Node, options: Partial<AnnotationPluginOptions> = {}, before: (self: AnnotatedState) => void = () => undefined) {
    this.article = TestArticle.from(doc);
    before(this);
    this.plugin = annotationPlugin({
      layer: this.layer,
      article: this.article.ydoc,
      fragment: this.article.fragment,
      onChange: (state) => this.changes.push(state),
      onClickAnnotations: () => undefined,
      ...options,
    });
    this.state = EditorState.create({ doc: this.article.doc(), plugins: [this.plugin] });
  }

  /** The plugin's state now. */
  get annotations(): AnnotationPluginState {
    const state = annotationPluginKey.getState(this.state);
    if (state === undefined) throw new RangeError('The annotation plugin has no state.');
    return state;
  }

  apply(tr: Transaction): void {
    this.state = this.state.apply(tr);
  }

  /** Types text at a position here, as a reviewer would (Yjs learns of it only later). */
  type(pos: number, text: string): void {
    this.apply(this.state.tr.insertText(text, pos));
  }

  /** Applies what Yjs now holds as y-prosemirror does: one transaction replacing the whole document. */
  remoteChange(): void {
    this.apply(remoteChange(this.state, this.article.doc()));
  }

  /** Sends the plugin one of its own messages. */
  meta(meta: { settle: true } | { changed: string[] } | { select: string | null } | { draw: { from: number; to: number } | 'all' }): void {
    this.apply(this.state.tr.setMeta(annotationPluginKey, meta));
  }

  /** The text each decoration covers, by annotation id. */
  drawn(set = this.annotations.decorations): Record<string, string> {
    const texts: Record<string, string> = {};
    for (const decoration of set.find()) texts[idOf(decoration)] = this.state.doc.textBetween(decoration.from, decoration.to);
    return texts;
  }

  /** How one annotation was last placed from Yjs. */
  placed(id: string): ResolvedAnnotation | undefined {
    return this.annotations.resolved.find((item) => item.annotation.id === id);
  }

  /** The decoration of one annotation. */
  decorationOf(id: string): Decoration {
    const decoration = this.annotations.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === id)[0];
    if (decoration === undefined) throw new RangeError(`Annotation ${id} is not drawn.`);
    return decoration;
  }

  /** The ProseMirror range of the n-th occurrence of some words in the editor's document. */
  rangeOf(words: string, occurrence = 0): { from: number; to: number } {
    let found = -1;
    let seen = -1;
    this.state.doc.descendants((node, pos) => {
      if (found !== -1 || !node.isText) return found === -1;
      let at = (node.text ?? '').indexOf(words);
      while (at !== -1 && found === -1) {
        if (++seen === occurrence) found = pos + at;
        at = (node.text ?? '').indexOf(words, at + 1);
      }
      return false;
    });
    if (found === -1) throw new RangeError(`"${words}" is not in the document.`);
    return { from: found, to: found + words.length };
  }
}

/**
 * An article of `count` short paragraphs ("Speaker 7 said so."), each with
 * its speaker marked as an attribution: a big layer, made in one transaction.
 */
export function speakerPerParagraph(count: number): AnnotatedState {
  const paragraphs = Array.from({ length: count }, (_, n) => p(`Speaker ${n} said so.`));
  return new AnnotatedState(doc(...paragraphs), {}, ({ article, layer }) => {
    const current = article.doc();
    const text = TextMap.of(current);
    layer.transact(() => {
      current.forEach((paragraph, offset) => {
        const from = offset + 1;
        const to = from + paragraph.textContent.indexOf(' said');
        createAnnotation(layer, {
          kind: 'attribution',
          ...encodeAnchors(article.fragment, current, from, to),
          ...quoteSelectorOf(text.text, text.offsetAt(from), text.offsetAt(to)),
          author: { id: 'test', name: 'Tester' },
        });
      });
    });
  });
}

/** A transaction bringing a state to a document as y-prosemirror applies a collaborator's change: one replacement of it all. */
export function remoteChange(state: EditorState, doc: Node): Transaction {
  return state.tr
    .replace(0, state.doc.content.size, new Slice(Fragment.from(doc.content), 0, 0))
    .setMeta(ySyncPluginKey, { isChangeOrigin: true });
}

/** The id an annotation decoration is drawn for. */
export function idOf(decoration: Decoration): string {
  return (decoration.spec as { id: string }).id;
}

/** The attributes a decoration gives its element (prosemirror-view keeps them on its type). */
export function attributesOf(decoration: Decoration): Record<string, string> {
  return (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
}

/**
 * The parts of an EditorView the plugin's view uses, without a DOM: it holds
 * the state, applies what is dispatched and tells the plugin views, as
 * ProseMirror's view does after each update.
 */
export class BareView {
  state: EditorState;
  isDestroyed = false;
  /** How many transactions were dispatched. */
  dispatched = 0;
  /** No box on screen: where the reader is is never known. */
  readonly dom = { getBoundingClientRect: () => ({ top: 0, bottom: 0, left: 0, width: 0 }) };
  private readonly views: PluginView[];

  constructor(state: EditorState) {
    this.state = state;
    this.views = state.plugins.flatMap((plugin) => plugin.spec.view?.(this as unknown as EditorView) ?? []);
  }

  dispatch(tr: Transaction): void {
    const previous = this.state;
    this.dispatched++;
    this.state = this.state.apply(tr);
    for (const view of this.views) view.update?.(this as unknown as EditorView, previous);
  }

  destroy(): void {
    this.isDestroyed = true;
    for (const view of this.views) view.destroy?.();
  }
}

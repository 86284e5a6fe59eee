import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Annotation } from '../../../shared/annotation.js';
import { kindInfo, verdictLabels } from '../annotations/kinds.js';
import { annotationPluginKey } from './annotationPlugin.js';
import { drawnMarks } from './markNavigation.js';

/** One place the search found: words of the text, or a mark whose details match. */
export interface FindMatch {
  from: number;
  to: number;
  /** The mark's id when the match is a mark found by its kind, verdict, note, speaker or author. */
  mark: string | null;
}

/** What is being looked for, where it was found, and which match is the current one. */
export interface FindState {
  query: string;
  matches: FindMatch[];
  /** Index into `matches`, or -1 when there are none. */
  current: number;
  decorations: DecorationSet;
}

type Meta = { query: string } | { step: 1 | -1 } | { close: true };

export const findPluginKey = new PluginKey<FindState>('find');

const closed: FindState = { query: '', matches: [], current: -1, decorations: DecorationSet.empty };

/** Every occurrence of the query in the text, ignoring case, within one textblock at a time. */
function textMatches(doc: Node, query: string): FindMatch[] {
  const needle = query.toLocaleLowerCase();
  const matches: FindMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // One character for every inline leaf too, so offsets map straight to positions.
    const text = node.textBetween(0, node.content.size, undefined, '\uFFFC').toLocaleLowerCase();
    for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + needle.length)) {
      matches.push({ from: pos + 1 + index, to: pos + 1 + index + needle.length, mark: null });
    }
    return false;
  });
  return matches;
}

/** What a mark is found by, besides its words: its kind, verdict, note, speaker and author. */
function markFields(annotation: Annotation): string[] {
  const fields = [kindInfo[annotation.kind].label, annotation.note, annotation.author.name];
  if (annotation.kind === 'claim') fields.push(verdictLabels[annotation.verdict]);
  if (annotation.kind === 'attribution') fields.push(annotation.speaker.name, annotation.speaker.role);
  return fields;
}

/** The marks drawn in the text whose details contain the query. */
function markMatches(state: EditorState, query: string): FindMatch[] {
  const needle = query.toLocaleLowerCase();
  const byId = new Map((annotationPluginKey.getState(state)?.resolved ?? []).map((item) => [item.annotation.id, item.annotation]));
  return drawnMarks(state)
    .filter((mark) => {
      const annotation = byId.get(mark.id);
      return annotation !== undefined && markFields(annotation).some((field) => field.toLocaleLowerCase().includes(needle));
    })
    .map((mark) => ({ from: mark.from, to: mark.to, mark: mark.id }));
}

function decorate(doc: Node, matches: FindMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, {
        class: `find-match${match.mark === null ? '' : ' find-mark'}${index === current ? ' find-current' : ''}`,
      }),
    ),
  );
}

/** Searches the state for a query; the current match is the first at or after the caret. */
function search(state: EditorState, query: string): FindState {
  if (query.trim() === '') return { ...closed, query };
  const matches = [...textMatches(state.doc, query), ...markMatches(state, query)].sort((a, b) => a.from - b.from || a.to - b.to);
  const at = matches.findIndex((match) => match.from >= state.selection.from);
  const current = matches.length === 0 ? -1 : Math.max(0, at);
  return { query, matches, current, decorations: decorate(state.doc, matches, current) };
}

/**
 * Find in the document: every occurrence of the words looked for, and every
 * mark whose kind, verdict, note, speaker or author contains them, is
 * highlighted; one of them is the current one, which the caret goes to.
 */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findPluginKey,
    state: {
      init: () => closed,
      apply: (tr, value, _oldState, newState) => {
        const meta = tr.getMeta(findPluginKey) as Meta | undefined;
        if (meta !== undefined && 'close' in meta) return closed;
        if (meta !== undefined && 'query' in meta) return search(newState, meta.query);
        if (meta !== undefined && 'step' in meta) {
          if (value.matches.length === 0) return value;
          const current = (value.current + meta.step + value.matches.length) % value.matches.length;
          return { ...value, current, decorations: decorate(newState.doc, value.matches, current) };
        }
        // The text changed: look again, keeping the current match near where it was.
        if (tr.docChanged && value.query !== '') return search(newState, value.query);
        return value;
      },
    },
    props: {
      decorations: (state) => findPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** Puts the caret on the current match and scrolls to it. */
function goToCurrent(view: EditorView): void {
  const state = findPluginKey.getState(view.state);
  const match = state?.matches[state.current];
  if (match === undefined) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, match.from, match.to)).scrollIntoView());
}

/** Looks for `query` (an empty one clears the highlights) and goes to the first match from the caret. */
export function findText(view: EditorView, query: string): FindState | undefined {
  view.dispatch(view.state.tr.setMeta(findPluginKey, { query } satisfies Meta));
  goToCurrent(view);
  return findPluginKey.getState(view.state);
}

/** Goes to the next (1) or previous (-1) match, round the ends. */
export function stepFind(view: EditorView, step: 1 | -1): FindState | undefined {
  view.dispatch(view.state.tr.setMeta(findPluginKey, { step } satisfies Meta));
  goToCurrent(view);
  return findPluginKey.getState(view.state);
}

/** Clears the search and its highlights. */
export function closeFind(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(findPluginKey, { close: true } satisfies Meta));
}

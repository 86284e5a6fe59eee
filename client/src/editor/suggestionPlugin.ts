import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type EditorState, type PluginSpec, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type * as Y from 'yjs';
import type { Person } from '../../../shared/annotation.js';
import { TextMap } from '../../../shared/anchor/textMap.js';
import {
  acceptSuggestion,
  pendingSuggestions,
  rejectedIds,
  rejectedSuggestions,
  rejectSuggestion,
  suggestMarks,
  type PlacedAnnotation,
  type Suggestion,
} from '../../../shared/suggest/index.js';
import { Suggester } from '../suggestions/suggester.js';
import { annotationPluginKey } from './annotationPlugin.js';
import { localAnnotationOrigin } from './markSelection.js';
import { isRemoteChange, remoteChangeRange } from './remoteChange.js';

/** What the suggestion plugin knows: whether it is on, the suggestions drawn, and the one the reviewer is on. */
export interface SuggestionPluginState {
  enabled: boolean;
  /** The suggestions drawn (not rejected, not marked already), in text order, as of the last computation. */
  pending: Suggestion[];
  decorations: DecorationSet;
  currentId: string | null;
}

type Meta =
  { enable: boolean } | { computed: { pending: Suggestion[]; decorations: DecorationSet } } | { current: string | null } | { drop: string };

export const suggestionPluginKey = new PluginKey<SuggestionPluginState>('suggestions');

/** Everything the plugin needs from outside the editor. */
export interface SuggestionPluginOptions {
  layer: Y.Doc;
  fragment: Y.XmlFragment;
  /** The reviewer accepting or rejecting (the author of accepted marks). */
  author: () => Person;
  /** Called before each accept or reject, so that each is undone on its own (ends the undo manager's capture). */
  beforeDecision?: () => void;
  /** Called when suggestions are turned on or off, recomputed, or the current one changes. */
  onChange: (state: SuggestionPluginState) => void;
}

/** The keys of the suggestion flow, listed in the help sheet. */
export const suggestionShortcuts: readonly { keys: string; action: string }[] = [
  { keys: 'Alt-n / Alt-p', action: 'Next or previous suggestion (when suggestions are on)' },
  { keys: 'Alt-a', action: 'Accept the suggestion you are on: it becomes a real mark' },
  { keys: 'Alt-r', action: 'Reject the suggestion you are on, for everyone in the layer' },
];

/** Quiet time after an edit before suggestions are computed again, so typing never waits for them. */
const recomputeDelay = 300;

function decorationFor(suggestion: Suggestion, from: number, to: number, current: boolean): Decoration {
  const speaker = suggestion.speaker === undefined ? '' : ` · ${suggestion.speaker.name}`;
  return Decoration.inline(
    from,
    to,
    {
      class: `suggestion suggestion-${suggestion.kind}${current ? ' suggestion-current' : ''}`,
      'data-suggestion-id': suggestion.id,
      title: `Suggested ${suggestion.kind}${speaker} (${suggestion.reason}). Alt+N: next, Alt+A: accept, Alt+R: reject`,
    },
    { id: suggestion.id, inclusiveStart: false, inclusiveEnd: false },
  );
}

/** The annotations of the layer as drawn now, as text offsets: the decorations are mapped through local edits, the resolved list is not. */
function placedAnnotations(state: EditorState, map: TextMap): PlacedAnnotation[] {
  const annotations = annotationPluginKey.getState(state);
  if (annotations === undefined) return [];
  const kinds = new Map(annotations.resolved.map((item) => [item.annotation.id, item.annotation.kind]));
  return annotations.decorations.find().flatMap((decoration) => {
    const id = (decoration.spec as { id: string }).id;
    const kind = kinds.get(id);
    return kind === undefined ? [] : [{ id, kind, start: map.offsetAt(decoration.from), end: map.offsetAt(decoration.to) }];
  });
}

/** The suggestions of the article as it is in `state` (`all`, read from `map`'s text) that are pending, and their decorations. */
function placeSuggestions(state: EditorState, layer: Y.Doc, all: Suggestion[], map: TextMap, currentId: string | null) {
  const pending = pendingSuggestions(all, rejectedIds(layer), placedAnnotations(state, map));
  const decorations = DecorationSet.create(
    state.doc,
    pending.map((suggestion) =>
      decorationFor(suggestion, map.posAt(suggestion.start, 1), map.posAt(suggestion.end, -1), suggestion.id === currentId),
    ),
  );
  return { pending, decorations };
}

/** The decorations with the current suggestion's drawn as current. */
function withCurrent(state: SuggestionPluginState, doc: Node, currentId: string | null): DecorationSet {
  const byId = new Map(state.pending.map((suggestion) => [suggestion.id, suggestion]));
  const decorations = state.decorations.find().flatMap((decoration) => {
    const suggestion = byId.get((decoration.spec as { id: string }).id);
    return suggestion === undefined ? [] : [decorationFor(suggestion, decoration.from, decoration.to, suggestion.id === currentId)];
  });
  return DecorationSet.create(doc, decorations);
}

function applyMeta(state: SuggestionPluginState, meta: Meta, doc: Node): SuggestionPluginState {
  if ('enable' in meta) return { enabled: meta.enable, pending: [], decorations: DecorationSet.empty, currentId: null };
  if (!state.enabled) return state;
  if ('computed' in meta) {
    const currentId = meta.computed.pending.some((suggestion) => suggestion.id === state.currentId) ? state.currentId : null;
    return { ...state, ...meta.computed, currentId };
  }
  if ('drop' in meta) {
    const pending = state.pending.filter((suggestion) => suggestion.id !== meta.drop);
    const decorations = state.decorations.remove(
      state.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === meta.drop),
    );
    return { ...state, pending, decorations, currentId: state.currentId === meta.drop ? null : state.currentId };
  }
  return { ...state, currentId: meta.current, decorations: withCurrent(state, doc, meta.current) };
}

function apply(tr: Transaction, value: SuggestionPluginState, oldState: EditorState, newState: EditorState): SuggestionPluginState {
  const meta = tr.getMeta(suggestionPluginKey) as Meta | undefined;
  let state = value;
  if (tr.docChanged && state.enabled) {
    const remote = isRemoteChange(tr);
    // A remote change replaces the whole document: mapping through it would drop every decoration.
    const mapping = remote ? (remoteChangeRange(oldState.doc, newState.doc)?.mapping ?? null) : tr.mapping;
    const mapped = { ...state, decorations: mapping === null ? state.decorations : state.decorations.map(mapping, newState.doc) };
    state = {
      ...mapped,
      currentId: null,
      decorations: state.currentId === null ? mapped.decorations : withCurrent(mapped, newState.doc, null),
    };
  } else if (tr.selectionSet && state.currentId !== null && (meta === undefined || !('current' in meta))) {
    // The reviewer moved away: Alt+A and Alt+R no longer apply.
    state = { ...state, currentId: null, decorations: withCurrent(state, newState.doc, null) };
  }
  return meta === undefined ? state : applyMeta(state, meta, newState.doc);
}

/** The range the current suggestion is drawn on, if the selection is exactly on it (so its keys apply). */
function currentRange(state: EditorState): { id: string; from: number; to: number } | null {
  const plugin = suggestionPluginKey.getState(state);
  if (plugin?.currentId == null) return null;
  const id = plugin.currentId;
  const [decoration] = plugin.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === id);
  if (decoration === undefined || state.selection.from !== decoration.from || state.selection.to !== decoration.to) return null;
  return { id, from: decoration.from, to: decoration.to };
}

/**
 * Shows rule-based suggestions (shared/suggest) as dashed marks, for a reviewer
 * to accept (Alt+A: a real annotation, undoable) or reject (Alt+R: hidden
 * for everyone in the layer, undoable) one key at a time, moving with Alt+N
 * and Alt+P. Off until turned on. Suggestions are computed from the article
 * text once edits pause, and again when the layer's marks or rejections change,
 * in a Web Worker (`Suggester`) so typing never waits for them; between times
 * their decorations are mapped through edits.
 */
export function suggestionPlugin(options: SuggestionPluginOptions): Plugin<SuggestionPluginState> {
  // One worker per editor, started when suggestions are first turned on.
  const suggester = new Suggester();
  const spec: PluginSpec<SuggestionPluginState> & { options: SuggestionPluginOptions; suggester: Suggester } = {
    key: suggestionPluginKey,
    options,
    suggester,
    state: {
      init: () => ({ enabled: false, pending: [], decorations: DecorationSet.empty, currentId: null }),
      apply,
    },
    props: {
      decorations: (state) => suggestionPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
      // A DOM handler, not handleKeyDown: it runs before every plugin's keys.
      handleDOMEvents: {
        keydown: (view, event) => {
          const handled = suggestionKey(view, event);
          if (handled) event.preventDefault();
          return handled;
        },
      },
    },
    view: (view) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const recompute = () => {
        timer = null;
        const state = suggestionPluginKey.getState(view.state);
        if (view.isDestroyed || state?.enabled !== true) return;
        const started = performance.now();
        const doc = view.state.doc;
        const map = TextMap.of(doc);
        const asked = performance.now() - started;
        void suggester.suggest(map.text).then((all) => {
          const now = suggestionPluginKey.getState(view.state);
          // Overtaken, turned off, or the article changed meanwhile: the edit has scheduled another computation.
          if (all === null || view.isDestroyed || now?.enabled !== true || view.state.doc !== doc) return;
          const placing = performance.now();
          const { pending, decorations } = placeSuggestions(view.state, options.layer, all, map, now.currentId);
          view.dispatch(view.state.tr.setMeta(suggestionPluginKey, { computed: { pending, decorations } } satisfies Meta));
          // What the page's main thread spent on it (the reading itself is the worker's).
          performance.measure('factmark:suggestions', { start: started, duration: asked + performance.now() - placing });
        });
      };
      const schedule = (delay: number) => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(recompute, delay);
      };
      const rejected = rejectedSuggestions(options.layer);
      const onRejected = () => {
        if (suggestionPluginKey.getState(view.state)?.enabled === true) schedule(0);
      };
      rejected.observe(onRejected);
      let last = suggestionPluginKey.getState(view.state);
      if (last !== undefined) options.onChange(last);
      let lastAnnotations = annotationPluginKey.getState(view.state)?.resolved;
      return {
        update: (updated, previous) => {
          const current = suggestionPluginKey.getState(updated.state);
          const annotations = annotationPluginKey.getState(updated.state)?.resolved;
          if (current === undefined) return;
          if (current.enabled && last?.enabled !== true) schedule(0);
          else if (current.enabled && (updated.state.doc !== previous.doc || annotations !== lastAnnotations)) schedule(recomputeDelay);
          if (!current.enabled && timer !== null) clearTimeout(timer);
          if (
            last === undefined ||
            current.enabled !== last.enabled ||
            current.pending !== last.pending ||
            current.currentId !== last.currentId
          )
            options.onChange(current);
          last = current;
          lastAnnotations = annotations;
        },
        destroy: () => {
          if (timer !== null) clearTimeout(timer);
          rejected.unobserve(onRejected);
          suggester.destroy();
        },
      };
    },
  };
  return new Plugin<SuggestionPluginState>(spec);
}

/**
 * The suggestion flow's keys: Alt+N and Alt+P move; on the current suggestion,
 * Alt+A accepts and Alt+R rejects. Enter and Backspace keep editing the text.
 * Keys are read by their place on the keyboard, as Option+letter types a
 * character on a Mac.
 */
function suggestionKey(view: EditorView, event: KeyboardEvent): boolean {
  if (suggestionPluginKey.getState(view.state)?.enabled !== true || event.ctrlKey || event.metaKey || !event.altKey || event.shiftKey)
    return false;
  if (event.code === 'KeyN' || event.code === 'KeyP') return moveToSuggestion(view, event.code === 'KeyN' ? 1 : -1);
  if (currentRange(view.state) === null) return false;
  // On a suggestion the keys decide it, even if that fails: they must never fall through to type a character.
  if (event.code === 'KeyA') acceptCurrentSuggestion(view);
  else if (event.code === 'KeyR') rejectCurrentSuggestion(view);
  else return false;
  return true;
}

function optionsOf(state: EditorState): SuggestionPluginOptions | null {
  const plugin = suggestionPluginKey.get(state);
  return plugin === undefined ? null : (plugin.spec as { options: SuggestionPluginOptions }).options;
}

/** Turns suggestions on or off. */
export function setSuggestionsEnabled(view: EditorView, enabled: boolean): void {
  view.dispatch(view.state.tr.setMeta(suggestionPluginKey, { enable: enabled } satisfies Meta));
}

/** Selects the next (1) or previous (-1) suggestion after the selection, wrapping around, and makes it current. */
export function moveToSuggestion(view: EditorView, direction: 1 | -1, skip: string | null = null): boolean {
  const state = suggestionPluginKey.getState(view.state);
  if (state?.enabled !== true) return false;
  const drawn = state.decorations
    .find()
    .filter((decoration) => (decoration.spec as { id: string }).id !== skip)
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const first = drawn[0];
  const lastOne = drawn[drawn.length - 1];
  if (first === undefined || lastOne === undefined) return true;
  const from = view.state.selection.from;
  const target =
    direction > 0
      ? (drawn.find((decoration) => decoration.from > from || (decoration.from === from && skip !== null)) ?? first)
      : ([...drawn].reverse().find((decoration) => decoration.from < from) ?? lastOne);
  view.dispatch(
    view.state.tr
      .setSelection(TextSelection.create(view.state.doc, target.from, target.to))
      .setMeta(suggestionPluginKey, { current: (target.spec as { id: string }).id } satisfies Meta)
      .scrollIntoView(),
  );
  view.focus();
  return true;
}

/** Makes a suggestion current, selecting its words. */
export function goToSuggestion(view: EditorView, id: string): void {
  const state = suggestionPluginKey.getState(view.state);
  const [decoration] = state?.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === id) ?? [];
  if (decoration === undefined) return;
  view.dispatch(
    view.state.tr
      .setSelection(TextSelection.create(view.state.doc, decoration.from, decoration.to))
      .setMeta(suggestionPluginKey, { current: id } satisfies Meta)
      .scrollIntoView(),
  );
  view.focus();
}

/** The current suggestion, read from the article as it is now (so its offsets are exact), or why there is none. */
function currentSuggestion(view: EditorView): { suggestion: Suggestion; all: Suggestion[]; map: TextMap } | string {
  const range = currentRange(view.state);
  if (range === null) return 'Move to a suggestion first (Alt+N).';
  const map = TextMap.of(view.state.doc);
  const plugin = suggestionPluginKey.get(view.state);
  // The last computation's answer when the text has not changed since; else read now.
  const all = plugin === undefined ? suggestMarks(map.text) : (plugin.spec as { suggester: Suggester }).suggester.suggestNow(map.text);
  const suggestion = all.find((candidate) => candidate.id === range.id);
  return suggestion === undefined ? 'This suggestion no longer applies to the text.' : { suggestion, all, map };
}

/** Accepts the current suggestion as a real annotation in the layer and moves to the next. Returns null, or why it could not. */
export function acceptCurrentSuggestion(view: EditorView): string | null {
  const options = optionsOf(view.state);
  const found = currentSuggestion(view);
  if (options === null || typeof found === 'string') return typeof found === 'string' ? found : 'Suggestions are off.';
  const { suggestion, all, map } = found;
  options.beforeDecision?.();
  try {
    acceptSuggestion(
      options.layer,
      { fragment: options.fragment, doc: view.state.doc },
      suggestion,
      all,
      placedAnnotations(view.state, map),
      options.author(),
      localAnnotationOrigin,
    );
  } catch (error) {
    // The article and its Yjs fragment out of step for a moment: nothing was written, the reviewer may try again.
    return (error as Error).message;
  }
  settle(view, suggestion.id);
  return null;
}

/** Rejects the current suggestion for everyone in the layer and moves to the next. Returns null, or why it could not. */
export function rejectCurrentSuggestion(view: EditorView): string | null {
  const options = optionsOf(view.state);
  const found = currentSuggestion(view);
  if (options === null || typeof found === 'string') return typeof found === 'string' ? found : 'Suggestions are off.';
  options.beforeDecision?.();
  rejectSuggestion(options.layer, found.suggestion, options.author(), localAnnotationOrigin);
  settle(view, found.suggestion.id);
  return null;
}

/** After a decision: moves on to the next suggestion, and stops drawing the decided one at once. */
function settle(view: EditorView, id: string): void {
  moveToSuggestion(view, 1, id);
  view.dispatch(view.state.tr.setMeta(suggestionPluginKey, { drop: id } satisfies Meta));
}

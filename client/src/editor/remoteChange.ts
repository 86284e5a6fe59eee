import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { Mapping, StepMap } from 'prosemirror-transform';
import { ySyncPluginKey } from 'y-prosemirror';

/** Whether y-prosemirror made this transaction to apply a collaborator's change. */
export function isRemoteChange(tr: Transaction): boolean {
  return (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
}

/**
 * What a remote change really changed. y-prosemirror applies it as one
 * replacement of the whole document, whose mapping would drop every
 * decoration; this is the range that differs (`from` to `to` before,
 * `from` to `to + (size change)` after) and a mapping of only that range,
 * so decorations elsewhere survive. Null when nothing differs.
 */
export function remoteChangeRange(before: Node, after: Node): { from: number; to: number; newTo: number; mapping: Mapping } | null {
  const from = before.content.findDiffStart(after.content);
  if (from === null) return null;
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  // Where both ends overlap (a repeated character), keep the change non-negative:
  // both ends move past the overlap alike, so the size changes by exactly the difference.
  const to = Math.max(end.a, from);
  const newTo = end.b + (to - end.a);
  return { from, to, newTo, mapping: new Mapping([new StepMap([from, to - from, newTo - from])]) };
}

/** The character at a position of a document, or null where there is none (a node boundary). */
function charAt(doc: Node, pos: number): string | null {
  if (pos < 0 || pos >= doc.content.size) return null;
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  const text = doc.textBetween(pos, pos + 1, '', '');
  return text.length === 1 ? text : null;
}

/**
 * The stretch of the old document over which a change could equally have
 * been made: text inserted or deleted inside a repeated run ("the the") can
 * be placed anywhere along it, and y-prosemirror's guess (a diff of the
 * texts) may differ from ours. Marks with an edge in it are placed again.
 */
export function ambiguousRange(before: Node, after: Node, from: number, to: number, newTo: number): { from: number; to: number } {
  const removed = to > from ? before.textBetween(from, to, '', '') : '';
  const added = newTo > from ? after.textBetween(from, newTo, '', '') : '';
  // Only a pure insertion or deletion of text shifts along repeated text.
  const moved = removed === '' ? added : added === '' ? removed : '';
  if (moved === '') return { from, to };
  let left = 0;
  while (left < 256 && charAt(before, from - 1 - left) === moved[(moved.length - 1 - (left % moved.length)) % moved.length]) left++;
  let right = 0;
  while (right < 256 && charAt(before, to + right) === moved[right % moved.length]) right++;
  return { from: from - left, to: to + right };
}

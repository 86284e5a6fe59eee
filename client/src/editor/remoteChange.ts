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
export function remoteChangeRange(before: Node, after: Node): { from: number; to: number; mapping: Mapping } | null {
  const from = before.content.findDiffStart(after.content);
  if (from === null) return null;
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  // Where both ends overlap (a repeated character), keep the change non-negative.
  const to = Math.max(end.a, from);
  const newTo = Math.max(end.b, from + (to - end.a));
  return { from, to, mapping: new Mapping([new StepMap([from, to - from, newTo - from])]) };
}

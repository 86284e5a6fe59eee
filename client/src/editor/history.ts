import type * as Y from 'yjs';

type Source = 'article' | 'layer';

const stampKey = 'factmark:at';

/**
 * One undo history over two Y.UndoManagers, the article's (from
 * y-prosemirror) and the annotation layer's: undo takes back whichever of
 * this person's own changes came last, redo goes the other way, and a new
 * change clears both redo stacks. Stack items are stamped in order; the top
 * of each stack is compared, so a stack item that Yjs drops (a collaborator
 * deleted the text it would undo) cannot leave the order out of step.
 */
export class CombinedHistory {
  private readonly managers: Record<Source, Y.UndoManager>;
  private readonly cleanups: (() => void)[] = [];
  private clock = 0;

  constructor(article: Y.UndoManager, layer: Y.UndoManager) {
    this.managers = { article, layer };
    for (const source of ['article', 'layer'] as const) {
      const manager = this.managers[source];
      const other = this.managers[source === 'article' ? 'layer' : 'article'];
      const stamp = (event: { stackItem: { meta: Map<string, unknown> } }) => event.stackItem.meta.set(stampKey, ++this.clock);
      const added = (event: { stackItem: { meta: Map<string, unknown> }; origin: unknown; type: 'undo' | 'redo' }) => {
        stamp(event);
        // A fresh change (not one made by undo or redo) ends the redo history of both.
        if (event.type === 'undo' && event.origin !== manager) other.clear(false, true);
      };
      manager.on('stack-item-added', added);
      manager.on('stack-item-updated', stamp);
      this.cleanups.push(() => {
        manager.off('stack-item-added', added);
        manager.off('stack-item-updated', stamp);
      });
    }
  }

  private order(stack: 'undoStack' | 'redoStack'): Source[] {
    const top = (source: Source) => {
      const items = this.managers[source][stack];
      return (items[items.length - 1]?.meta.get(stampKey) as number | undefined) ?? -1;
    };
    return (['article', 'layer'] as const).filter((source) => top(source) >= 0).sort((a, b) => top(b) - top(a));
  }

  /** Undoes the latest own change; false if there is none. */
  undo(): boolean {
    return this.step('undoStack');
  }

  redo(): boolean {
    return this.step('redoStack');
  }

  /**
   * Takes the newest step of either stack. Yjs passes over a step with
   * nothing left to do (a collaborator deleted what it would undo) to the
   * next one of the same manager, which may be older than the other's top:
   * so each manager is given only its top step, and a step that did nothing
   * is dropped and the order asked again.
   */
  private step(stack: 'undoStack' | 'redoStack'): boolean {
    for (;;) {
      const source = this.order(stack)[0];
      if (source === undefined) return false;
      const manager = this.managers[source];
      const older = manager[stack].splice(0, manager[stack].length - 1);
      let done: boolean;
      try {
        done = (stack === 'undoStack' ? manager.undo() : manager.redo()) !== null;
      } finally {
        manager[stack].unshift(...older);
      }
      if (done) return true;
    }
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
  }
}

import type * as Y from 'yjs';

type Source = 'article' | 'layer';

/**
 * One undo history over two Y.UndoManagers, the article's (from
 * y-prosemirror) and the annotation layer's: undo takes back whichever of
 * this person's own changes came last, redo goes the other way.
 */
export class CombinedHistory {
  private readonly managers: Record<Source, Y.UndoManager>;
  private readonly undoOrder: Source[] = [];
  private readonly redoOrder: Source[] = [];
  private readonly cleanups: (() => void)[] = [];

  constructor(article: Y.UndoManager, layer: Y.UndoManager) {
    this.managers = { article, layer };
    for (const source of ['article', 'layer'] as const) {
      const manager = this.managers[source];
      const added = (event: { type: 'undo' | 'redo' }) => (event.type === 'undo' ? this.undoOrder : this.redoOrder).push(source);
      const popped = (event: { type: 'undo' | 'redo' }) => remove(event.type === 'undo' ? this.undoOrder : this.redoOrder, source);
      const cleared = (event: { undoStackCleared: boolean; redoStackCleared: boolean }) => {
        if (event.undoStackCleared) removeAll(this.undoOrder, source);
        if (event.redoStackCleared) removeAll(this.redoOrder, source);
      };
      manager.on('stack-item-added', added);
      manager.on('stack-item-popped', popped);
      manager.on('stack-cleared', cleared);
      this.cleanups.push(() => {
        manager.off('stack-item-added', added);
        manager.off('stack-item-popped', popped);
        manager.off('stack-cleared', cleared);
      });
    }
  }

  /** Undoes the latest own change; false if there is none. */
  undo(): boolean {
    const source = this.undoOrder[this.undoOrder.length - 1];
    return source !== undefined && this.managers[source].undo() !== null;
  }

  redo(): boolean {
    const source = this.redoOrder[this.redoOrder.length - 1];
    return source !== undefined && this.managers[source].redo() !== null;
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
  }
}

function remove(order: Source[], source: Source): void {
  const index = order.lastIndexOf(source);
  if (index !== -1) order.splice(index, 1);
}

function removeAll(order: Source[], source: Source): void {
  for (let index = order.length - 1; index >= 0; index--) if (order[index] === source) order.splice(index, 1);
}

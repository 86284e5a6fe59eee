import * as Y from 'yjs';

/**
 * Where an item goes: under a root type by name, or under the shared type
 * another item holds, with its map key (`null` for list content).
 */
export interface Place {
  parent: { root: string } | { item: Y.Item };
  key: string | null;
}

/**
 * `dropped`: Yjs will keep nothing of the item (its parent or neighbour is
 * gone), so it cannot change what anyone reads. `unknown`: it depends on an
 * item neither the update nor the doc holds; Yjs keeps it pending, and it is
 * checked again when it is applied with what it lacks.
 */
export type Resolution = Place | 'dropped' | 'unknown';

type Struct = Y.Item | Y.GC | Y.Skip;

/** An item as decoded from an update (parent not yet a type) or as integrated in a doc. */
function isIntegrated(item: Y.Item): boolean {
  return item.parent instanceof Y.AbstractType;
}

/**
 * A decoded update read against the doc it is about to be applied to: its
 * new items, each with where it will go, resolved through the update's own
 * items and the doc's, as Yjs will resolve them.
 */
export class PlacedUpdate {
  /** The items the doc does not hold yet (what applying the update would add). */
  readonly items: Y.Item[] = [];
  /** What the update deletes. */
  readonly deletes: ReturnType<typeof Y.createDeleteSet>;
  /** The doc the update is about to be applied to. */
  readonly doc: Y.Doc;
  private readonly byClient = new Map<number, Struct[]>();
  private readonly places = new Map<Y.Item, Resolution>();

  /** Decodes an update (v1, or v2 for what Yjs left pending); throws on malformed bytes. */
  constructor(doc: Y.Doc, update: Uint8Array, v2 = false) {
    this.doc = doc;
    const { structs, ds } = (v2 ? Y.decodeUpdateV2 : Y.decodeUpdate)(update);
    this.deletes = ds;
    for (const struct of structs as Struct[]) {
      let list = this.byClient.get(struct.id.client);
      if (list === undefined) this.byClient.set(struct.id.client, (list = []));
      list.push(struct);
      // Structs the doc already holds are skipped by Yjs, and so here.
      if (struct instanceof Y.Item && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) this.items.push(struct);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** The struct holding an id: the doc's if it has it, else the update's; null if neither. */
  find(id: Y.ID): Struct | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) return Y.getItem(this.doc.store, id) as Struct;
    const list = this.byClient.get(id.client);
    if (list === undefined) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle] as Struct;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return null;
  }

  /** Where an item (the update's or the doc's) goes, following its neighbours as Yjs does. */
  placeOf(item: Y.Item): Resolution {
    const known = this.places.get(item);
    if (known !== undefined) return known;
    // Guards against origins that loop: such an item never integrates.
    this.places.set(item, 'unknown');
    const place = this.resolve(item);
    this.places.set(item, place);
    return place;
  }

  private resolve(item: Y.Item): Resolution {
    const parent = item.parent as Y.AbstractType<unknown> | Y.ID | string | null;
    if (isIntegrated(item)) {
      const type = parent as Y.AbstractType<unknown>;
      if (type._item === null) return { parent: { root: Y.findRootTypeKey(type) }, key: item.parentSub };
      return { parent: { item: type._item }, key: item.parentSub };
    }
    if (typeof parent === 'string') return { parent: { root: parent }, key: item.parentSub };
    if (parent instanceof Y.ID) {
      const holder = this.find(parent);
      if (holder === null) return 'unknown';
      if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return 'dropped';
      return { parent: { item: holder }, key: item.parentSub };
    }
    // No parent written: it is the parent of its right neighbour, else its left one.
    const neighbourIds = [item.rightOrigin, item.origin].filter((id): id is Y.ID => id !== null);
    if (neighbourIds.length === 0) return 'dropped';
    const neighbours = neighbourIds.map((id) => this.find(id));
    if (neighbours.some((neighbour) => neighbour === null)) return 'unknown';
    if (neighbours.some((neighbour) => !(neighbour instanceof Y.Item))) return 'dropped';
    return this.placeOf(neighbours[0] as Y.Item);
  }

  /** The doc's items this update deletes (that are not deleted yet). */
  *deletedItems(): Generator<Y.Item> {
    for (const [client, ranges] of this.deletes.clients) {
      const structs = this.doc.store.clients.get(client);
      if (structs === undefined) continue;
      const state = Y.getState(this.doc.store, client);
      for (const { clock, len } of ranges) {
        if (clock >= state) continue;
        for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
          const struct = structs[index] as Struct;
          if (struct.id.clock >= clock + len) break;
          if (struct instanceof Y.Item && !struct.deleted) yield struct;
        }
      }
    }
  }

  /** Whether this update deletes an item. */
  isDeleting(id: Y.ID): boolean {
    return Y.isDeleted(this.deletes, id);
  }
}

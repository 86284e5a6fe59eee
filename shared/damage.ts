/**
 * Damage the server found in a document's stored history (a journal frame
 * or a database record it could not read), as shown to the document's
 * owners: the document is still served, from what could be read.
 */
export interface DocumentDamage {
  /** Updates known to be affected, or null when that cannot be told. */
  updates: number | null;
  /** What was found, one line per finding. */
  problems: string[];
}

import path from 'node:path';
import * as Y from 'yjs';
import { layerRoomName, teamLayerId } from '../../shared/index.js';
import { UpdateJournal } from '../../server/store/UpdateJournal.js';
import { mark, type TestArticle } from './article.js';

/**
 * Appends to a stopped server's journal the marks a crash kept from LevelDB:
 * one claim on each of `words` in the document's team layer, each made by a
 * client of its own (so no mark depends on another). Returns where each
 * frame starts, and where the journal ends.
 */
export function journalMarks(
  dataDir: string,
  docId: string,
  article: TestArticle,
  words: readonly string[],
): { starts: number[]; end: number } {
  const file = path.join(dataDir, 'store.journal');
  const { journal } = UpdateJournal.open(file, () => `${file}.unexpected`);
  const starts: number[] = [];
  for (const word of words) {
    starts.push(journal.bytes);
    const layer = new Y.Doc();
    mark(article, layer, 'claim', word);
    journal.append(layerRoomName(docId, teamLayerId), Y.encodeStateAsUpdate(layer));
  }
  const end = journal.bytes;
  journal.close();
  return { starts, end };
}

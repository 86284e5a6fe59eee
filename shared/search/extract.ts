import { detailShape } from '../annotation/schema.js';
import type { DocumentRecord } from '../document.js';
import type { ExportModel } from '../export/model.js';

/** Whether marks carry a review step (`checkStatus`): the claim workflow adds it to the annotation schema. */
export const marksHaveCheckStatus = 'checkStatus' in detailShape;

/**
 * A mark as search holds it: what it can be found by (its quote, note and
 * speaker) and filtered on, and where it is in the `text` export (UTF-16
 * offsets inside factmark; an answer converts them to code points).
 */
export interface SearchMark {
  id: string;
  layer: string;
  kind: string;
  /** A claim's verdict; null for other kinds. */
  verdict: string | null;
  /** A claim's review step, when the schema has one; else null. */
  checkStatus: string | null;
  /** The speaker's name: an attribution's own, or for a claim or denial that of an attribution linked to it; '' when none. */
  speaker: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  quote: string;
  note: string;
  /** Null for an orphan (its text was deleted). */
  start: number | null;
  end: number | null;
}

/** What search keeps of one document: its record (for access and dates), title, text and marks. */
export interface SearchExtract {
  record: DocumentRecord;
  title: string;
  /** The `text` export of the article. */
  text: string;
  marks: SearchMark[];
}

/** A claim's review step, read by name so that search follows the schema whether or not it has the field. */
function checkStatusOf(annotation: object): string | null {
  const value = (annotation as { checkStatus?: unknown }).checkStatus;
  return typeof value === 'string' ? value : null;
}

/** What search keeps of a document ready to export: every layer's marks, with the speaker a claim is attributed to. */
export function searchExtractOf(model: ExportModel): SearchExtract {
  const marks: SearchMark[] = [];
  for (const layer of model.layers) {
    // A claim's speaker is the one of an attribution in the same layer that links to it.
    const speakerOf = new Map<string, string>();
    for (const annotation of layer.annotations)
      if (annotation.kind === 'attribution' && annotation.speaker.name !== '')
        for (const link of annotation.links) if (!speakerOf.has(link)) speakerOf.set(link, annotation.speaker.name);
    for (const annotation of layer.annotations) {
      marks.push({
        id: annotation.id,
        layer: layer.id,
        kind: annotation.kind,
        verdict: annotation.kind === 'claim' ? annotation.verdict : null,
        checkStatus: annotation.kind === 'claim' ? checkStatusOf(annotation) : null,
        speaker: annotation.kind === 'attribution' ? annotation.speaker.name : (speakerOf.get(annotation.id) ?? ''),
        authorId: annotation.author.id,
        authorName: annotation.author.name,
        createdAt: annotation.createdAt,
        quote: annotation.quote,
        note: annotation.note,
        start: annotation.start,
        end: annotation.end,
      });
    }
  }
  return { record: model.record, title: model.record.title, text: model.text, marks };
}

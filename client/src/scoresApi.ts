import type { LayerAgreement, ScoreReport } from '../../shared/agreement/index.js';
import type { DocumentRecord } from '../../shared/document.js';
import type { Api } from './api.js';
import { saveFile } from './download.js';

/** Marks a layer as the document's answer key (null: none); returns the new record. */
export async function setAnswerKey(api: Api, id: string, layer: string | null): Promise<DocumentRecord> {
  const response = await api.fetch(`/api/documents/${encodeURIComponent(id)}/answer-key`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ layer }),
  });
  return (await response.json()) as DocumentRecord;
}

/** Every student's scores against the answer key, and the spans the class missed. */
export async function fetchScores(api: Api, id: string): Promise<ScoreReport> {
  return (await (await api.fetch(`/api/documents/${encodeURIComponent(id)}/scores`)).json()) as ScoreReport;
}

/** Agreement between two or more layers. */
export async function fetchAgreement(api: Api, id: string, layers: string[]): Promise<LayerAgreement> {
  const query = new URLSearchParams({ layers: layers.join(',') });
  return (await (await api.fetch(`/api/documents/${encodeURIComponent(id)}/agreement?${query.toString()}`)).json()) as LayerAgreement;
}

/** Downloads the scores (or the missed spans) as a CSV file. */
export async function downloadScoresCsv(api: Api, id: string, table: 'students' | 'missed'): Promise<string> {
  const response = await api.fetch(`/api/documents/${encodeURIComponent(id)}/scores?format=csv&table=${table}`);
  const fileName = `${id}.${table === 'missed' ? 'missed' : 'scores'}.csv`;
  saveFile(await response.blob(), fileName);
  return fileName;
}

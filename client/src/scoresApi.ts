import type { LayerAgreement, ScoreReport } from '../../shared/agreement/index.js';
import type { DocumentRecord } from '../../shared/document.js';
import { ApiError, type Api } from './api.js';

/** Calls the answer key and scores API with the page's token; a failure throws ApiError with the server's detail. */
async function call(api: Api, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${api.tokenValue}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; detail?: string } | null;
    throw new ApiError(response.status, body?.detail ?? body?.error ?? `The server answered ${response.status}.`);
  }
  return response;
}

/** Marks a layer as the document's answer key (null: none); returns the new record. */
export async function setAnswerKey(api: Api, id: string, layer: string | null): Promise<DocumentRecord> {
  const response = await call(api, `/api/documents/${encodeURIComponent(id)}/answer-key`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ layer }),
  });
  return (await response.json()) as DocumentRecord;
}

/** Every student's scores against the answer key, and the spans the class missed. */
export async function fetchScores(api: Api, id: string): Promise<ScoreReport> {
  return (await (await call(api, `/api/documents/${encodeURIComponent(id)}/scores`)).json()) as ScoreReport;
}

/** Agreement between two or more layers. */
export async function fetchAgreement(api: Api, id: string, layers: string[]): Promise<LayerAgreement> {
  const query = new URLSearchParams({ layers: layers.join(',') });
  return (await (await call(api, `/api/documents/${encodeURIComponent(id)}/agreement?${query.toString()}`)).json()) as LayerAgreement;
}

/** Downloads the scores (or the missed spans) as a CSV file. */
export async function downloadScoresCsv(api: Api, id: string, table: 'students' | 'missed'): Promise<string> {
  const response = await call(api, `/api/documents/${encodeURIComponent(id)}/scores?format=csv&table=${table}`);
  const fileName = `${id}.${table === 'missed' ? 'missed' : 'scores'}.csv`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

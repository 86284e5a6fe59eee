import type { Comparison } from '../../../shared/compare/compare.js';
import { ApiError, type Api } from '../api.js';

async function compareRequest(api: Api, a: string, b: string, format: 'json' | 'html'): Promise<Response> {
  const query = new URLSearchParams({ a, b, format });
  const response = await fetch(`/api/compare?${query.toString()}`, { headers: { Authorization: `Bearer ${api.tokenValue}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; detail?: string } | null;
    throw new ApiError(response.status, body?.detail ?? body?.error ?? `The server answered ${response.status}.`);
  }
  return response;
}

/** Two documents compared by the server as versions of one story. */
export async function fetchComparison(api: Api, a: string, b: string): Promise<Comparison> {
  return (await (await compareRequest(api, a, b, 'json')).json()) as Comparison;
}

/** Downloads the comparison as a standalone HTML page; returns the file's name. */
export async function downloadComparisonHtml(api: Api, a: string, b: string): Promise<string> {
  const blob = await (await compareRequest(api, a, b, 'html')).blob();
  const fileName = `${a}-${b}.compare.html`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

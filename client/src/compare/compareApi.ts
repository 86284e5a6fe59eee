import { CodePointOffsets, reportInUtf16 } from '../../../shared/codePoints.js';
import type { Comparison } from '../../../shared/compare/compare.js';
import type { Api } from '../api.js';
import { saveFile } from '../download.js';

function compareRequest(api: Api, a: string, b: string, format: 'json' | 'html'): Promise<Response> {
  return api.fetch(`/api/compare?${new URLSearchParams({ a, b, format }).toString()}`);
}

/** Two documents compared by the server as versions of one story, its offsets (code points in the API) as indexes of each side's text. */
export async function fetchComparison(api: Api, a: string, b: string): Promise<Comparison> {
  const comparison = (await (await compareRequest(api, a, b, 'json')).json()) as Comparison;
  return reportInUtf16(comparison, { a: CodePointOffsets.of(comparison.a.text), b: CodePointOffsets.of(comparison.b.text) });
}

/** Downloads the comparison as a standalone HTML page; returns the file's name. */
export async function downloadComparisonHtml(api: Api, a: string, b: string): Promise<string> {
  const blob = await (await compareRequest(api, a, b, 'html')).blob();
  const fileName = `${a}-${b}.compare.html`;
  saveFile(blob, fileName);
  return fileName;
}

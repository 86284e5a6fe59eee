import { useState } from 'react';
import type { Api } from './api.js';
import { saveFile } from './download.js';

const formats = [
  { id: 'claimreview', label: 'ClaimReview (JSON-LD, for publishing)' },
  { id: 'csv', label: 'Spreadsheet (CSV)' },
  { id: 'html', label: 'Standalone page (HTML, for the archive)' },
  { id: 'docx', label: 'Word document (each mark a comment)' },
  { id: 'wa', label: 'W3C Web Annotation (JSON-LD)' },
  { id: 'factmark', label: 'factmark JSON (lossless)' },
  { id: 'markdown', label: 'Markdown with footnotes' },
  { id: 'text', label: 'Plain text' },
] as const;

/**
 * Downloads the document in a chosen format, and says what the export left
 * out (damaged entries, claims ClaimReview cannot hold). Choosing a format
 * downloads nothing: a keyboard moving through the list with the arrow keys
 * would download each format it passes. The button does.
 */
export function ExportMenu({ api, id }: { api: Api; id: string }) {
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const [format, setFormat] = useState<string>('');
  const download = async (format: string) => {
    setStatus({ kind: 'busy', text: 'Exporting…' });
    try {
      const { blob, fileName, skipped, skippedCount, warnings } = await api.exportDocument(id, format);
      saveFile(blob, fileName);
      const skippedText =
        skippedCount === 0 ? '' : ` ${leftOut(skipped, skippedCount)}: ${summarize(skipped)}${skippedCount > skipped.length ? ', …' : ''}.`;
      const warningText = warnings.length === 0 ? '' : ` ${warnings.join(' ')}`;
      setStatus({ kind: 'done', text: `Downloaded ${fileName}.${skippedText}${warningText}` });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <span className="export-menu">
      <select aria-label="Export format" value={format} onChange={(event) => setFormat(event.target.value)}>
        <option value="">Export as…</option>
        {formats.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      <button type="button" disabled={format === '' || status?.kind === 'busy'} onClick={() => void download(format)}>
        Export
      </button>
      {status !== null && (
        <span className={`export-status status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </span>
      )}
    </span>
  );
}

/** "2 claims left out", "1 damaged entry left out", or "3 items left out" for both. */
function leftOut(skipped: { reason: string; layer?: string }[], count: number): string {
  // Damaged entries name their layer; claims ClaimReview cannot hold do not.
  const damaged = skipped.filter((item) => item.layer !== undefined).length;
  const noun = damaged === 0 ? ['claim', 'claims'] : damaged === skipped.length ? ['damaged entry', 'damaged entries'] : ['item', 'items'];
  return `${count} ${count === 1 ? noun[0] : noun[1]} left out`;
}

function summarize(skipped: { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return Array.from(counts, ([reason, count]) => `${count} ${reason}`).join(', ');
}

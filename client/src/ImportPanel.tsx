import { useState } from 'react';
import {
  fileFormatFromFileName,
  formatFromFileName,
  importFormats,
  titleFromFileName,
  type ImportFormat,
} from '../../shared/import/format.js';
import type { Api, ImportedFile } from './api.js';
import { plural } from './plural.js';
import type { Status } from './StatusLine.js';
import { AddressImport } from './versions/AddressImport.js';
import { importFromAddress } from './versions/versionsApi.js';

/** How importing one file went. */
interface ImportReport {
  ok: boolean;
  message: string;
}

/** What a Word or PDF import says beyond its title: what the article left out, and the comments kept as notes. */
function fileNotes(imported: ImportedFile): string {
  const notes: string[] = [];
  if (imported.dropped.length > 0) notes.push(` Left out: ${imported.dropped.join('; ')}.`);
  const { imported: count, unanchored } = imported.notes;
  if (count > 0) notes.push(` ${plural(count, 'comment')} kept as notes on marks in the team layer.`);
  if (unanchored.length > 0) notes.push(` ${plural(unanchored.length, 'comment')} not on the article’s words, kept as orphans.`);
  return notes.join('');
}

/**
 * Importing articles into the document list: files one after another, or
 * pasted content. Says how it goes through `setStatus`, keeps a line for
 * each file, and calls `refresh` to list the documents again.
 */
export function useImports(api: Api, setStatus: (status: Status) => void, refresh: () => void) {
  const [imported, setImported] = useState<ImportReport[]>([]);

  /** Imports pasted content; true when it was imported (the form is then cleared). */
  const importContent = async (format: ImportFormat, content: string, label: string, title?: string): Promise<boolean> => {
    setImported([]);
    setStatus({ kind: 'busy', message: `Importing ${label}…` });
    try {
      const record = await api.importDocument(format, content, title);
      setStatus({ kind: 'done', message: `Imported “${record.title}”.` });
      refresh();
      return true;
    } catch (error) {
      setStatus({ kind: 'error', message: `${label}: ${(error as Error).message}` });
      return false;
    }
  };

  /** Imports files one after another, with a line for each saying how it went. */
  const importFiles = async (files: FileList | File[]) => {
    const list = Array.from(files);
    const reports: ImportReport[] = [];
    setImported([]);
    for (const [index, file] of list.entries()) {
      setStatus({ kind: 'busy', message: `Importing ${index + 1} of ${list.length}: ${file.name}…` });
      const format = formatFromFileName(file.name);
      const fileFormat = fileFormatFromFileName(file.name);
      try {
        if (fileFormat !== null) {
          // A Word document or PDF goes as it is; the server reads it and says what it could not keep.
          const imported = await api.importFile(fileFormat, await file.arrayBuffer(), file.name);
          reports.push({ ok: true, message: `${file.name}: imported as “${imported.title}”.${fileNotes(imported)}` });
        } else {
          if (format === null) throw new Error('use a .txt, .md, .html, .docx or .pdf file.');
          // A plain text file has no heading to take the title from: its name is the title.
          const title = format === 'text' ? titleFromFileName(file.name) : undefined;
          const record = await api.importDocument(format, await file.text(), title);
          reports.push({ ok: true, message: `${file.name}: imported as “${record.title}”.` });
        }
      } catch (error) {
        reports.push({ ok: false, message: `${file.name}: ${(error as Error).message}` });
      }
      setImported([...reports]);
    }
    const failed = reports.filter((report) => !report.ok).length;
    setStatus(
      failed === 0
        ? { kind: 'done', message: `Imported ${plural(reports.length, 'file')}.` }
        : { kind: 'error', message: `Imported ${reports.length - failed} of ${plural(reports.length, 'file')}; see below.` },
    );
    refresh();
  };

  /** Imports the article of a page the server fetches; true when it was imported. */
  const importAddress = async (url: string): Promise<boolean> => {
    setImported([]);
    setStatus({ kind: 'busy', message: `Fetching ${url}…` });
    try {
      const record = await importFromAddress(api, url);
      setStatus({ kind: 'done', message: `Imported “${record.title}” from ${url}.` });
      refresh();
      return true;
    } catch (error) {
      setStatus({ kind: 'error', message: `${url}: ${(error as Error).message}` });
      return false;
    }
  };

  return { imported, importContent, importFiles, importAddress };
}

/** A line for each file imported, saying how it went. */
export function ImportReports({ imported }: { imported: ImportReport[] }) {
  if (imported.length === 0) return null;
  return (
    <ul className="import-report" aria-label="Imported files">
      {imported.map((report, index) => (
        <li key={index} className={report.ok ? 'status-done' : 'status-error'}>
          {report.message}
        </li>
      ))}
    </ul>
  );
}

interface ImportPanelProps {
  busy: boolean;
  onFiles: (files: FileList | File[]) => Promise<void>;
  onPaste: (format: ImportFormat, content: string, label: string, title?: string) => Promise<boolean>;
  /** Imports a page by its address. */
  onAddress: (url: string) => Promise<boolean>;
}

/** The owner's form to import articles: files dropped or chosen, or content pasted with a title and format. */
export function ImportPanel({ busy, onFiles, onPaste, onAddress }: ImportPanelProps) {
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const [pastedTitle, setPastedTitle] = useState('');
  const [format, setFormat] = useState<ImportFormat>('text');
  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import an article</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void onFiles(event.dataTransfer.files);
        }}
      >
        <p>Drop .txt, .md, .html, Word (.docx) or PDF files here, or</p>
        <label className="button">
          Choose files…
          <input
            type="file"
            accept=".txt,.text,.md,.markdown,.html,.htm,.docx,.pdf"
            multiple
            className="visually-hidden"
            disabled={busy}
            onChange={(event) => {
              if (event.target.files !== null) void onFiles(event.target.files).then(() => (event.target.value = ''));
            }}
          />
        </label>
      </div>
      <AddressImport busy={busy} onAddress={onAddress} />
      <form
        className="paste"
        onSubmit={(event) => {
          event.preventDefault();
          void onPaste(format, pasted, 'the pasted article', pastedTitle.trim() === '' ? undefined : pastedTitle).then((done) => {
            // A new article starts from an empty form; a refused one stays to be corrected.
            if (!done) return;
            setPasted('');
            setPastedTitle('');
          });
        }}
      >
        <label htmlFor="paste-content">…or paste it</label>
        <textarea id="paste-content" rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <div className="paste-row">
          <input
            aria-label="Title (optional)"
            placeholder="Title (optional)"
            value={pastedTitle}
            onChange={(event) => setPastedTitle(event.target.value)}
          />
          <select aria-label="Format" value={format} onChange={(event) => setFormat(event.target.value as ImportFormat)}>
            {importFormats.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || pasted.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </section>
  );
}

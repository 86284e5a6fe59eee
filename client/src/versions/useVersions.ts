import { useCallback, useEffect, useState } from 'react';
import type { AddedVersion, AddVersionRequest } from '../../../shared/api/index.js';
import type { DocumentRecord } from '../../../shared/document.js';
import { fileFormatFromFileName, formatFromFileName } from '../../../shared/import/format.js';
import type { Api } from '../api.js';
import type { Status } from '../StatusLine.js';
import { addFileVersion, addVersion, listVersions } from './versionsApi.js';

/** A document's story: its versions in order, adding one, and how the last addition went. */
export function useVersions(api: Api, id: string) {
  const [versions, setVersions] = useState<DocumentRecord[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [added, setAdded] = useState<AddedVersion | null>(null);

  const load = useCallback(() => {
    listVersions(api, id).then(
      (list) => setVersions(list.versions),
      // The timeline is an extra: the document still opens without it.
      () => setVersions([]),
    );
  }, [api, id]);
  useEffect(load, [load]);

  /** Adds a version (an article, an address, or the story's address again); true when it went. */
  const add = async (run: () => Promise<AddedVersion>, label: string): Promise<boolean> => {
    setAdded(null);
    setStatus({ kind: 'busy', message: `${label}…` });
    try {
      const answer = await run();
      setAdded(answer);
      setStatus(
        answer.status === 'unchanged'
          ? { kind: 'done', message: 'Unchanged: the text is the same as the latest version’s. Nothing was stored.' }
          : { kind: 'done', message: `Added version ${answer.record.story?.version ?? ''}: “${answer.record.title}”.` },
      );
      load();
      return true;
    } catch (error) {
      setStatus({ kind: 'error', message: `${label}: ${(error as Error).message}` });
      return false;
    }
  };

  const addBody = (body: AddVersionRequest, label: string) => add(() => addVersion(api, id, body), label);

  const addFile = async (file: File) => {
    const fileFormat = fileFormatFromFileName(file.name);
    if (fileFormat !== null) return add(async () => addFileVersion(api, id, fileFormat, await file.arrayBuffer(), file.name), file.name);
    const format = formatFromFileName(file.name);
    if (format === null) {
      setStatus({ kind: 'error', message: `${file.name}: use a .txt, .md, .html, .docx or .pdf file.` });
      return false;
    }
    return add(async () => addVersion(api, id, { format, content: await file.text() }), file.name);
  };

  return { versions, status, added, addBody, addFile };
}

export type Versions = ReturnType<typeof useVersions>;

import { useCallback, useEffect, useState } from 'react';
import type { ScoreReport } from '../../shared/agreement/index.js';
import type { DocumentRecord } from '../../shared/document.js';
import { AnswerKeyPicker } from './AnswerKeyPicker.js';
import type { Api, DocumentView } from './api.js';
import { MostMissed } from './MostMissed.js';
import { ScoreTable } from './ScoreTable.js';
import { downloadScoresCsv, fetchScores } from './scoresApi.js';
import { StudentLayers } from './StudentLayers.js';

/**
 * The class results of an assignment, for its owner: one row per student
 * scored against the answer key, the spans the class missed most (a click
 * shows one in the article), and the same as CSV.
 */
export function ClassResults({
  api,
  id,
  record,
  onRecord,
  onShowSpan,
  onLayersChanged,
}: {
  api: Api;
  id: string;
  record: DocumentView;
  onRecord: (record: DocumentRecord) => void;
  /** Shows a stretch of the article's text export (offsets) in the editor. */
  onShowSpan: (start: number, end: number) => void;
  /** Called after a layer was renamed, merged, removed or restored: the record's layers are to be read again. */
  onLayersChanged: () => void;
}) {
  const [report, setReport] = useState<ScoreReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const key = record.answerKey;

  const load = useCallback(() => {
    if (key === undefined) return;
    fetchScores(api, id).then(
      (next) => {
        setReport(next);
        setMessage(null);
      },
      (error: unknown) => setMessage((error as Error).message),
    );
  }, [api, id, key]);
  useEffect(load, [load]);

  const download = (table: 'students' | 'missed') => {
    downloadScoresCsv(api, id, table).then(
      (fileName) => setMessage(`Downloaded ${fileName}.`),
      (error: unknown) => setMessage((error as Error).message),
    );
  };

  const missed = report?.mostMissed.filter((span) => span.missed > 0) ?? [];
  return (
    <section className="class-results" aria-label="Class results">
      <h2>Class results</h2>
      <p className="class-results-bar">
        <AnswerKeyPicker
          api={api}
          id={id}
          record={record}
          layers={record.layers.filter((layer) => layer.removed !== true)}
          onRecord={onRecord}
        />
        {key !== undefined && (
          <>
            <button type="button" className="secondary" onClick={load}>
              Refresh
            </button>
            <button type="button" className="secondary" onClick={() => download('students')}>
              Download CSV
            </button>
            <button type="button" className="secondary" onClick={() => download('missed')}>
              Download missed spans (CSV)
            </button>
          </>
        )}
      </p>
      {key === undefined && <p>Choose the layer that holds the right answers; every other layer is scored against it.</p>}
      {message !== null && <p role="status">{message}</p>}
      {key !== undefined && report !== null && (
        <>
          <ScoreTable report={report} />
          <MostMissed missed={missed} onShowSpan={onShowSpan} />
        </>
      )}
      <StudentLayers
        api={api}
        id={id}
        layers={record.layers}
        onChanged={() => {
          onLayersChanged();
          load();
        }}
      />
    </section>
  );
}

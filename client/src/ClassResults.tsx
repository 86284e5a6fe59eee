import { useCallback, useEffect, useState } from 'react';
import type { ScoreReport } from '../../shared/agreement/index.js';
import { annotationKinds } from '../../shared/annotation.js';
import type { DocumentRecord } from '../../shared/document.js';
import { AnswerKeyPicker } from './AnswerKeyPicker.js';
import { kindInfo } from './annotations/kinds.js';
import type { Api, DocumentView } from './api.js';
import { downloadScoresCsv, fetchScores } from './scoresApi.js';
import { StudentLayers } from './StudentLayers.js';

const figure = (value: number) => value.toFixed(2);

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
          <table className="scores">
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col" title="F1 of spans that overlap the key's, of the same kind">
                  F1 overlap
                </th>
                <th scope="col" title="F1 of spans with exactly the key's words and kind">
                  F1 exact
                </th>
                <th scope="col" title="Cohen's kappa over the words of the article">
                  Kappa
                </th>
                <th scope="col" title="Krippendorff's alpha for unitizing">
                  Alpha
                </th>
                {annotationKinds.map((kind) => (
                  <th scope="col" key={kind}>
                    F1 {kindInfo[kind].label.toLowerCase()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.students.map((student) => (
                <tr key={student.layer}>
                  <th scope="row">{student.name}</th>
                  <td>{figure(student.overlap.all.f1)}</td>
                  <td>{figure(student.exact.all.f1)}</td>
                  <td>{figure(student.kappa.all)}</td>
                  <td>{figure(student.alpha.all)}</td>
                  {annotationKinds.map((kind) => (
                    <td key={kind}>{figure(student.overlap[kind].f1)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {report.students.length === 0 && <p>No one else has marked this article yet.</p>}
          {(report.skipped?.length ?? 0) > 0 && (
            <p className="damaged-note" role="note">
              {report.skipped?.length} damaged {report.skipped?.length === 1 ? 'entry was' : 'entries were'} left out of these scores: they
              cannot be read as marks.
            </p>
          )}
          {report.classAlpha !== null && (
            <p className="class-alpha">
              Agreement among the students (Krippendorff’s alpha): <strong>{figure(report.classAlpha.all)}</strong>
            </p>
          )}
          <h3>Most missed</h3>
          {missed.length === 0 ? (
            <p>No one missed a span of the key.</p>
          ) : (
            <ol className="most-missed">
              {missed.map((span) => (
                <li key={`${span.kind}-${span.start}-${span.end}`}>
                  <button
                    type="button"
                    className="link-button"
                    title={`Missed by ${span.missedBy.join(', ')}`}
                    onClick={() => onShowSpan(span.start, span.end)}
                  >
                    <span className={`kind-tag kind-${span.kind}`}>{kindInfo[span.kind].label}</span> “{span.quote}”
                  </button>{' '}
                  <span className="count">
                    missed by {span.missed} of {span.total}
                  </span>
                </li>
              ))}
            </ol>
          )}
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

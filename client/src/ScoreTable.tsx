import type { ScoreReport } from '../../shared/agreement/index.js';
import { annotationKinds } from '../../shared/annotation.js';
import { kindInfo } from './annotations/kinds.js';

const figure = (value: number) => value.toFixed(2);

/** Each student's scores against the answer key, by kind too, and how far the students agree among themselves. */
export function ScoreTable({ report }: { report: ScoreReport }) {
  return (
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
    </>
  );
}

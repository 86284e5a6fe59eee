import { describe, expect, it } from 'vitest';
import { fromFactmarkJson, toCsv, toFactmarkJson, toHtml, toWebAnnotation, type ExportModel } from '../../../../shared/index.js';
import { defaultWorkflow } from '../../../../shared/workflow/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { parseCsvStrictly } from '../../../support/exportJudges.js';

/** The server's public address, from which links into the workspace are written. */
const publicUrl = 'https://desk.example';

/** The fixture with its first claim checked by a desk: assigned to Ben, verdict by Ana, approved by Cleo. */
function checkedModel(): { model: ExportModel; id: string } {
  const { model: build, ids } = annotatedFixture();
  const model = build();
  const claim = model.layers[0]?.annotations.find((annotation) => annotation.id === ids.claim);
  if (claim === undefined) throw new Error('The fixture has no claim.');
  Object.assign(claim, {
    checkStatus: 'checked',
    assignee: { id: 'tok-ben', name: 'Ben Assignee' },
    verdictBy: { id: 'tok-ana', name: 'Ana Setter' },
    approvedBy: { id: 'tok-cleo', name: 'Cleo Approver' },
  });
  model.record.workflow = defaultWorkflow().map((step) => ({ ...step, label: `${step.label}!` }));
  return { model, id: ids.claim };
}

describe('a claim’s workflow in the exports', () => {
  it('goes through factmark JSON and back unchanged, with the document’s step names', () => {
    const { model, id } = checkedModel();
    const read = fromFactmarkJson(toFactmarkJson(model));
    expect(read.record.workflow).toEqual(model.record.workflow);
    const claim = read.layers[0]?.annotations.find((annotation) => annotation.id === id);
    expect(claim).toMatchObject({
      checkStatus: 'checked',
      assignee: { id: 'tok-ben', name: 'Ben Assignee' },
      verdictBy: { id: 'tok-ana', name: 'Ana Setter' },
      approvedBy: { id: 'tok-cleo', name: 'Cleo Approver' },
    });
  });

  it('is in CSV columns: status, assignee, verdict setter and approver', () => {
    const { model, id } = checkedModel();
    const [header = [], ...rows] = parseCsvStrictly(toCsv(model, { publicUrl }));
    const row = rows.find((cells) => cells[header.indexOf('id')] === id) ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('check_status'), cell('assignee'), cell('verdict_by'), cell('approved_by')]).toEqual([
      'checked',
      'Ben Assignee',
      'Ana Setter',
      'Cleo Approver',
    ]);
  });

  it('links an earlier review in the workspace by an address that opens from a spreadsheet', () => {
    const { model, id } = checkedModel();
    const claim = model.layers[0]?.annotations.find((annotation) => annotation.id === id);
    if (claim === undefined) throw new Error('The fixture has no claim.');
    const route = '#/d/earlier-story/m/earlier-claim';
    claim.priorReview = {
      source: 'workspace',
      id: 'earlier-claim',
      url: route,
      claim: 'The bridge cost 4 million.',
      verdict: 'false',
      reviewer: 'Ana',
    };
    const [header = [], ...rows] = parseCsvStrictly(toCsv(model, { publicUrl: `${publicUrl}/` }));
    const row = rows.find((cells) => cells[header.indexOf('id')] === id) ?? [];
    expect(row[header.indexOf('prior_review')]).toBe(`false — Ana — ${publicUrl}/${route}`);
    // A feed's review is linked by its own address, as it was.
    claim.priorReview = { ...claim.priorReview, source: 'feed', url: 'https://checks.example/review/9' };
    const [, ...again] = parseCsvStrictly(toCsv(model, { publicUrl }));
    expect(again.find((cells) => cells[header.indexOf('id')] === id)?.[header.indexOf('prior_review')]).toBe(
      'false — Ana — https://checks.example/review/9',
    );
  });

  it('shows the status in the HTML page and in the W3C export, and keeps who checks it internal', () => {
    const { model } = checkedModel();
    const html = toHtml(model);
    expect(html).toContain('Check status');
    // By the name the document gives the step (here "Checked!"), as the editor shows it; the W3C export keeps its id.
    expect(html).toContain('>Checked!<');
    const wa = toWebAnnotation(model, { publicUrl: 'https://desk.example' });
    expect(wa).toContain('"checkStatus": "checked"');
    for (const name of ['Ben Assignee', 'Ana Setter', 'Cleo Approver']) {
      expect(html).not.toContain(name);
      expect(wa).not.toContain(name);
    }
  });
});

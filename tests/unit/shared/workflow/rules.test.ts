import { describe, expect, it } from 'vitest';
import {
  approvalProblem,
  storedWorkflowFields,
  workflowProblem,
  type WorkflowFields,
  type WorkflowWriter,
} from '../../../../shared/workflow/index.js';

const ana = { id: 'ana', name: 'Ana' };
const ben = { id: 'ben', name: 'Ben' };
const claim = (fields: Partial<WorkflowFields> = {}): WorkflowFields => ({
  kind: 'claim',
  authorId: 'ana',
  verdict: 'unverified',
  checkStatus: 'to-check',
  assignee: null,
  verdictBy: null,
  approvedBy: null,
  ...fields,
});
const editor = (id: string): WorkflowWriter => ({ id, role: 'editor' });

describe('workflowProblem', () => {
  it.each([
    ['nothing of the workflow changes', claim(), claim(), { id: 'x', role: 'annotator' as const }, null],
    ['a verdict set in the writer’s name', claim(), claim({ verdict: 'false', verdictBy: ana }), editor('ana'), null],
    ['a verdict set in another’s name', claim(), claim({ verdict: 'false', verdictBy: ben }), editor('ana'), /setter/],
    [
      'an approval by someone else',
      claim({ verdict: 'false', verdictBy: ana }),
      claim({ verdict: 'false', verdictBy: ana, checkStatus: 'checked', approvedBy: ben }),
      editor('ben'),
      null,
    ],
    [
      'an approval by the setter',
      claim({ verdict: 'false', verdictBy: ana }),
      claim({ verdict: 'false', verdictBy: ana, checkStatus: 'checked', approvedBy: ana }),
      editor('ana'),
      /someone other/,
    ],
    [
      'an annotator’s own claim to the second check',
      claim(),
      claim({ checkStatus: 'second-check' }),
      { id: 'ana', role: 'annotator' as const },
      null,
    ],
    [
      'an annotator’s own claim to published',
      claim(),
      claim({ checkStatus: 'published' }),
      { id: 'ana', role: 'annotator' as const },
      /up to the second check/,
    ],
    ['an annotator assigning', claim(), claim({ assignee: ben }), { id: 'ana', role: 'annotator' as const }, /assign/],
  ])('%s', (_name, before, after, writer, expected) => {
    const problem = workflowProblem(before, after, writer);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('lets a deleted claim come back with its approval only when the history vouches for it', () => {
    const approved = claim({ verdict: 'false', verdictBy: ana, checkStatus: 'checked', approvedBy: ben });
    expect(workflowProblem(null, approved, editor('ana'))).toMatch(/approv|setter/);
    expect(workflowProblem(null, approved, editor('ana'), () => true)).toBeNull();
  });
});

describe('approvalProblem', () => {
  it('gives the reason an approve button is disabled', () => {
    expect(approvalProblem(claim({ verdict: 'true', verdictBy: ana }), editor('ana'))).toMatch(/You set the verdict/);
    expect(approvalProblem(claim(), editor('ana'))).toMatch(/verdict first/);
    expect(approvalProblem(claim({ verdict: 'true', verdictBy: ana }), { id: 'ben', role: 'annotator' })).toMatch(/owners and editors/);
    expect(approvalProblem(claim({ verdict: 'true', verdictBy: ana }), editor('ben'))).toBeNull();
  });
});

describe('storedWorkflowFields', () => {
  it('reads what a layer stores, unreadable values as their defaults', () => {
    expect(
      storedWorkflowFields({ made: { kind: 'claim', author: ana, createdAt: '' }, checkStatus: 'nonsense', assignee: ben, verdictBy: 7 }),
    ).toEqual(claim({ assignee: ben }));
  });
});

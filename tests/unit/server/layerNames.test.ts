import { describe, expect, it } from 'vitest';
import { teamLayerId } from '../../../shared/index.js';
import { layerNames } from '../../../server/layerNames.js';
import type { InviteRecord } from '../../../server/store/Store.js';

const invite = (jti: string, label: string, createdAt: string, fields: Partial<InviteRecord> = {}): InviteRecord => ({
  jti,
  docId: 'doc',
  role: 'annotator',
  label,
  createdAt,
  expiresAt: null,
  revokedAt: null,
  ...fields,
});

describe('the names of a document’s layers', () => {
  it('names a student’s layer as its first link did, not as a link re-issued later in another case', () => {
    const first = invite('a1', 'Dana Reyes', '2026-01-01T10:00:00Z', { revokedAt: '2026-01-02T09:00:00Z' });
    const again = invite('a2', 'dana reyes', '2026-01-02T10:00:00Z', { layer: 'p-a1' });
    const names = layerNames({}, [first, again, invite('b1', 'Eli', '2026-01-02T11:00:00Z')]);
    expect(Object.fromEntries(names)).toEqual({ [teamLayerId]: 'Team', 'p-a1': 'Dana Reyes', 'p-b1': 'Eli' });
  });

  it('keeps a name the owner gave a layer over every link’s, and gives viewers no layer', () => {
    const names = layerNames({ layerNames: { 'p-a1': 'Dana R.' } }, [
      invite('a1', 'Dana Reyes', '2026-01-01T10:00:00Z'),
      invite('v1', 'Readers', '2026-01-01T11:00:00Z', { role: 'viewer' }),
    ]);
    expect(Object.fromEntries(names)).toEqual({ [teamLayerId]: 'Team', 'p-a1': 'Dana R.' });
  });
});

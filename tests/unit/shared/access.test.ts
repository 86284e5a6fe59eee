import { describe, expect, it } from 'vitest';
import { roles, roomAccess, tokenClaimsSchema, type Access, type Role } from '../../../shared/access.js';

const claims = (role: Role) => ({ jti: 'me', role, doc: '*', iat: 0 });
const rooms = {
  article: { docId: 'd', layerId: null },
  team: { docId: 'd', layerId: 'team' },
  own: { docId: 'd', layerId: 'p-me' },
  others: { docId: 'd', layerId: 'p-someone' },
} as const;

/** The role table of the design notes, row by row: article, team layer, own private layer, others' private layers. */
const table: Record<Role, Access[]> = {
  owner: ['write', 'write', 'write', 'read'],
  editor: ['write', 'write', 'write', 'none'],
  annotator: ['read', 'write', 'write', 'none'],
  viewer: ['read', 'read', 'none', 'none'],
};

describe('roomAccess', () => {
  it.each(roles)('gives a %s what the role table says', (role) => {
    const got = [rooms.article, rooms.team, rooms.own, rooms.others].map((room) => roomAccess(claims(role), room));
    expect(got).toEqual(table[role]);
  });

  it('hides the team layer and classmates from a student until the owner reveals them', () => {
    const blind = { assignment: { revealed: false } };
    const revealed = { assignment: { revealed: true } };
    expect(roomAccess(claims('annotator'), rooms.team, blind)).toBe('none');
    expect(roomAccess(claims('annotator'), rooms.others, blind)).toBe('none');
    expect(roomAccess(claims('annotator'), rooms.team, revealed)).toBe('read');
    expect(roomAccess(claims('annotator'), rooms.others, revealed)).toBe('read');
  });

  it('opens nothing of a document in the trash, nor of another document', () => {
    expect(roomAccess(claims('owner'), rooms.article, { deletedAt: '2026-01-01T00:00:00Z' })).toBe('none');
    expect(roomAccess({ ...claims('owner'), doc: 'other' }, rooms.article)).toBe('none');
  });
});

describe('tokenClaimsSchema', () => {
  it('refuses an unknown role and a layer that is not private', () => {
    expect(tokenClaimsSchema.safeParse({ ...claims('owner'), role: 'admin' }).success).toBe(false);
    expect(tokenClaimsSchema.safeParse({ ...claims('owner'), layer: 'team' }).success).toBe(false);
    expect(tokenClaimsSchema.safeParse({ ...claims('annotator'), layer: 'p-first' }).success).toBe(true);
  });
});

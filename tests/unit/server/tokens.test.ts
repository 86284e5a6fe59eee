import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken, TokenError } from '../../../server/tokens.js';

const secret = 'test-secret';

describe('tokens', () => {
  it('round-trips claims', () => {
    const token = encodeToken({ role: 'annotator', doc: 'abc', exp: 2_000_000_000 }, secret);
    expect(decodeToken(token, secret)).toMatchObject({ role: 'annotator', doc: 'abc', exp: 2_000_000_000 });
  });

  it.each([
    ['missing', '', /No token/],
    ['malformed', 'abc', /malformed/],
    ['three parts', 'a.b.c', /malformed/],
    ['signed with another secret', encodeToken({ role: 'owner', doc: '*' }, 'other'), /signature/],
    ['expired', encodeToken({ role: 'owner', doc: '*', exp: 1 }, secret), /expired/],
  ])('refuses a %s token', (_name, token, message) => {
    expect(() => decodeToken(token, secret)).toThrow(TokenError);
    expect(() => decodeToken(token, secret)).toThrow(message);
  });

  it('refuses a payload changed after signing', () => {
    const [, signature] = encodeToken({ role: 'viewer', doc: 'abc' }, secret).split('.');
    const raised = Buffer.from(JSON.stringify({ jti: 'x', iat: 1, role: 'owner', doc: '*' })).toString('base64url');
    expect(() => decodeToken(`${raised}.${signature ?? ''}`, secret)).toThrow(/signature/);
  });

  it('refuses well-signed claims of the wrong shape', () => {
    expect(() => decodeToken(encodeToken({ role: 'admin' as 'owner', doc: '*' }, secret), secret)).toThrow(/malformed/);
  });
});

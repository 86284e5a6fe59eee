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

describe('a token signature', () => {
  const token = encodeToken({ role: 'viewer', doc: 'abc' }, secret);
  const [payload = '', signature = ''] = token.split('.');
  // 32 bytes make 43 characters whose last one carries 4 bits and 2 unused ones.
  const last = signature.at(-1) ?? 'A';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const withUnusedBits = alphabet[alphabet.indexOf(last) ^ 1] ?? 'A';

  it('is accepted as issued', () => {
    expect(decodeToken(token, secret)).toMatchObject({ role: 'viewer', doc: 'abc' });
  });

  it.each([
    ['with padding', `${signature}=`],
    ['with two padding characters', `${signature}==`],
    ['with a trailing character', `${signature}A`],
    ['with a trailing space', `${signature} `],
    ['with a character inside that is not base64url', `${signature.slice(0, 10)}!${signature.slice(10)}`],
    ['in standard base64 (+ and /)', signature.replace(/-/g, '+').replace(/_/g, '/') + (/[-_]/.test(signature) ? '' : '+')],
    ['with the unused bits of its last character set', `${signature.slice(0, -1)}${withUnusedBits}`],
    ['cut short by a character', signature.slice(0, -1)],
  ])('is refused %s', (_name, spelling) => {
    expect(spelling).not.toBe(signature);
    expect(() => decodeToken(`${payload}.${spelling}`, secret)).toThrow(TokenError);
    expect(() => decodeToken(`${payload}.${spelling}`, secret)).toThrow(/signature/);
  });
});

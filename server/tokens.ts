import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { tokenClaimsSchema, type TokenClaims } from '../shared/access.js';

/** Why a token was refused. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

/** Makes a new random secret for signing tokens. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

function sign(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Signs claims into a token: base64url JSON, a dot, and its HMAC-SHA256. */
export function encodeToken(claims: Omit<TokenClaims, 'jti' | 'iat'> & Partial<TokenClaims>, secret: string): string {
  const full: TokenClaims = {
    jti: claims.jti ?? randomBytes(9).toString('base64url'),
    iat: claims.iat ?? Math.floor(Date.now() / 1000),
    role: claims.role,
    doc: claims.doc,
    ...(claims.exp === undefined ? {} : { exp: claims.exp }),
    ...(claims.layer === undefined ? {} : { layer: claims.layer }),
  };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  return `${payload}.${sign(payload, secret).toString('base64url')}`;
}

/**
 * Verifies a token's signature and expiry and returns its claims. Throws a
 * {@link TokenError} for a missing, malformed, forged or expired token.
 */
export function decodeToken(token: string | null | undefined, secret: string, now = Date.now()): TokenClaims {
  if (token === null || token === undefined || token === '') throw new TokenError('No token was given.');
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined || payload === '' || signature === '') {
    throw new TokenError('The token is malformed.');
  }
  const expected = sign(payload, secret);
  const given = decodeSignature(signature);
  if (given === null || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new TokenError('The token signature is not valid.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('The token is malformed.');
  }
  const checked = tokenClaimsSchema.safeParse(parsed);
  if (!checked.success) throw new TokenError('The token is malformed.');
  const claims = checked.data;
  if (claims.exp !== undefined && claims.exp * 1000 <= now) throw new TokenError('The token has expired.');
  return claims;
}

const base64url = /^[A-Za-z0-9_-]+$/;

/**
 * A signature's bytes, or null unless it is written exactly as
 * {@link encodeToken} writes it: base64url without padding, and with the
 * unused bits of its last character zero. Node's decoder is lenient (it skips
 * `+/`, `=` and stray characters), which would give one signature many
 * accepted spellings; re-encoding and comparing leaves only one.
 */
function decodeSignature(text: string): Buffer | null {
  if (!base64url.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

/** Websocket close codes, 4400–4499 being permanent for y-websocket's provider. */
export const closeCodes = {
  badRequest: { code: 4400, reason: 'Bad request: unknown room or malformed message' },
  unauthorized: { code: 4401, reason: 'Unauthorized: missing, forged or expired token' },
  forbidden: { code: 4403, reason: 'Forbidden: your role may not do this' },
  messageTooLarge: { code: 4413, reason: 'Message too large' },
  /** The door refused an update: it writes what the room may not hold. The reason says what. */
  refusedUpdate: { code: 4422, reason: 'Update refused: it writes what this document may not hold' },
  /** Updates that depend on changes the server never received, held past the limit in bytes or time. */
  missingDependencies: { code: 4424, reason: 'Updates depend on changes the server never received' },
  /** Awareness for a client id another connection introduced, or over the size limit. */
  refusedAwareness: { code: 4425, reason: 'Awareness refused: not yours, or too large' },
  tooManyConnections: { code: 4430, reason: 'Too many connections from your address' },
  // Codes outside 4400–4499 are retried by the provider: use for conditions that pass.
  /** Far more messages than the rate limit lets through, even slowed: the client reconnects after a back-off. */
  tooManyMessages: { code: 4529, reason: 'Too many messages: reconnect and slow down' },
  /** The standard "service restart": the client reconnects, through the proxy to another instance. */
  shuttingDown: { code: 1012, reason: 'Server restarting: reconnect' },
  internalError: { code: 4011, reason: 'Internal error: reconnect' },
} as const;

/** A close reason may be at most this many bytes of UTF-8. */
const maxReasonBytes = 123;

/** A close code with a reason that says more (what was refused), cut to what a close frame holds. */
export function withDetail(close: { code: number; reason: string }, detail: string): { code: number; reason: string } {
  const full = `${close.reason.split(':')[0] ?? close.reason}: ${detail}`;
  if (Buffer.byteLength(full) <= maxReasonBytes) return { code: close.code, reason: full };
  const characters = [...full];
  while (Buffer.byteLength(`${characters.join('')}…`) > maxReasonBytes) characters.pop();
  return { code: close.code, reason: `${characters.join('')}…` };
}

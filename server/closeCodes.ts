/** Websocket close codes, 4400–4499 being permanent for y-websocket's provider. */
export const closeCodes = {
  badRequest: { code: 4400, reason: 'Bad request: unknown room or malformed message' },
  unauthorized: { code: 4401, reason: 'Unauthorized: missing, forged or expired token' },
  forbidden: { code: 4403, reason: 'Forbidden: your role may not do this' },
  messageTooLarge: { code: 4413, reason: 'Message too large' },
  tooManyMessages: { code: 4429, reason: 'Too many messages: slow down' },
  tooManyConnections: { code: 4430, reason: 'Too many connections from your address' },
  // Codes outside 4400–4499 are retried by the provider: use for conditions that pass.
  /** The standard "service restart": the client reconnects, through the proxy to another instance. */
  shuttingDown: { code: 1012, reason: 'Server restarting: reconnect' },
  internalError: { code: 4011, reason: 'Internal error: reconnect' },
} as const;

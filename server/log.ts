import { pino, type Logger } from 'pino';

/** Creates the server's logger: JSON lines on stderr, so stdout stays for the URL and CLI output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: null }, pino.destination(2));
}

export type { Logger };

/**
 * Raised when an imported file cannot become an article: empty, too large,
 * of an unknown format, or not parseable. The message is meant for the user.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** A short machine-readable reason: `empty`, `too-large`, `format`, `parse`. */
  readonly reason: 'empty' | 'too-large' | 'format' | 'parse';

  constructor(reason: ImportError['reason'], message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Input a caller gave was not acceptable: a request body, a query or an
 * argument. The message says what is wrong; `path` names the field (`title`,
 * `assignment.revealed`), or is empty for the input as a whole. The server
 * answers it with 400; anything else that goes wrong is its own fault.
 */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  /** The field at fault, dotted (`evidence.0.url`); empty when the whole input is. */
  readonly path: string;

  constructor(message: string, path = '') {
    super(message);
    this.path = path;
  }
}

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

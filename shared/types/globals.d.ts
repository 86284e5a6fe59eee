// The few globals shared/ uses beyond ECMAScript, declared as narrowly as it
// uses them. Each is in every runtime factmark runs on (browsers, Node 20 and
// its worker threads), so the model stays free of DOM and Node types. Only
// shared/tsconfig.json reads this file: programs with DOM or Node types
// exclude it, since they declare these already.

/** Web Crypto: random bytes for new ids. */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** Encoding API: the size of a text in UTF-8 bytes. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** WHATWG URL: parsing a link to check its scheme and fragment. */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  /** The `#fragment`, or empty. */
  readonly hash: string;
}

import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { InputError } from '../../shared/errors.js';
import { ImportError } from '../../shared/index.js';
import { isPublicAddress } from './publicAddress.js';

/** How a page is fetched: what it may reach, and how long, large and far it may go. */
export interface FetchPageOptions {
  /** Reach private, loopback, link-local and unique-local addresses too (a test server, an intranet). */
  allowPrivate: boolean;
  /** Longest the whole fetch may take, redirects included, in milliseconds. */
  timeoutMs: number;
  /** Largest page, in bytes. */
  maxBytes: number;
  /** Most redirects followed. */
  maxRedirects: number;
}

/** A fetched page: the address it was finally read from, and its HTML. */
export interface FetchedPage {
  url: string;
  html: string;
}

/** The defaults of {@link FetchPageOptions}, but the ones a server's configuration sets. */
export const fetchDefaults = { timeoutMs: 15_000, maxRedirects: 5 } as const;

const redirects = new Set([301, 302, 303, 307, 308]);
const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

/** Checks an address given to fetch: an absolute http(s) URL without credentials. Throws an InputError saying what is wrong. */
export function checkFetchUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new InputError(`"${address.slice(0, 80)}" is not an address: give an absolute http(s) URL.`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(`Only http(s) pages are fetched, not ${url.protocol} ones.`, 'url');
  if (url.username !== '' || url.password !== '') throw new InputError('An address to fetch may not hold a user name or password.', 'url');
  if (url.href.length > 2000) throw new InputError('The address is longer than 2,000 characters.', 'url');
  url.hash = '';
  return url;
}

/**
 * The addresses a host name resolves to, every one checked: unless private
 * ones are allowed, a name with any private, loopback or link-local address
 * is refused (one public address beside them does not make it safe).
 */
async function checkedAddresses(url: URL, allowPrivate: boolean): Promise<{ address: string; family: number }[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host) !== 0) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new InputError(`The host "${host}" was not found.`, 'url');
    }
  }
  if (addresses.length === 0) throw new InputError(`The host "${host}" has no address.`, 'url');
  if (!allowPrivate) {
    const inside = addresses.find((entry) => !isPublicAddress(entry.address));
    if (inside !== undefined)
      throw new InputError(
        `The address ${url.host} leads to ${inside.address}, a private, loopback or link-local address: such pages are not fetched (FACTMARK_ALLOW_PRIVATE_ADDRESSES allows them).`,
        'url',
      );
  }
  return addresses;
}

/** One request to one checked address: the connection goes to the addresses checked, never to a second lookup's answer. */
function requestOnce(url: URL, addresses: { address: string; family: number }[], signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_host, options, callback) => {
    const first = addresses[0] ?? { address: '', family: 4 };
    if (options.all === true) (callback as (error: null, all: typeof addresses) => void)(null, addresses);
    else callback(null, first.address, first.family);
  };
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const request = get(
      url,
      {
        lookup: pinned,
        signal,
        headers: { 'User-Agent': 'factmark (article import)', Accept: 'text/html,application/xhtml+xml' },
      },
      resolve,
    );
    request.on('error', reject);
  });
}

/** Reads a response's body up to a limit; throws an ImportError past it. */
async function readLimited(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  const tooLarge = () => new ImportError('too-large', `The page is larger than ${maxBytes} bytes, the most fetched.`);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A body's text in the charset its content type names (UTF-8 unless it names one we know). */
function decode(body: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/**
 * Fetches an HTML page for import. Only http(s); each address, the first and
 * every redirect's, is resolved and every address it resolves to checked
 * (see {@link checkedAddresses}) before connecting to exactly those; a few
 * redirects at most; a time and a size limit; an HTML content type. Throws an
 * InputError (or an ImportError for a page too large) saying what was refused.
 */
export async function fetchPage(address: string, options: FetchPageOptions): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let url = checkFetchUrl(address);
  try {
    for (let hop = 0; ; hop++) {
      const addresses = await checkedAddresses(url, options.allowPrivate);
      let response: IncomingMessage;
      try {
        response = await requestOnce(url, addresses, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) throw new InputError(`${url.host} did not answer within ${options.timeoutMs / 1000} s.`, 'url');
        throw new InputError(`${url.host} could not be reached: ${(error as Error).message}.`, 'url');
      }
      const status = response.statusCode ?? 0;
      if (redirects.has(status)) {
        response.resume();
        const location = response.headers.location;
        if (location === undefined) throw new InputError(`${url.host} answered ${status} without saying where to.`, 'url');
        if (hop >= options.maxRedirects) throw new InputError(`The page redirects more than ${options.maxRedirects} times.`, 'url');
        url = checkFetchUrl(new URL(location, url).href);
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new InputError(`${url.href} answered ${status} ${response.statusMessage ?? ''}`.trim() + '.', 'url');
      }
      const contentType = response.headers['content-type'] ?? '';
      const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!htmlTypes.has(type)) {
        response.destroy();
        throw new InputError(`${url.href} is not an HTML page (it is ${type === '' ? 'of no stated type' : type}).`, 'url');
      }
      let body: Buffer;
      try {
        body = await readLimited(response, options.maxBytes);
      } catch (error) {
        if (controller.signal.aborted)
          throw new InputError(`${url.host} did not send the page within ${options.timeoutMs / 1000} s.`, 'url');
        throw error;
      }
      return { url: url.href, html: decode(body, contentType) };
    }
  } finally {
    clearTimeout(timer);
  }
}

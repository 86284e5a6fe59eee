import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, for per-address limits. Behind a proxy
 * every request comes from the proxy, so when it is trusted the address is the
 * last one in `X-Forwarded-For`: the one the proxy itself added (the earlier
 * ones are whatever the client claimed).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  const last = forwarded[forwarded.length - 1]?.trim() ?? '';
  return last === '' ? socketAddress : last;
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/api/index.js';
import { httpErrorOf } from '../../../../server/http/api.js';
import { answering, HttpError } from '../../../../server/http/errors.js';

/** A server answering every request with `answer` inside the error boundary, and the log lines it wrote. */
async function serve(answer: () => Promise<void>): Promise<{ url: string; logged: () => { level: number; msg: string; path?: string }[] }> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const log = pino({ level: 'info' }, sink);
  server = createServer((request, response) => void answering(request, response, log, answer));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, logged: () => lines.map((line) => JSON.parse(line) as { level: number; msg: string }) };
}

let server: Server | null = null;
afterEach(async () => {
  const running = server;
  server = null;
  if (running !== null) await new Promise((resolve) => running.close(resolve));
});

describe('the error boundary of every request', () => {
  it('answers a fault of the server (a stack overflow is a RangeError) with 500, and logs it as an error', async () => {
    const { url, logged } = await serve(async () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const response = await fetch(`${url}/api/documents`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'Internal error', detail: 'The server could not answer; see its log.' });
    expect(logged()).toContainEqual(expect.objectContaining({ level: 50, msg: 'request failed', path: '/api/documents' }));
  });

  it('answers what the caller did wrong as it is, naming the field, and logs no error', async () => {
    const { url, logged } = await serve(async () => {
      throw new HttpError(400, 'Malformed request', '"title": expected string.', {}, 'title');
    });
    const response = await fetch(`${url}/api/documents`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Malformed request', detail: '"title": expected string.', path: 'title' });
    expect(logged()).toEqual([]);
  });
});

describe('httpErrorOf', () => {
  it('answers an InputError with 400 and its field, and leaves a RangeError to be a 500', () => {
    expect(httpErrorOf(new InputError('"layer": not a layer id.', 'layer'))).toMatchObject({ status: 400, path: 'layer' });
    const fault = new RangeError('Maximum call stack size exceeded');
    expect(httpErrorOf(fault)).toBe(fault);
  });
});

import * as encoding from 'lib0/encoding';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { encodeAwarenessUpdate } from '../server/awarenessUpdate.js';
import { cpuTimeMs, mainThreadCpuTimeMs, startFactmark } from './sync/syncBench.js';

/*
 * Presence from idle clients: `clients` sockets in one room, each renewing
 * its unchanged presence every `renewMs` (y-protocols' awareness renews every
 * 15 s), at phases spread evenly. Measures the server's CPU time over a
 * window and what one client receives. Raw sockets, not providers, so this
 * process stays light enough to keep up with what the server sends.
 */

export interface PresenceResult {
  clients: number;
  renewMs: number;
  windowMs: number;
  /** Server CPU time (user + system) per second of the window. */
  cpuMsPerSecond: number;
  mainThreadCpuMsPerSecond: number;
  /** Presence messages and bytes one client received per second. */
  messagesPerClientSecond: number;
  bytesPerClientSecond: number;
}

/** One presence message as y-websocket sends it: the awareness type, then the update. */
function presenceMessage(client: number, clock: number, state: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate([{ client, clock, state }]));
  return encoding.toUint8Array(encoder);
}

export async function runPresenceBench(
  clients: number,
  renewMs: number,
  windowMs: number,
  log: (line: string) => void,
): Promise<PresenceResult> {
  const server = await startFactmark(undefined, { FACTMARK_MAX_CONNECTIONS_PER_IP: String(clients + 10) });
  const sockets: WebSocket[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  try {
    const url = `${server.wsUrl}/${server.room}?token=${server.params['token'] ?? ''}`;
    let received = { messages: 0, bytes: 0 };
    for (let index = 0; index < clients; index++) {
      const socket = new WebSocket(url);
      sockets.push(socket);
      // The first socket's share is what every client receives.
      if (index === 0)
        socket.on('message', (data: Buffer) => {
          if (data[0] === 1) {
            received.messages++;
            received.bytes += data.length;
          }
        });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
    }
    log(`presence: ${clients} sockets open`);
    const state = JSON.stringify({ user: { name: 'Reader', color: '#336699' }, cursor: null });
    sockets.forEach((socket, index) => {
      const client = 1_000_000 + index;
      let clock = 0;
      socket.send(presenceMessage(client, clock, state));
      const renew = () => socket.send(presenceMessage(client, ++clock, state));
      // Phases spread over the renewal period, as independent clients' are.
      const start = setTimeout(() => timers.push(setInterval(renew, renewMs)), (renewMs * index) / clients);
      timers.push(start as unknown as ReturnType<typeof setInterval>);
    });
    // One whole period first, so every client renews at its own phase.
    await sleep(renewMs);
    received = { messages: 0, bytes: 0 };
    const [cpuBefore, mainBefore] = await Promise.all([cpuTimeMs(server.pid), mainThreadCpuTimeMs(server.pid)]);
    const startedAt = performance.now();
    await sleep(windowMs);
    const [cpuAfter, mainAfter] = await Promise.all([cpuTimeMs(server.pid), mainThreadCpuTimeMs(server.pid)]);
    const seconds = (performance.now() - startedAt) / 1000;
    return {
      clients,
      renewMs,
      windowMs,
      cpuMsPerSecond: (cpuAfter - cpuBefore) / seconds,
      mainThreadCpuMsPerSecond: (mainAfter - mainBefore) / seconds,
      messagesPerClientSecond: received.messages / seconds,
      bytesPerClientSecond: received.bytes / seconds,
    };
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) socket.terminate();
    await server.stop();
  }
}

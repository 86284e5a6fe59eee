import { createServer, connect, type Server, type Socket } from 'node:net';

/** A TCP proxy in front of several server instances, as a load balancer would be. */
export interface TestProxy {
  /** Its base URL, to connect clients to. */
  url: string;
  /** How many connections each backend got, in the order given. */
  counts: number[];
  close(): Promise<void>;
}

/**
 * Starts a TCP proxy on a free port. Each connection goes to the next backend
 * in turn (so clients spread over the instances); a backend that refuses it
 * is skipped for the next, so clients of a dead instance reconnect to a live one.
 */
export async function startProxy(backends: string[], options: { port?: number } = {}): Promise<TestProxy> {
  const targets = backends.map((backend) => new URL(backend));
  const counts = targets.map(() => 0);
  const sockets = new Set<Socket>();
  let next = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const forward = (client: Socket, attempt: number) => {
    if (attempt >= targets.length) {
      client.destroy();
      return;
    }
    const index = next;
    next = (next + 1) % targets.length;
    const target = targets[index];
    if (target === undefined) return;
    const upstream = connect(Number(target.port), target.hostname);
    track(upstream);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      counts[index] = (counts[index] ?? 0) + 1;
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      upstream.once('close', () => client.destroy());
      client.once('close', () => upstream.destroy());
    });
    upstream.once('error', () => {
      // Refused: that instance is down, so the next one gets the client.
      if (!connected && !client.destroyed) forward(client, attempt + 1);
    });
  };
  const server: Server = createServer((client) => {
    track(client);
    client.pause();
    forward(client, 0);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The proxy has no address.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    counts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

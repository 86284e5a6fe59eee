// A bare Hocuspocus 3 server for the sync bench, in its own process so its CPU
// and memory can be measured: no extensions, so no persistence and no auth.
// Prints `listening on port N` once it accepts connections.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
await server.listen();
process.stdout.write(`listening on port ${server.address.port}\n`);

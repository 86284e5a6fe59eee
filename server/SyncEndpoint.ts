import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isBlindStudent, roomAccess, type TokenClaims } from '../shared/access.js';
import { documentTrashedReason, parseRoomName } from '../shared/index.js';
import type { AddressLimits } from './AddressLimits.js';
import { clientAddress } from './clientAddress.js';
import { closeCodes } from './closeCodes.js';
import type { Config } from './config.js';
import { Connection } from './Connection.js';
import type { Gatekeeper } from './Gatekeeper.js';
import { Heartbeat } from './Heartbeat.js';
import type { Identities } from './Identities.js';
import type { Logger } from './log.js';
import { encodeStatus } from './protocol.js';
import type { Rooms } from './Rooms.js';
import type { SaveState } from './store/SaveState.js';
import { StoreUnavailableError, type Store } from './store/Store.js';
import { TokenError } from './tokens.js';
import { requestUrl } from './http/requestUrl.js';

const heartbeatMs = 30_000;

/** Messages a socket may send before its room opens (sync step 1, awareness, a few updates); more closes it. */
const maxEarlyMessages = 256;

/** What the sync endpoint works with. */
export interface SyncEndpointParts {
  config: Pick<Config, 'maxMessageBytes' | 'maxMessagesPerSecond' | 'trustProxy'>;
  store: Store;
  saving: SaveState;
  rooms: Rooms;
  gatekeeper: Gatekeeper;
  identities: Identities;
  limits: AddressLimits;
  log: Logger;
}

/**
 * The websocket side of the server, `ws://…/sync/<room>`: upgrades a
 * request, holds the address to its limits, authenticates the token, opens
 * the room and hands the socket to a {@link Connection}. Refusals are sent
 * as close codes on an accepted socket: a refused HTTP upgrade never reaches
 * browser code, so the provider could not tell why.
 */
export class SyncEndpoint {
  private readonly parts: SyncEndpointParts;
  private readonly sockets: WebSocketServer;
  private readonly heartbeat: Heartbeat;
  /** Sockets told the server cannot save while they waited for the store. */
  private readonly told = new WeakSet<WebSocket>();

  constructor(parts: SyncEndpointParts) {
    this.parts = parts;
    // Frames up to twice the limit are read so they can be refused with a clear close code; larger ones are cut off by ws.
    this.sockets = new WebSocketServer({ noServer: true, maxPayload: parts.config.maxMessageBytes * 2 });
    this.heartbeat = new Heartbeat(() => this.sockets.clients, heartbeatMs);
  }

  /** Answers an HTTP upgrade request: `/sync/…` becomes a connection (or a socket closed with the reason), anything else 404. */
  readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const { config, limits, log } = this.parts;
    const url = requestUrl(request);
    if (url === null || !url.pathname.startsWith('/sync/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      const ip = clientAddress(request, config.trustProxy);
      const admitted = limits.connect(ip);
      ws.once('close', () => limits.disconnect(ip));
      if (!admitted) {
        ws.close(closeCodes.tooManyConnections.code, closeCodes.tooManyConnections.reason);
        return;
      }
      const failuresWait = limits.failureWait(ip);
      if (failuresWait > 0) {
        ws.close(closeCodes.unauthorized.code, `Too many failed authentications: try again in ${failuresWait} s`);
        return;
      }
      this.heartbeat.watch(ws);
      ws.on('error', (error) => log.warn({ err: error }, 'websocket error'));
      this.open(ws, url, ip).catch((error: unknown) => {
        log.error({ err: error }, 'opening a connection failed');
        ws.close(closeCodes.internalError.code, closeCodes.internalError.reason);
      });
    });
  };

  /**
   * Reads from the store for a connection being opened. While the store
   * does not answer (a database outage) the socket stays open, is told the
   * server cannot save, and the read is tried again once the store is back:
   * one clear wait, not a close and a reconnect every second.
   */
  private async whileStoreReturns<T>(socket: WebSocket, read: () => Promise<T>): Promise<T> {
    const { store, saving } = this.parts;
    for (;;) {
      try {
        return await read();
      } catch (error) {
        if (socket.readyState !== socket.OPEN) throw error;
        // Only a store that does not answer is waited for; any other failure is an error of its own.
        const outage = await store.ping().then(
          () => null,
          (pingError: unknown) => pingError,
        );
        if (outage === null && !(error instanceof StoreUnavailableError)) throw error;
        saving.failed(outage ?? error);
        socket.send(encodeStatus(saving.failure));
        this.told.add(socket);
        await saving.whenAvailable();
      }
    }
  }

  /** Authenticates an upgraded socket and joins it to its room. */
  private async open(socket: WebSocket, url: URL, ip: string): Promise<void> {
    const { config, store, saving, rooms, gatekeeper, identities, limits, log } = this.parts;
    // Messages that arrive while the room loads are handled once it has.
    const early: Uint8Array[] = [];
    let earlyBytes = 0;
    let connection: Connection | null = null;
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) {
        socket.close(closeCodes.badRequest.code, closeCodes.badRequest.reason);
        return;
      }
      // Refused with a code the provider treats as final: resending the same
      // oversized update on every reconnect would never succeed.
      if (data.byteLength > config.maxMessageBytes) {
        socket.close(closeCodes.messageTooLarge.code, `Message too large: the limit is ${config.maxMessageBytes} bytes`);
        return;
      }
      const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (connection !== null) {
        connection.receive(message);
        return;
      }
      // Before the room opens (it may wait for the store) only so much is kept: a client sends a handful.
      earlyBytes += message.byteLength;
      if (early.length >= maxEarlyMessages || earlyBytes > config.maxMessageBytes) {
        socket.close(closeCodes.tooManyMessages.code, closeCodes.tooManyMessages.reason);
        return;
      }
      early.push(message);
    });
    let claims: TokenClaims;
    try {
      claims = gatekeeper.authenticate(url.searchParams.get('token'));
    } catch (error) {
      // A refused token counts against the address as a refused API call does.
      if (error instanceof TokenError) limits.failed(ip);
      socket.close(closeCodes.unauthorized.code, error instanceof TokenError ? error.message : closeCodes.unauthorized.reason);
      return;
    }
    const roomName = url.pathname.slice('/sync/'.length);
    const address = parseRoomName(roomName);
    const accessVersion = address === null ? 0 : gatekeeper.accessVersion(address.docId);
    const record = address === null ? null : await this.whileStoreReturns(socket, () => store.getDocument(address.docId));
    if (address === null || record === null) {
      socket.close(closeCodes.badRequest.code, closeCodes.badRequest.reason);
      return;
    }
    const access = roomAccess(claims, address, record);
    if (access === 'none') {
      socket.close(closeCodes.forbidden.code, closeCodes.forbidden.reason);
      return;
    }
    const person = await identities.person(claims);
    const room = await this.whileStoreReturns(socket, () => rooms.get(roomName));
    // A socket closed while it waited never joins the room, which is let go if no one else holds it.
    const closedMeanwhile = (): boolean => {
      if (socket.readyState === socket.OPEN) return false;
      if (room.connections.size === 0) void rooms.release(room);
      return true;
    };
    if (closedMeanwhile()) return;
    const opened = new Connection(
      socket,
      room,
      access,
      () => log.child({ room: roomName, token: claims.jti }),
      config.maxMessagesPerSecond,
      person,
    );
    opened.blind = isBlindStudent(claims, record);
    if (gatekeeper.admit(socket, claims, address, opened, accessVersion)) {
      // Its access changed (trashed, revealed, hidden) while it waited for the room: decided again on the record as it
      // is now, before it reads or writes anything (what it sent meanwhile still waits in `early`).
      const now = await this.whileStoreReturns(socket, () => store.getDocument(address.docId));
      if (now === null) socket.close(closeCodes.forbidden.code, documentTrashedReason);
      else gatekeeper.reconsiderHere(now);
    }
    // Its link revoked, its document trashed or its layer hidden meanwhile.
    if (closedMeanwhile()) return;
    connection = opened;
    opened.open();
    // Told it cannot save while waiting for the store, or now: it is told the state as it is.
    if (saving.failure !== null || this.told.has(socket)) opened.send(encodeStatus(saving.failure));
    for (const message of early.splice(0)) opened.receive(message);
    socket.on('close', () => {
      room.leave(opened);
      if (room.connections.size === 0) {
        rooms.release(room).catch((error: unknown) => log.error({ err: error, room: roomName }, 'unloading a room failed'));
      }
    });
  }

  /** Stops the heartbeat and closes every socket with a code that tells clients to reconnect later; a socket whose peer has not answered within `graceMs` is cut off. */
  closeSockets(graceMs = 1000): void {
    this.heartbeat.stop();
    for (const socket of this.sockets.clients) socket.close(closeCodes.shuttingDown.code, closeCodes.shuttingDown.reason);
    // A peer that never answers the close (stalled, or gone without a word) would hold the stop for ws's 30 s.
    const cutOff = setTimeout(() => {
      for (const socket of this.sockets.clients) socket.terminate();
    }, graceMs);
    cutOff.unref();
  }

  /** Lets go of the websocket server, once the rooms are closed. */
  close(): void {
    this.sockets.close();
  }
}

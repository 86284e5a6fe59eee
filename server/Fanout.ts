import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Logger } from './log.js';
import { redactUrl } from './redactUrl.js';

/** What one instance tells the others about a room. */
const messageTypes = {
  /** A Yjs update this instance stored; payload: the update. */
  update: 0,
  /** Awareness of this instance's clients; payload: an awareness update. */
  awareness: 1,
  /** "Send me your clients' awareness": a room just joined. */
  awarenessQuery: 2,
  /** Nothing but a sequence number, sent after failed publishes so receivers notice the gap. */
  mark: 3,
} as const;

/** What a room does with the other instances' messages. */
export interface RoomListener {
  /** An update another instance stored and relayed to its clients. */
  update(update: Uint8Array): void;
  /** Another instance's clients' awareness changed. */
  awareness(update: Uint8Array): void;
  /** Another instance joined the room and asks for our clients' awareness. */
  awarenessQuery(): void;
  /** Messages may have been lost: catch up from the store. */
  missed(): void;
}

/** A change of who may open what, told to every instance. */
export type AccessChange = { type: 'revoked'; jti: string } | { type: 'document'; id: string };

/** What an instance does with the others' access changes. */
/** Hears the sources of the claims database stored by other instances, and when some may have been missed. */
export interface ClaimsListener {
  change(scope: string): void;
  missed(): void;
}

export interface AccessListener {
  change(change: AccessChange): void;
  /** Changes may have been lost: read access rules back from the store. */
  missed(): void;
}

const channelPrefix = 'factmark:room:';
const accessChannel = 'factmark:access';
/** Which source of the claims database an instance stored anew, so the others read it back. */
const claimsChannel = 'factmark:claims';
/** Every instance says it is alive here, so the others notice when it dies. */
const heartbeatChannel = 'factmark:instances';
const heartbeatMs = 1_000;
/** Silence after which an instance is taken for dead. */
const deadAfterMs = 4 * heartbeatMs;
/** How long an instance waits for Redis at start before giving up. */
const connectTimeoutMs = 5_000;

function encodeMessage(type: number, origin: string, seq: number, payload: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, origin);
  encoding.writeVarUint(encoder, seq);
  encoding.writeVarUint8Array(encoder, payload);
  return Buffer.from(encoding.toUint8Array(encoder));
}

function decodeMessage(data: Uint8Array): { type: number; origin: string; seq: number; payload: Uint8Array } {
  const decoder = decoding.createDecoder(data);
  return {
    type: decoding.readVarUint(decoder),
    origin: decoding.readVarString(decoder),
    seq: decoding.readVarUint(decoder),
    payload: decoding.readVarUint8Array(decoder),
  };
}

/**
 * One instance's membership of a room's Redis channel: it publishes what the
 * room's local clients send (after the store has it) and hands the other
 * instances' messages to the room, noticing gaps by each sender's sequence.
 */
export class RoomLink {
  readonly room: string;
  private readonly fanout: Fanout;
  readonly listener: RoomListener;
  /** This instance's sequence number in this room, one per message published. */
  private seq = 0;
  /** True when a publish failed, until a mark tells the others to catch up. */
  failed = false;
  /** The last sequence number seen from each other instance. */
  private readonly seen = new Map<string, number>();

  constructor(room: string, fanout: Fanout, listener: RoomListener) {
    this.room = room;
    this.fanout = fanout;
    this.listener = listener;
  }

  publishUpdate(update: Uint8Array): void {
    this.publish(messageTypes.update, update);
  }

  publishAwareness(update: Uint8Array): void {
    this.publish(messageTypes.awareness, update);
  }

  publishAwarenessQuery(): void {
    this.publish(messageTypes.awarenessQuery, new Uint8Array(0));
  }

  /** Publishes an empty message, so a gap left by failed publishes is seen. */
  publishMark(): void {
    this.failed = false;
    this.publish(messageTypes.mark, new Uint8Array(0));
  }

  private publish(type: number, payload: Uint8Array): void {
    this.seq++;
    this.fanout.publish(this, encodeMessage(type, this.fanout.instanceId, this.seq, payload));
  }

  /** True if this room has heard from an instance. */
  heardFrom(origin: string): boolean {
    return this.seen.has(origin);
  }

  /**
   * Forgets an instance taken for dead, and catches up: it may have stored
   * updates it died before publishing.
   */
  forget(origin: string): void {
    if (!this.seen.delete(origin)) return;
    this.listener.missed();
  }

  /** Handles a message from the room's channel. */
  receive(data: Uint8Array): void {
    let message;
    try {
      message = decodeMessage(data);
    } catch (error) {
      this.fanout.log.warn({ err: error, room: this.room }, 'ignored a malformed fan-out message');
      return;
    }
    if (message.origin === this.fanout.instanceId) return;
    this.fanout.heard(message.origin);
    const last = this.seen.get(message.origin);
    this.seen.set(message.origin, message.seq);
    // A sender first heard of mid-stream may have lost messages we never saw.
    if (last === undefined ? message.seq !== 1 : message.seq !== last + 1) {
      this.fanout.log.debug(
        { room: this.room, from: message.origin, seq: message.seq, last },
        'missed messages; catching up from the store',
      );
      this.listener.missed();
    }
    switch (message.type) {
      case messageTypes.update:
        this.listener.update(message.payload);
        return;
      case messageTypes.awareness:
        this.listener.awareness(message.payload);
        return;
      case messageTypes.awarenessQuery:
        this.listener.awarenessQuery();
        return;
    }
  }

  /** Leaves the room's channel. */
  leave(): Promise<void> {
    return this.fanout.leave(this);
  }
}

/**
 * Fan-out between server instances through Redis pub/sub: one channel per
 * room. Pub/sub keeps nothing, so whatever an instance may have missed (Redis
 * restarted, the network blinked) it reads back from the store: every update
 * is stored by the instance that received it before it is published.
 */
export class Fanout {
  /** Tells this instance's messages from the others'. */
  readonly instanceId = randomUUID();
  readonly log: Logger;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly links = new Map<string, RoomLink>();
  private accessListener: AccessListener | null = null;
  private claimsListener: ClaimsListener | null = null;
  /** When each other instance was last heard of. */
  private readonly alive = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(publisher: Redis, subscriber: Redis, log: Logger) {
    this.publisher = publisher;
    this.subscriber = subscriber;
    this.log = log;
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const name = channel.toString();
      if (name === accessChannel) {
        this.receiveAccessChange(message);
        return;
      }
      if (name === claimsChannel) {
        this.receiveClaimsChange(message);
        return;
      }
      if (name === heartbeatChannel) {
        const origin = message.toString();
        if (origin !== this.instanceId) this.heard(origin);
        return;
      }
      const link = this.links.get(name.slice(channelPrefix.length));
      link?.receive(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    });
    // Said at once too: an instance killed within its first second must still be missed.
    this.publisher.publish(heartbeatChannel, this.instanceId).catch(() => undefined);
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Connects to Redis at a `redis://` URL; fails if it does not answer within a few seconds. */
  static async open(url: string, log: Logger): Promise<Fanout> {
    // Publishing while Redis is away fails at once rather than queueing:
    // receivers catch up from the store, so a late copy is useless.
    const publisher = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // Nor does subscribing wait for Redis: a room opens without it and is
    // subscribed (and caught up) when Redis is back.
    const subscriber = new Redis(url, { lazyConnect: true, autoResubscribe: false, enableOfflineQueue: false });
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: Error) => log.debug({ err: error }, 'Redis connection error'));
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${connectTimeoutMs / 1000} s`)), connectTimeoutMs);
    });
    try {
      await Promise.race([Promise.all([publisher.connect(), subscriber.connect()]), timeout]);
      clearTimeout(timer);
    } catch (error) {
      clearTimeout(timer);
      publisher.disconnect();
      subscriber.disconnect();
      throw new Error(`Redis at ${redactUrl(url)} could not be reached: ${(error as Error).message}`, { cause: error });
    }
    const fanout = new Fanout(publisher, subscriber, log);
    subscriber.on('ready', () => void fanout.resubscribe());
    await subscriber.subscribe(heartbeatChannel);
    publisher.on('ready', () => fanout.markFailures());
    return fanout;
  }

  /** Hears the other instances' access changes (revocations, assignments revealed or hidden). */
  async listenForAccessChanges(listener: AccessListener): Promise<void> {
    this.accessListener = listener;
    await this.subscriber.subscribe(accessChannel);
  }

  /** Tells the other instances of an access change made here. */
  publishAccessChange(change: AccessChange): void {
    const message = JSON.stringify({ origin: this.instanceId, ...change });
    this.publisher.publish(accessChannel, message).catch((error: unknown) => {
      // They read access rules back from the store when Redis is back.
      this.log.warn({ err: error, change }, 'telling the other instances of an access change failed');
    });
  }

  /** A change another instance published on a shared channel, as JSON with its origin: null when malformed (logged) or this instance's own. */
  private fromOthers(message: Buffer, what: string): Record<string, unknown> | null {
    let change: unknown;
    try {
      change = JSON.parse(message.toString());
    } catch (error) {
      this.log.warn({ err: error }, `ignored a malformed ${what}`);
      return null;
    }
    if (typeof change !== 'object' || change === null) return null;
    const fields = change as Record<string, unknown>;
    return fields.origin === this.instanceId ? null : fields;
  }

  private receiveAccessChange(message: Buffer): void {
    const change = this.fromOthers(message, 'access change');
    if (change === null) return;
    if (change.type === 'revoked' && typeof change.jti === 'string') this.accessListener?.change({ type: 'revoked', jti: change.jti });
    else if (change.type === 'document' && typeof change.id === 'string') this.accessListener?.change({ type: 'document', id: change.id });
  }

  /** Hears which sources of the claims database the other instances stored. */
  async listenForClaimsChanges(listener: ClaimsListener): Promise<void> {
    this.claimsListener = listener;
    await this.subscriber.subscribe(claimsChannel);
  }

  /** Tells the other instances that this one stored a source of the claims database (`doc:<id>` or `feed:<name>`). */
  publishClaimsChange(scope: string): void {
    this.publisher.publish(claimsChannel, JSON.stringify({ origin: this.instanceId, scope })).catch((error: unknown) => {
      // They read every source back when Redis is back.
      this.log.warn({ err: error, scope }, 'telling the other instances of changed claims failed');
    });
  }

  private receiveClaimsChange(message: Buffer): void {
    const change = this.fromOthers(message, 'claims change');
    if (change !== null && typeof change.scope === 'string') this.claimsListener?.change(change.scope);
  }

  /** Subscribes to a room's channel; resolves once messages published from now on will arrive. */
  async join(room: string, listener: RoomListener): Promise<RoomLink> {
    // A room being unloaded may still hold its link; the new one replaces it.
    const link = new RoomLink(room, this, listener);
    this.links.set(room, link);
    try {
      await this.subscriber.subscribe(channelPrefix + room);
    } catch (error) {
      // Not subscribed now, but resubscribed (and caught up) when Redis is back.
      this.log.warn({ err: error, room }, 'subscribing to a room failed; it will catch up when Redis is back');
    }
    return link;
  }

  async leave(link: RoomLink): Promise<void> {
    if (this.links.get(link.room) !== link) return;
    this.links.delete(link.room);
    await this.subscriber.unsubscribe(channelPrefix + link.room).catch(() => undefined);
  }

  /** @internal Publishes a room's message; a failure is remembered so the others hear of the gap. */
  publish(link: RoomLink, message: Buffer): void {
    this.publisher.publish(channelPrefix + link.room, message).catch((error: unknown) => {
      link.failed = true;
      this.log.debug({ err: error, room: link.room }, 'publishing to Redis failed; the other instances will catch up');
    });
  }

  /**
   * Publishes an update stored for a room this instance has not loaded (an
   * import onto a document others have open), under an origin of its own.
   */
  publishStoredUpdate(room: string, update: Uint8Array): void {
    const message = encodeMessage(messageTypes.update, `${this.instanceId}/${randomUUID()}`, 1, update);
    this.publisher.publish(channelPrefix + room, message).catch((error: unknown) => {
      this.log.warn(
        { err: error, room },
        'publishing an imported update failed; instances with the room open see it when they next catch up or load it',
      );
    });
  }

  /** After a reconnection: subscribe again, then catch every room up on what was missed meanwhile. */
  private async resubscribe(): Promise<void> {
    const links = [...this.links.values()];
    const channels = [
      heartbeatChannel,
      ...(this.accessListener === null ? [] : [accessChannel]),
      ...(this.claimsListener === null ? [] : [claimsChannel]),
      ...links.map((link) => channelPrefix + link.room),
    ];
    try {
      await this.subscriber.subscribe(...channels);
    } catch (error) {
      this.log.warn({ err: error }, 'resubscribing after a Redis reconnection failed');
      return;
    }
    // Nobody could be heard while Redis was away: that was not their death.
    for (const origin of this.alive.keys()) this.alive.set(origin, Date.now());
    this.log.info({ rooms: links.length }, 'reconnected to Redis; catching rooms up from the store');
    this.accessListener?.missed();
    this.claimsListener?.missed();
    for (const link of links) link.listener.missed();
  }

  /** @internal Notes that another instance is alive (a one-off import's origin is not an instance). */
  heard(origin: string): void {
    if (!origin.includes('/')) this.alive.set(origin, Date.now());
  }

  /**
   * Says this instance is alive, and takes for dead the instances not heard
   * of for a while: the rooms that heard from one catch up from the store.
   * Not while Redis is away: then no one is heard, and reconnecting catches up anyway.
   */
  private beat(): void {
    this.publisher.publish(heartbeatChannel, this.instanceId).catch(() => undefined);
    if (this.subscriber.status !== 'ready') return;
    const now = Date.now();
    for (const [origin, last] of this.alive) {
      if (now - last < deadAfterMs) continue;
      this.alive.delete(origin);
      this.log.info({ instance: origin }, 'another instance went silent; catching its rooms up from the store');
      for (const link of this.links.values()) if (link.heardFrom(origin)) link.forget(origin);
    }
  }

  private markFailures(): void {
    for (const link of this.links.values()) if (link.failed) link.publishMark();
  }

  /** Resolves if Redis answers, rejects if not (for `/healthz`). */
  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.links.clear();
    this.accessListener = null;
    this.claimsListener = null;
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}

/** One address's bucket: tokens left, and when it was last filled. */
interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client address: each address may spend `burst` at once
 * and gets `perSecond` back every second. Idle addresses are forgotten.
 */
export class RateLimiter {
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(perSecond: number, burst: number) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, burst);
  }

  private bucket(address: string, now: number): Bucket {
    const bucket = this.buckets.get(address) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (this.buckets.size > 10_000) this.forgetIdle(now);
    return bucket;
  }

  /**
   * Whole seconds until the address may spend one more (0: it may now). Does
   * not spend: an address that must wait is told how long, and that is all.
   */
  wait(address: string, now = Date.now()): number {
    if (this.perSecond <= 0) return 0;
    const bucket = this.bucket(address, now);
    return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / this.perSecond);
  }

  /** Spends one for the address (down to nothing, never below). */
  spend(address: string, now = Date.now()): void {
    if (this.perSecond <= 0) return;
    const bucket = this.bucket(address, now);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
  }

  /** Drops the buckets of addresses that are full again: they have nothing to remember. */
  private forgetIdle(now: number): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(address);
    }
  }
}

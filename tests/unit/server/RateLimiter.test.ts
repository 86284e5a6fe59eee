import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../server/http/RateLimiter.js';

describe('RateLimiter', () => {
  it('lets an address spend its burst, then says how many whole seconds to wait', () => {
    const limiter = new RateLimiter(2, 4);
    const at = 1_000_000;
    for (let index = 0; index < 4; index++) {
      expect(limiter.wait('a', at)).toBe(0);
      limiter.spend('a', at);
    }
    expect(limiter.wait('a', at)).toBe(1);
    // Half a second gives one back at two a second.
    expect(limiter.wait('a', at + 500)).toBe(0);
  });

  it('keeps addresses apart', () => {
    const limiter = new RateLimiter(1, 1);
    limiter.spend('a', 0);
    expect(limiter.wait('a', 0)).toBe(1);
    expect(limiter.wait('b', 0)).toBe(0);
  });

  it('counts a slow rate in whole seconds: five a minute is one every 12 s', () => {
    const limiter = new RateLimiter(5 / 60, 5);
    for (let index = 0; index < 5; index++) limiter.spend('a', 0);
    expect(limiter.wait('a', 0)).toBe(12);
    expect(limiter.wait('a', 6_000)).toBe(6);
    expect(limiter.wait('a', 12_000)).toBe(0);
  });

  it('never fills past its burst however long an address was away', () => {
    const limiter = new RateLimiter(10, 2);
    limiter.spend('a', 0);
    limiter.spend('a', 3_600_000);
    limiter.spend('a', 3_600_000);
    expect(limiter.wait('a', 3_600_000)).toBe(1);
  });

  it('limits nothing at a rate of 0', () => {
    const limiter = new RateLimiter(0, 0);
    for (let index = 0; index < 100; index++) limiter.spend('a', 0);
    expect(limiter.wait('a', 0)).toBe(0);
  });
});

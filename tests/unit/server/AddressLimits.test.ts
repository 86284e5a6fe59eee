import { describe, expect, it } from 'vitest';
import { AddressLimits } from '../../../server/AddressLimits.js';

describe('AddressLimits', () => {
  it('refuses requests past the rate, saying for how long, address by address', () => {
    const limits = new AddressLimits({ requestsPerSecond: 1, authFailuresPerMinute: 60, maxConnections: 1 });
    // A burst of ten times the rate a second.
    for (let request = 0; request < 10; request++) expect(limits.request('a')).toBeNull();
    expect(limits.request('a')).toEqual({ seconds: 1, reason: 'requests' });
    expect(limits.request('b')).toBeNull();
  });

  it('refuses everything from an address past its failed authentications', () => {
    const limits = new AddressLimits({ requestsPerSecond: 100, authFailuresPerMinute: 2, maxConnections: 1 });
    limits.failed('a');
    expect(limits.failureWait('a')).toBe(0);
    limits.failed('a');
    expect(limits.failureWait('a')).toBeGreaterThan(0);
    expect(limits.request('a')).toMatchObject({ reason: 'failures' });
    expect(limits.request('b')).toBeNull();
  });

  it('counts open connections per address, and frees one when it closes', () => {
    const limits = new AddressLimits({ requestsPerSecond: 1, authFailuresPerMinute: 1, maxConnections: 2 });
    expect([limits.connect('a'), limits.connect('a'), limits.connect('a')]).toEqual([true, true, false]);
    expect(limits.connect('b')).toBe(true);
    limits.disconnect('a');
    limits.disconnect('a');
    expect(limits.connect('a')).toBe(true);
  });
});

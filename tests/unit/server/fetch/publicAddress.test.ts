import { describe, expect, it } from 'vitest';
import { isPublicAddress, mappedIpv4 } from '../../../../server/fetch/publicAddress.js';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['93.184.215.14', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:8.8.8.8', true],
    ['127.0.0.1', false],
    ['127.1.2.3', false],
    ['0.0.0.0', false],
    ['10.20.30.40', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['fd12:3456:789a::1', false],
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['0:0:0:0:0:ffff:a00:1', false],
    ['::ffff:169.254.169.254', false],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::', false],
    ['[::1]', false],
    ['localhost', false],
    ['', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('reads the IPv4 address inside a mapped one, in either spelling', () => {
    expect(mappedIpv4('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(mappedIpv4('::FFFF:7F00:0001')).toBe('127.0.0.1');
    expect(mappedIpv4('0:0:0:0:0:ffff:c0a8:101')).toBe('192.168.1.1');
    expect(mappedIpv4('::1')).toBeNull();
    expect(mappedIpv4('2001:db8::ffff:1:1')).toBeNull();
    expect(mappedIpv4('127.0.0.1')).toBeNull();
  });
});

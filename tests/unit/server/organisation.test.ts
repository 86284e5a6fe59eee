import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../server/config.js';

describe('the organisation that publishes fact-checks', () => {
  it('is configured once, by name, home page and logo', () => {
    expect(
      configFromEnv({
        FACTMARK_ORGANISATION: 'Harbour Fact Desk',
        FACTMARK_ORGANISATION_URL: 'https://desk.example',
        FACTMARK_ORGANISATION_LOGO: 'https://desk.example/logo.png',
      }).organisation,
    ).toEqual({ name: 'Harbour Fact Desk', url: 'https://desk.example/', logo: 'https://desk.example/logo.png' });
    expect(configFromEnv({}).organisation).toEqual({ name: 'factmark' });
  });

  it.each([
    ['FACTMARK_ORGANISATION_URL', 'desk.example', /must be a URL/],
    ['FACTMARK_ORGANISATION_LOGO', 'javascript:alert(1)', /must be a https: or http: URL/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(message);
  });
});

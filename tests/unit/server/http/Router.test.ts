import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../../server/http/api.js';
import { Router } from '../../../../server/http/Router.js';

const named = (name: string) => ({ handle: async () => {}, name });

describe('Router', () => {
  const router = new Router([
    { method: 'GET', pattern: '/api/documents', ...named('list') },
    { method: 'GET', pattern: '/api/documents/:id', ...named('get') },
    { method: 'PATCH', pattern: '/api/documents/:id/layers/:layer', ...named('layer') },
  ]);

  it.each([
    ['GET', '/api/documents', 'list', {}],
    ['GET', '/api/documents/abc', 'get', { id: 'abc' }],
    ['PATCH', '/api/documents/abc/layers/p-1', 'layer', { id: 'abc', layer: 'p-1' }],
    ['GET', '/api//documents/abc/', 'get', { id: 'abc' }],
  ])('matches %s %s by method, literal segments and parameters', (method, path, name, params) => {
    const match = router.match(method, path);
    expect((match?.route as { name?: string } | undefined)?.name).toBe(name);
    expect(match?.params).toEqual(params);
  });

  it.each([
    ['POST', '/api/documents/abc'],
    ['GET', '/api/documents/abc/export'],
    ['GET', '/api/document'],
  ])('matches nothing for %s %s', (method, path) => {
    expect(router.match(method, path)).toBeNull();
  });
});

describe('the API route table', () => {
  it('has one route per method and pattern', () => {
    const keys = apiRoutes.map((route) => `${route.method} ${route.pattern.replace(/:\w+/g, ':')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

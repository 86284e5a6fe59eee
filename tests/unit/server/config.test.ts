import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { configFromEnv, configOptions } from '../../../server/config.js';
import { createProgram } from '../../../server/cli/main.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** The rows of the README's Configuration table: variable (and alias), flag and default, as written. */
async function readmeRows(): Promise<{ env: string; alias?: string; flag: string; shown: string }[]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const section = /^## Configuration\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [variable = '', flag = '', shown = ''] = line
        .split('|')
        .slice(1, 4)
        .map((cell) => cell.trim());
      const [env = '', alias] = [...variable.matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]);
      return { env, ...(alias === undefined ? {} : { alias }), flag: flag.replaceAll('`', ''), shown };
    });
}

describe('configuration, declared once', () => {
  it('is what the README’s Configuration table lists: every variable, its flag and its default', async () => {
    const declared = configOptions.map((option) => ({
      env: option.env,
      ...(option.alias === undefined ? {} : { alias: option.alias }),
      flag: option.flag === undefined ? '' : (new Option(option.flag).long ?? ''),
      shown: option.shown,
    }));
    expect(await readmeRows()).toEqual(declared);
  });

  it('is what `serve --help` lists: every flag, and every variable', () => {
    const serve = createProgram().commands.find((command) => command.name() === 'serve');
    let help = '';
    serve?.configureOutput({ writeOut: (text) => (help += text) });
    serve?.outputHelp();
    for (const option of configOptions) {
      expect(help).toContain(option.env);
      if (option.flag !== undefined) expect(help).toContain(new Option(option.flag).long);
    }
  });

  it('reads each variable into the configuration, and refuses one it cannot read, naming it', () => {
    const config = configFromEnv({
      PORT: '8080',
      FACTMARK_MAX_CONNECTIONS_PER_IP: '7',
      FACTMARK_ORGANISATION: 'Desk',
      FACTMARK_ORGANISATION_URL: 'https://desk.example',
      FACTMARK_DEMO: '0',
      FACTMARK_TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      port: 8080,
      maxConnectionsPerIp: 7,
      organisation: { name: 'Desk', url: 'https://desk.example/' },
      demo: false,
      trustProxy: true,
    });
    expect(configFromEnv({ FACTMARK_PORT: '9090', PORT: '8080' }).port).toBe(9090);
    expect(() => configFromEnv({ FACTMARK_WORK_QUEUE: 'many' })).toThrow(/FACTMARK_WORK_QUEUE/);
    expect(() => configFromEnv({ FACTMARK_REDIS_URL: 'http://cache' })).toThrow(/FACTMARK_REDIS_URL/);
  });
});

import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A benchmark script's options (among them `help`): `--help` prints `usage`,
 * and an unknown option names itself with the usage and exits 2, instead of a
 * stack trace.
 */
export function readOptions<const O extends NonNullable<ParseArgsConfig['options']>>(options: O, usage: string) {
  const values = (() => {
    try {
      return parseArgs({ options }).values;
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
      process.exit(2);
    }
  })();
  if ((values as Record<string, unknown>)['help'] === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values;
}

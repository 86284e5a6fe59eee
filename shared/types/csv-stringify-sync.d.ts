// csv-stringify's own declarations describe its stream API too, and so pull
// Node's types into every program that imports it. shared/ uses only the
// synchronous, pure function: this is its declaration, as the package's
// lib/sync.d.ts gives it, narrowed to the options we pass. shared/tsconfig.json
// maps the module here; every other program reads the package's own.
export function stringify(
  input: readonly (readonly (string | number)[])[],
  options?: { record_delimiter?: 'unix' | 'windows' | 'mac' | string; quote_record_delimiter?: boolean },
): string;

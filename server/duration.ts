import { InputError } from '../shared/errors.js';

const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Reads a duration like `30m`, `12h`, `7d` or `2w` as seconds; throws an InputError naming the problem (and the field, given one). */
export function parseDuration(text: string, field = ''): number {
  const match = /^(\d+)\s*([smhdw])$/.exec(text.trim());
  const amount = Number(match?.[1]);
  const unit = units[match?.[2] ?? ''];
  if (match === null || unit === undefined || !Number.isSafeInteger(amount) || amount <= 0) {
    const problem = `"${text}" is not a duration: use a number and a unit, like 30m, 12h, 7d or 2w.`;
    throw new InputError(field === '' ? problem : `"${field}": ${problem}`, field);
  }
  return amount * unit;
}

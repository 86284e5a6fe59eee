const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Reads a duration like `30m`, `12h`, `7d` or `2w` as seconds; throws a RangeError naming the problem. */
export function parseDuration(text: string): number {
  const match = /^(\d+)\s*([smhdw])$/.exec(text.trim());
  const amount = Number(match?.[1]);
  const unit = units[match?.[2] ?? ''];
  if (match === null || unit === undefined || !Number.isSafeInteger(amount) || amount <= 0) {
    throw new RangeError(`"${text}" is not a duration: use a number and a unit, like 30m, 12h, 7d or 2w.`);
  }
  return amount * unit;
}

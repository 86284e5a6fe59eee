/**
 * Whether a text opens with a day the calendar has, written `YYYY-MM-DD`:
 * "2026-02-28" does, "2026-02-30" and "2026-11-31" do not (JavaScript's
 * `Date.parse` rolls them over into the next month).
 */
export function opensWithRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

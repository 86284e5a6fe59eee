/** A count with its noun, singular for one: "1 claim", "2 claims", "0 claims". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

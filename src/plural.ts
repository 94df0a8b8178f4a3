// Counts in the log read as a person writes them: "1 row", "2 rows".

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

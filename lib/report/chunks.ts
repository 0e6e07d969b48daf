/**
 * Cuts a list into consecutive runs whose sizes add up to at most `max` (an item bigger than
 * `max` gets a run of its own). The PDF prints a long section as several print jobs at group
 * boundaries, so a browser tab never lays out more than about `max` rows at once: memory stays
 * bounded whatever the size of the model, and the jobs spread over the tabs.
 */
export function chunkBy<T>(items: readonly T[], size: (item: T) => number, max: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && used + n > max) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

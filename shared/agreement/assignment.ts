/**
 * The rows and columns of a weight matrix paired one to one so that the sum
 * of the pairs' weights is as large as it can be (the assignment problem),
 * by the Hungarian method in O(n²·m) for n ≤ m. Pairs of weight 0 or less
 * are left out, so a zero stands for "may not be paired". Weights must be
 * finite; integers keep the arithmetic exact.
 */
export function maximumWeightAssignment(weights: readonly (readonly number[])[]): [number, number][] {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : (weights[0]?.length ?? 0);
  if (rows === 0 || columns === 0) return [];
  // The method wants no more rows than columns: solve the transpose otherwise.
  if (rows > columns) {
    const transposed = Array.from({ length: columns }, (_, column) => weights.map((row) => row[column] ?? 0));
    return maximumWeightAssignment(transposed)
      .map(([column, row]): [number, number] => [row, column])
      .sort((x, y) => x[0] - y[0]);
  }
  const cost = (row: number, column: number) => -(weights[row - 1]?.[column - 1] ?? 0);
  // Potentials u (rows) and v (columns); columnRow[j] is the row assigned to column j (0: none), 1-based.
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(columns + 1).fill(0);
  const columnRow = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let row = 1; row <= rows; row++) {
    columnRow[0] = row;
    let column = 0;
    const slack = new Array<number>(columns + 1).fill(Infinity);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[column] = true;
      const current = columnRow[column] ?? 0;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= columns; j++) {
        if (used[j]) continue;
        const reduced = cost(current, j) - (u[current] ?? 0) - (v[j] ?? 0);
        if (reduced < (slack[j] ?? Infinity)) {
          slack[j] = reduced;
          way[j] = column;
        }
        if ((slack[j] ?? Infinity) < delta) {
          delta = slack[j] ?? Infinity;
          next = j;
        }
      }
      for (let j = 0; j <= columns; j++) {
        if (used[j]) {
          const assigned = columnRow[j] ?? 0;
          u[assigned] = (u[assigned] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          slack[j] = (slack[j] ?? Infinity) - delta;
        }
      }
      column = next;
    } while ((columnRow[column] ?? 0) !== 0);
    // Walk the augmenting path back, shifting each column's row along it.
    do {
      const previous = way[column] ?? 0;
      columnRow[column] = columnRow[previous] ?? 0;
      column = previous;
    } while (column !== 0);
  }
  const pairs: [number, number][] = [];
  for (let column = 1; column <= columns; column++) {
    const row = columnRow[column] ?? 0;
    if (row !== 0 && (weights[row - 1]?.[column - 1] ?? 0) > 0) pairs.push([row - 1, column - 1]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/**
 * How much longer `run` takes on `input` than on `baseline`: the best of three runs each,
 * interleaved, so a machine busy with other work slows both alike (a bound in milliseconds failed
 * under load). For a cost that should be linear either way, where what counts is a factor; speed
 * itself is measured by `npm run bench`.
 */
export function costRatio<T>(run: (input: T) => unknown, input: T, baseline: T): number {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let round = 0; round < 3; round++) {
    [input, baseline].forEach((value, index) => {
      const started = performance.now();
      run(value);
      best[index] = Math.min(best[index] ?? 0, performance.now() - started);
    });
  }
  return (best[0] ?? 0) / Math.max(best[1] ?? 1, 0.01);
}

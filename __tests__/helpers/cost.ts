/**
 * How much longer `run` takes on `input` than on `baseline`: the best of five runs each,
 * interleaved, so a machine busy with other work slows both alike (a bound in milliseconds failed
 * under load). For a cost that should be linear either way, where what counts is a factor; speed
 * itself is measured by `npm run bench`. A baseline under a tenth of a millisecond counts as one: at
 * that size the timer's and the scheduler's noise is most of it (a linear case read 20.6× under a
 * loaded machine), while the quadratic cases these tests guard against take seconds.
 */
export function costRatio<T>(run: (input: T) => unknown, input: T, baseline: T): number {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let round = 0; round < 5; round++) {
    [input, baseline].forEach((value, index) => {
      const started = performance.now();
      run(value);
      best[index] = Math.min(best[index] ?? 0, performance.now() - started);
    });
  }
  return (best[0] ?? 0) / Math.max(best[1] ?? 1, 0.1);
}

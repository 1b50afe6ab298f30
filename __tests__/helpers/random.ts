/**
 * A small deterministic random source, so a test of random cases fails the same way twice: one
 * linear congruential generator, read as a fraction or as an index.
 */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
}

/** Numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  const next = generator(seed);
  return () => next() / 2 ** 32;
}

/** Whole numbers below `n`: an index into `n` things. */
export function seededIndex(seed: number): (n: number) => number {
  const next = generator(seed);
  return (n) => next() % n;
}

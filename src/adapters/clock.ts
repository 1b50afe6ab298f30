/** The process clock, shared by the CLI and the Action. */

/**
 * The clock honours SOURCE_DATE_EPOCH (seconds since the epoch), the reproducible-builds convention,
 * so drafts and checks can be replayed at a fixed time (`handoff demo` replays the seed's sessions so).
 */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    const fixed = Number(epoch) * 1000;
    return () => new Date(fixed);
  }
  return () => new Date();
}

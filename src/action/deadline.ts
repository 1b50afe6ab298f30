/**
 * The run's overall deadline. A server that accepts a connection and never answers, or a git fetch
 * that stalls, must not hold the job until GitHub's six-hour limit. At the deadline every API request
 * still running is aborted (the signal `run` passes to the client), which lets the run finish with the
 * verdict it has; if it still has not ended after a short grace period (a stuck git process), the
 * step fails with a clear message and the process exits.
 */
import * as core from '@actions/core';
import { milliseconds } from './run.js';

/**
 * Fetching and deepening a large history can take minutes; nothing the Action does needs eight. Eight,
 * not ten: the workflow `init` writes gives the job `timeout-minutes: 10`, which counts the checkout
 * and node's start too, and a deadline GitHub's cancellation beats to it never says what was stuck.
 */
export const DEFAULT_DEADLINE_MS = 8 * 60_000;
/** After the deadline, time left for the run to finish on its own before the process is stopped. */
const GRACE_MS = 5_000;

export interface Deadline {
  signal: AbortSignal;
  /** When the deadline falls (epoch ms). */
  at: number;
  /** Stops the timers once the run has finished. */
  clear(): void;
}

export function startDeadline(
  env: NodeJS.ProcessEnv,
  exit: (code: number) => void = (code) => process.exit(code),
): Deadline {
  const ms = milliseconds(env.HANDOFF_GUARD_DEADLINE_MS) || DEFAULT_DEADLINE_MS;
  const controller = new AbortController();
  let grace: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    core.warning(`Handoff Guard reached its deadline (${seconds(ms)}): stopping the requests still waiting.`);
    // A TimeoutError, as a request's own time limit raises: the client reports both the same way.
    controller.abort(new DOMException(`the run's deadline of ${seconds(ms)} was reached`, 'TimeoutError'));
    grace = setTimeout(() => {
      core.setFailed(
        `Handoff Guard did not finish within its deadline of ${seconds(ms)} (a request or git command never answered).`,
      );
      exit(1);
    }, GRACE_MS);
    grace.unref();
  }, ms);
  // The timer alone never keeps the process alive; a hanging socket or child process does, and then
  // the timer fires.
  timer.unref();
  return {
    signal: controller.signal,
    at: Date.now() + ms,
    clear() {
      clearTimeout(timer);
      if (grace) clearTimeout(grace);
    },
  };
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

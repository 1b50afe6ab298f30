import { describe, expect, it } from '@jest/globals';
import { DEFAULT_FIRST_COMMIT_ALLOWANCE_MS, estimateTimeSpent } from '../../src/core/session-time.js';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso) / 1000;

describe('estimateTimeSpent', () => {
  it('gives nothing for no commits', () => {
    expect(estimateTimeSpent([], 2 * HOUR)).toEqual({ hours: 0, sessions: [] });
  });

  it('counts one commit as the allowance for the work before it', () => {
    const estimate = estimateTimeSpent([at('2025-11-08T10:00:00Z')], 2 * HOUR);
    expect(estimate.hours).toBe(DEFAULT_FIRST_COMMIT_ALLOWANCE_MS / HOUR);
    expect(estimate.sessions).toHaveLength(1);
  });

  it('adds first-to-last span and the allowance within a session', () => {
    // 09:00 → 12:30 is 3.5 h, plus 0.5 h before the first commit.
    const times = [at('2025-11-08T09:00:00Z'), at('2025-11-08T10:30:00Z'), at('2025-11-08T12:30:00Z')];
    expect(estimateTimeSpent(times, 2 * HOUR).hours).toBe(4);
  });

  it('splits sessions at gaps longer than the gap, and sums them', () => {
    const times = [
      at('2025-11-10T10:00:00Z'),
      at('2025-11-10T11:00:00Z'),
      // 3 h later: a new session.
      at('2025-11-10T14:00:00Z'),
      at('2025-11-10T15:00:00Z'),
    ];
    const estimate = estimateTimeSpent(times, 2 * HOUR);
    expect(estimate.sessions.map((s) => s.commits)).toEqual([2, 2]);
    expect(estimate.hours).toBe(3);
    // With a longer gap the same commits are one session of 5 h + 0.5 h.
    expect(estimateTimeSpent(times, 4 * HOUR).hours).toBe(5.5);
  });

  it('keeps a gap of exactly the limit inside the session', () => {
    const times = [at('2025-11-10T10:00:00Z'), at('2025-11-10T12:00:00Z')];
    expect(estimateTimeSpent(times, 2 * HOUR).sessions).toHaveLength(1);
  });

  it('sorts unsorted times and takes a custom allowance; rounds to one decimal', () => {
    const times = [at('2025-11-10T10:20:00Z'), at('2025-11-10T10:00:00Z')];
    const estimate = estimateTimeSpent(times, 2 * HOUR, 0);
    expect(estimate.hours).toBe(0.3);
    expect(estimate.sessions[0]?.firstCommit).toBe(at('2025-11-10T10:00:00Z'));
  });
});

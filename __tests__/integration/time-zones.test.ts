/**
 * What the commands say of a handoff's age and freshness must not depend on the zone the program runs
 * in where the verdict is concerned (a pre-push hook in Tokyo and the Action in UTC judge one push),
 * and reads as the zone's own day where a person reads it (`status`, `resume`: the draft dates a
 * handoff by that zone's day). Each run is the built program with its own TZ and its clock pinned
 * (SOURCE_DATE_EPOCH); the suite itself runs in UTC.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBin, TempRepo } from '../helpers/temp-repo.js';
import { handoffDocument, handoffPathOf, REGISTRY, registryText, TASK } from './check-fixtures.js';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

let repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos) repo.remove();
  repos = [];
});

/** A repository whose one task's handoff says `date`, committed at `committed`, under `maxAge`. */
function repoWithHandoff(date: string, committed: string, maxAge = '7d'): TempRepo {
  const repo = TempRepo.init();
  repos.push(repo);
  repo.commit(
    'Start tasks',
    {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, date),
      '.handoffrc.json': `${JSON.stringify({ freshness: { maxAge } })}\n`,
    },
    { date: committed },
  );
  return repo;
}

function run(repo: TempRepo, args: string[], TZ: string, now: string) {
  const epoch = String(Math.floor(Date.parse(now) / 1000));
  return runBin(args, { cwd: repo.dir, env: { TZ, SOURCE_DATE_EPOCH: epoch } });
}

describe('time zones', () => {
  it('reads a **Date** time without a zone as UTC: the check judges it alike in every zone', () => {
    // 01:00 on the 10th, a day's maxAge, judged at 03:15 UTC on the 11th: 26 h old in UTC. Read in
    // the program's zone it was 18 h old in California (fresh) and 35 h in Tokyo (expired).
    const repo = repoWithHandoff('2026-03-10T01:00', '2026-03-09T00:00:00Z', '1d');
    const verdicts = ZONES.map((TZ) => {
      const result = run(repo, ['check', '--base', 'HEAD', '--format', 'json'], TZ, '2026-03-11T03:15:00Z');
      const problems = JSON.parse(result.stdout).verdicts[0].problems;
      return [TZ, result.code, problems.map((p: { reason: string; detail: string }) => [p.reason, p.detail])];
    });
    const expired = [
      'expired',
      `${handoffPathOf(TASK)} was last updated 2026-03-10 (1 day(s) ago); the limit is 1d.`,
    ];
    expect(verdicts).toEqual(ZONES.map((TZ) => [TZ, 1, [expired]]));
  });

  it('status and resume count a day-only Date against the day where they run: drafted this evening, it is today', () => {
    // Drafted at 20:10 in California on the 10th (03:10 UTC on the 11th), read five minutes later.
    const west = repoWithHandoff('2026-03-10', '2026-03-11T03:10:00Z');
    const westStatus = JSON.parse(
      run(west, ['status', '--format', 'json'], 'America/Los_Angeles', '2026-03-11T03:15:00Z').stdout,
    );
    expect([westStatus.agents[0].ageDays, westStatus.agents[0].ageMs]).toEqual([0, 300_000]);
    const resume = run(west, ['resume', '--task', TASK], 'America/Los_Angeles', '2026-03-11T03:15:00Z');
    expect(resume.stdout).toContain('(2026-03-10, today)');
    // Drafted at 08:05 in Tokyo on the 11th (23:05 UTC on the 10th), read at 08:10: its UTC midnight
    // is still ahead. It read as `future`, its ageMs -3,000,000.
    const east = repoWithHandoff('2026-03-11', '2026-03-10T23:06:00Z');
    const eastRun = run(east, ['status', '--format', 'json'], 'Asia/Tokyo', '2026-03-10T23:10:00Z');
    const eastStatus = JSON.parse(eastRun.stdout);
    expect([eastStatus.agents[0].ageDays, eastStatus.agents[0].ageMs]).toEqual([0, 0]);
    const table = run(east, ['status'], 'Asia/Tokyo', '2026-03-10T23:10:00Z').stdout;
    expect(table).toContain('today');
    expect(table).not.toContain('future');
  });
});

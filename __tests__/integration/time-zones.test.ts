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
    // Drafted at 08:05 in Tokyo on the 11th and committed at 08:06 (23:06 UTC on the 10th), read at
    // 08:10: its UTC midnight is still ahead. It read as `future`, its ageMs -3,000,000; its commit
    // tells the hour: 4 minutes.
    const east = repoWithHandoff('2026-03-11', '2026-03-10T23:06:00Z');
    const eastRun = run(east, ['status', '--format', 'json'], 'Asia/Tokyo', '2026-03-10T23:10:00Z');
    const eastStatus = JSON.parse(eastRun.stdout);
    expect([eastStatus.agents[0].ageDays, eastStatus.agents[0].ageMs]).toEqual([0, 240_000]);
    const table = run(east, ['status'], 'Asia/Tokyo', '2026-03-10T23:10:00Z').stdout;
    expect(table).toContain('today');
    expect(table).not.toContain('future');
  });

  it('status still calls a Date after today future, in every zone (tomorrow, and 2099)', () => {
    for (const date of ['2026-03-12', '2099-01-01']) {
      const repo = repoWithHandoff(date, '2026-03-10T10:00:00Z');
      for (const TZ of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
        const json = JSON.parse(run(repo, ['status', '--format', 'json'], TZ, '2026-03-11T03:15:00Z').stdout);
        expect([date, TZ, json.agents[0].ageMs < 0, json.agents[0].ageDays]).toEqual([date, TZ, true, 0]);
        expect(run(repo, ['status'], TZ, '2026-03-11T03:15:00Z').stdout).toContain('future');
      }
    }
  });

  it('leaves out a first session’s setup alike west and east of UTC (the start day has not ended everywhere)', () => {
    // The same afternoon in California (UTC-7) and morning in Tokyo (UTC+9): setup at 09:05 or 17:05
    // local, after the start day's end in UTC (the day `start` recorded), then the start committed,
    // then the first step. Tokyo's setup was counted as the task's work.
    const firstSession = (zone: string, day: string, started: string) => {
      const repo = TempRepo.init();
      repos.push(repo);
      const at = (time: string) => ({ date: `${day}T${time}${zone}` });
      repo.commit('base', { 'package.json': '{}\n' }, { date: `2026-03-01T10:00:00${zone}` });
      repo.commit('Agent settings', { '.claude/s.json': 's\n' }, at('09:05:00'));
      const registry = registryText({ dev: { task: TASK } }).replace('"2025-11-08"', `"${started}"`);
      repo.commit('register', { [REGISTRY]: registry }, at('09:10:00'));
      repo.commit(`${TASK}: first step`, { 'a.txt': 'a\n' }, at('09:30:00'));
      return repo;
    };
    // 09:05 in Tokyo on the 11th is 00:05 UTC: the start, at 08:45, was recorded on the 10th.
    const tokyo = firstSession('+09:00', '2026-03-11', '2026-03-10');
    // 09:05 at UTC-7 on the 10th is 16:05 UTC, within the 10th.
    const west = firstSession('-07:00', '2026-03-10', '2026-03-10');
    for (const repo of [tokyo, west]) {
      for (const TZ of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
        const result = run(
          repo,
          ['draft', '--task', TASK, '--stdout', '--no-interactive'],
          TZ,
          '2026-03-11T12:00:00Z',
        );
        expect([
          TZ,
          /^Commits: \d+/m.exec(result.stderr)?.[0],
          result.stderr.includes('left out as setup'),
        ]).toEqual([TZ, 'Commits: 1', true]);
      }
    }
  });
});

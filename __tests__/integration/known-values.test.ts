import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, type TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  OTHER_TASK,
  pushTraced,
  REGISTRY,
  registryText,
  repoWithTask,
  TASK,
  today,
} from './check-fixtures.js';

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const fn of cleanup) fn();
});

function repo(): TempRepo {
  const r = repoWithTask();
  cleanup.push(() => r.remove());
  return r;
}

const push = pushTraced;

describe('known registry and config', () => {
  it('reads no file on a push that changes none of them, and reads a changed registry', () => {
    const r = repo();
    const base = r.git('rev-parse', 'HEAD');
    const first = r.commit('docs', { 'README.md': '# project, more\n' });
    expect(push(r, base, first).git).toContain('cat-file');

    const second = r.commit('more docs', { 'README.md': '# project, more still\n' });
    const warm = push(r, first, second);
    // Work that names no task counts for the only active one: behind, judged without reading a file.
    expect(warm.code).toBe(1);
    expect(warm.stderr).toContain(`behind: 1 work commit(s) for ${TASK}`);
    // Two git processes in all: the pushed commits (the tip's listing follows from the last push's
    // and their changes: no `git ls-tree`) and, as the push is refused, one `git status` of the
    // handoffs (an uncommitted one is fixed by a commit).
    expect(warm.git.filter((command) => command !== 'rev-parse').sort()).toEqual(['log', 'status']);

    // A new active task without a handoff: the new registry blob is read, and judged.
    const third = r.commit('another task', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK }, 'agent-2': { task: OTHER_TASK } }),
    });
    const changed = push(r, second, third);
    expect(changed.git).toContain('cat-file');
    expect(changed.stderr).toContain(OTHER_TASK);
    expect(changed.code).toBe(1);
  });

  it('validates a known registry again under other statuses, and never keeps an invalid one', () => {
    const r = repo();
    const base = r.git('rev-parse', 'HEAD');
    const custom = r.commit('review status', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK, status: 'in_review' } }),
    });
    const refused = push(r, base, custom);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('[registry/status]');
    // The same registry blob once more: still refused (nothing was cached from it).
    const again = r.commit('docs', { 'README.md': '# again\n' });
    expect(push(r, custom, again).code).toBe(2);

    const allowed = r.commit('allow the status', {
      '.handoffrc.json': `${JSON.stringify({ statuses: ['in_progress', 'in_review', 'complete', 'blocked'] })}\n`,
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 60 }),
    });
    const passed = push(r, again, allowed);
    expect(passed.stderr).not.toContain('registry/status');
    expect(passed.code).toBe(0);
    // The config and the registry are both known now: the next push reads neither.
    const later = r.commit('docs', { 'README.md': '# later\n' });
    const warm = push(r, allowed, later);
    expect(warm.code).toBe(0);
    expect(warm.git).not.toContain('cat-file');
  });

  it('refuses two config files in the pushed tree, known or not, whatever the working tree holds', () => {
    const r = repo();
    const base = r.git('rev-parse', 'HEAD');
    const one = r.commit('config', {
      '.handoffrc.json': '{}\n',
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 60 }),
    });
    // A second config file only in the working tree: not what is pushed.
    r.write('handoff.config.json', '{"freshness":{"maxAge":"bad"}}\n');
    const single = push(r, base, one);
    expect(single.code).toBe(0);
    const catFiles = single.git.filter((command) => command === 'cat-file').length;

    // .handoffrc.json is known now (not read again); the pushed tree has a second config file.
    const two = r.commit('second config', {
      'handoff.config.json': '{"freshness":{"maxAge":"bad"}}\n',
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 70 }),
    });
    rmSync(join(r.dir, 'handoff.config.json'));
    const refused = push(r, one, two);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `.handoffrc.json: 2 config files here and only one would be read: keep one of .handoffrc.json, handoff.config.json (in commit ${two.slice(0, 7)} (main), which is judged, not the working tree: commit the fix) [config/ambiguous]`,
    );
    // Told from the files the one read of the pushed tree lists: no git process more.
    expect(refused.git.filter((command) => command === 'cat-file').length).toBeLessThanOrEqual(catFiles);
  });

  it('shares its entries with `handoff status`, which reads the working tree: neither evicts the other', () => {
    const r = repo();
    const base = r.git('rev-parse', 'HEAD');
    const first = r.commit('docs', { 'README.md': '# one\n' });
    push(r, base, first);
    const status = runBin(['status', '--format', 'json'], { cwd: r.dir });
    expect(status.code).toBe(0);
    const second = r.commit('docs', { 'README.md': '# two\n' });
    expect(push(r, first, second).git).not.toContain('cat-file');
  });
});

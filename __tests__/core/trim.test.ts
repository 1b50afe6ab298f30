/**
 * Runs at a text's end trimmed in one pass (`trimEndOf`, core/trim.ts), where `/[…]+$/` was: that
 * expression is quadratic on a long run followed by something else, and the texts are anyone's. Each
 * place is tried through its own function: a commit message's body, a handoff's bold label and its
 * words (the drift candidates `resume` names), a config's handoff folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitCommandManager } from '../../src/adapters/git.js';
import { driftCandidates } from '../../src/core/claims.js';
import { DEFAULT_CONFIG, handoffPath } from '../../src/core/config.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { trimEndOf } from '../../src/core/trim.js';
import { costRatio } from '../helpers/cost.js';
import { seededIndex } from '../helpers/random.js';
import { scratchDir } from '../helpers/scratch.js';
import { TempRepo } from '../helpers/temp-repo.js';

/** 64 KB: the expressions took ~1.5 s here, the loop well under a millisecond. */
const LONG = 64 * 1024;

const random = seededIndex(9);

describe('trimEndOf', () => {
  it('removes what /[…]+$/ removes, on random texts', () => {
    for (const chars of ['\n', '/', ':', '.,:!?', ')"\']}>.,:!?']) {
      const alphabet = [...chars, 'a', ' ', '\n', 'é'];
      const pattern = new RegExp(`[${chars.replace(/[\]\\/^-]/g, '\\$&')}]+$`);
      for (let i = 0; i < 2_000; i++) {
        const text = Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join('');
        expect([chars, text, trimEndOf(text, chars)]).toEqual([chars, text, text.replace(pattern, '')]);
      }
    }
  });
});

describe('a long run that is not at the end, where each is trimmed', () => {
  it("a commit message's body", async () => {
    const repo = TempRepo.init();
    try {
      const messages = scratchDir('trim-message');
      const commitWith = (name: string, body: string) => {
        const file = join(messages, name);
        writeFileSync(file, `subject\n\n${body}\n`);
        repo.git('commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', file);
      };
      commitWith('hostile', `a${'\n'.repeat(LONG)}b`);
      commitWith('ordinary', `a${'x\n'.repeat(LONG / 2)}b`);
      const git = GitCommandManager.create(repo.dir);
      const [hostile] = await git.logRange(['-1', 'HEAD~1'], { stats: false });
      expect(hostile?.body).toBe(`a${'\n'.repeat(LONG)}b`);
      const read = async (rev: string) => {
        const started = performance.now();
        await git.logRange(['-1', rev], { stats: false });
        return performance.now() - started;
      };
      // git's own time beside ours: the best of three each.
      const best = async (rev: string) => Math.min(await read(rev), await read(rev), await read(rev));
      expect((await best('HEAD~1')) / (await best('HEAD'))).toBeLessThan(10);
    } finally {
      repo.remove();
    }
  });

  it("a handoff's bold label and the words resume looks for drift in", () => {
    const doc = (run: string) =>
      `# T-1: Handoff (Session 1)\n\n**Date**: 2026-12-01\n\n## Current State\n\n**${run}a:** b\n\n- see ${run}x and src/a.ts.\n`;
    const hostile = doc(':'.repeat(LONG));
    const ordinary = doc('y'.repeat(LONG));
    const read = (text: string) => driftCandidates(parseHandoff(text));
    expect(read(hostile).paths).toContain('src/a.ts');
    expect(costRatio(read, hostile, ordinary)).toBeLessThan(20);
    const words = (run: string) => doc(`${run} `).replace('- see', `- see ${'.'.repeat(LONG)}x`);
    expect(costRatio(read, words(''), doc('y'.repeat(LONG)))).toBeLessThan(20);
  });

  it("a config's handoff folder", () => {
    const folder = (run: string) => ({ ...DEFAULT_CONFIG, handoffDir: `docs${run}x/` });
    expect(handoffPath(folder('/'.repeat(LONG)), 'T-1', 1)).toBe(
      `docs${'/'.repeat(LONG)}x/T-1-handoff-session1.md`,
    );
    const path = (config: typeof DEFAULT_CONFIG) => handoffPath(config, 'T-1', 1);
    expect(costRatio(path, folder('/'.repeat(LONG)), folder('y'.repeat(LONG)))).toBeLessThan(20);
  });
});

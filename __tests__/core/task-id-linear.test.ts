import fc from 'fast-check';
import { RE2JS } from 're2js';
import {
  DEFAULT_CONFIG,
  isTaskId,
  LinearTaskIdRegExp,
  resolveConfig,
  taskIdRegExp,
  useLinearEngine,
} from '../../src/core/config.js';
import { InputError } from '../../src/core/errors.js';
import type { HandoffConfig } from '../../src/core/model.js';

// The engine a config with its own taskIdPattern loads (adapters/workspace.ts does it for real configs).
useLinearEngine(RE2JS);

const withPattern = (taskIdPattern: string): HandoffConfig => ({ ...DEFAULT_CONFIG, taskIdPattern });

/**
 * The native engine with the same lookarounds: what the linear engine must agree with. A `_` before
 * an id joins it to a word; after one it ends it (`TASK-1_fix`).
 */
function nativeIds(pattern: string, text: string): [string, number][] {
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${pattern})(?![A-Za-z0-9])`, 'g');
  return [...text.matchAll(re)].map((m) => [m[0], m.index ?? -1]);
}
function linearIds(pattern: string, text: string): [string, number][] {
  return [...text.matchAll(taskIdRegExp(withPattern(pattern)))].map((m) => [m[0], m.index ?? -1]);
}

describe('task ids from a config pattern run on the linear engine', () => {
  it('finds whole-token ids as the native engine does', () => {
    const pattern = '[A-Z]+-\\d+';
    const text =
      'fix TASK-12 and XTASK-1 (TASK-2) TASK-12x _TASK-3 fix-TASK-4 TASK-5.TASK-6 é-TASK-7 😀TASK-8';
    expect(taskIdRegExp(withPattern(pattern))).toBeInstanceOf(LinearTaskIdRegExp);
    expect(linearIds(pattern, text)).toEqual(nativeIds(pattern, text));
    expect(linearIds(pattern, text).map(([id]) => id)).toEqual([
      'TASK-12',
      'XTASK-1',
      'TASK-2',
      'TASK-4',
      'TASK-5',
      'TASK-6',
      'TASK-7',
      'TASK-8',
    ]);
  });

  it('backtracks inside the pattern to meet the boundary, as lookahead does', () => {
    const pattern = '[A-Z]+-\\d+(?:-[A-Z0-9]+)?';
    for (const text of ['TASK-1-AB_', 'TASK-1-AB c', 'TASK-12x TASK-3', 'A-1-', '']) {
      expect(linearIds(pattern, text)).toEqual(nativeIds(pattern, text));
    }
  });

  it('agrees with the native engine on random texts (fast-check)', () => {
    const patterns = ['[A-Z]+-\\d+', '[A-Z][A-Z0-9]*-\\d{1,3}(?:-[A-Z]+)?', '#\\d+', 'T-\\d+|TT-\\d'];
    const alphabet = fc.constantFrom('A', 'T', 'Z', '-', '1', '2', ' ', '_', '#', 'x', '\n', 'é');
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(alphabet, { maxLength: 40 }), (pattern, chars) => {
        const text = chars.join('');
        expect(linearIds(pattern, text)).toEqual(nativeIds(pattern, text));
      }),
      { seed: 13, numRuns: 400 },
    );
  });

  it('exec and test work as on a RegExp, lastIndex included', () => {
    const re = taskIdRegExp(withPattern('[A-Z]+-\\d+'));
    expect(re.test('see AB-1')).toBe(true);
    expect(re.lastIndex).toBe(8);
    expect(re.exec('see AB-1')).toBeNull();
    expect(re.lastIndex).toBe(0);
    expect(re.exec('x AB-2 y')?.[0]).toBe('AB-2');
  });

  it('(A+)+B against long subjects returns at once', () => {
    const config = resolveConfig({ taskIdPattern: '(A+)+B' }, '.handoffrc.json');
    const subject = 'A'.repeat(40);
    // A backtracking engine takes minutes here; the linear one is done in far less than a second.
    expect([...`${subject}\n${'A'.repeat(100_000)}`.matchAll(taskIdRegExp(config))]).toEqual([]);
    expect(isTaskId(config, `${'A'.repeat(5000)}C`)).toBe(false);
    expect(isTaskId(config, 'AAB')).toBe(true);
  });

  it('whole-id checks use the same rule', () => {
    const config = withPattern('[A-Z]+-\\d+');
    expect(isTaskId(config, 'AB-1')).toBe(true);
    expect(isTaskId(config, 'AB-1\n')).toBe(false);
    expect(isTaskId(config, 'my-feature')).toBe(false);
    expect(isTaskId(DEFAULT_CONFIG, 'TASK-2025-0078-C')).toBe(true);
    expect(isTaskId(DEFAULT_CONFIG, 'TASK-1\nx')).toBe(false);
  });

  it('refuses patterns the linear engine cannot run, and over-long ones, naming the key', () => {
    const refuse = (pattern: string) => {
      try {
        resolveConfig({ taskIdPattern: pattern }, '.handoffrc.json');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return `${(error as InputError).message} [${(error as InputError).rule}]`;
      }
      throw new Error(`accepted ${pattern}`);
    };
    expect(refuse('(A)\\1')).toMatch(/taskIdPattern.*linear.*\[config\/regexp\]/);
    expect(refuse('A(?=B)')).toMatch(/lookahead/);
    expect(refuse('(?<!X)A')).toMatch(/\[config\/regexp\]/);
    expect(refuse('A'.repeat(501))).toMatch(/longer than 500/);
    expect(refuse('(')).toMatch(/not a valid regular expression/);
  });
});

import { describe, expect, it } from '@jest/globals';
import { countWords } from '../../src/core/words.js';

describe('countWords', () => {
  it('counts the words a reader reads, not the markup', () => {
    const markdown = [
      '# TASK-1: Handoff (Session 2)',
      '',
      '**Date**: 2025-11-10',
      '',
      '## Next Steps',
      '',
      '- [ ] Fix the \\*flaky\\* test',
      '- ✅ 12 tests passing',
      '1. `conftest.py` (+40 −3)',
      '| a | b |',
    ].join('\n');
    // TASK-1: Handoff (Session 2) = 4; Date 2025-11-10 = 2; Next Steps = 2; Fix the flaky test = 4;
    // 12 tests passing = 3; conftest.py (+40 −3) = 3; a b = 2.
    expect(countWords(markdown)).toBe(20);
  });

  it('counts nothing in markup alone', () => {
    expect(countWords('## \n\n- \n- [ ]\n---\n| |')).toBe(0);
  });
});

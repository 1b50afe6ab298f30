import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCoverage } from '../../src/adapters/reports/index.js';
import { scratchDir } from '../helpers/scratch.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');

async function tempRepo(files: Record<string, string>): Promise<string> {
  const dir = scratchDir('handoff-coverage-');
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

describe('readCoverage', () => {
  it.each([
    // The same run of Jest, through Istanbul's three reporters: 4 of 6 lines, 1 of 4 branches.
    ['lcov-jest.info', 66.6, 25],
    ['cobertura-jest.xml', 66.6, 25],
    ['coverage-summary.json', 66.6, 25],
    // 3 of 4 lines and 1 of 2 branches from LF/LH/BRF/BRH, plus 3 of 6 and 1 of 2 counted from DA/BRDA.
    ['lcov-two-records.info', 60, 50],
    ['cobertura-coveragepy.xml', 85.3, 70],
    ['cobertura-rates-only.xml', 85, 50],
  ])('%s: lines %d%%, branches %d%%', async (file, linesPercent, branchesPercent) => {
    const { coverage, warnings } = await readCoverage(file, FIXTURES);
    expect(warnings).toEqual([]);
    expect(coverage).toEqual({ source: file, linesPercent, branchesPercent });
  });

  it('takes an absolute path and names it relative to the repository', async () => {
    const { coverage } = await readCoverage(join(FIXTURES, 'lcov-jest.info'), FIXTURES);
    expect(coverage?.source).toBe('lcov-jest.info');
  });

  it('leaves branches out when nothing branches', async () => {
    const repo = await tempRepo({
      'lcov.info': 'SF:a.js\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nBRF:0\nBRH:0\nend_of_record\n',
    });
    expect(await readCoverage('lcov.info', repo)).toEqual({
      coverage: { source: 'lcov.info', linesPercent: 50 },
      warnings: [],
    });
  });

  it('warns when nothing was instrumented', async () => {
    const repo = await tempRepo({
      'coverage-summary.json': '{"total":{"lines":{"total":0,"covered":0,"skipped":0,"pct":"Unknown"}}}',
    });
    expect(await readCoverage('coverage-summary.json', repo)).toEqual({
      warnings: [
        {
          file: 'coverage-summary.json',
          message: 'the report has no instrumented lines',
          rule: 'coverage/empty',
        },
      ],
    });
  });

  it.each([
    ['missing.info', undefined, 'no such file', 'report/missing', undefined],
    [
      'bad.info',
      'TN:\nSF:a.js\nLF:six\nend_of_record\n',
      'not a valid lcov count in LF: "six"',
      'lcov/syntax',
      { line: 3, column: 4 },
    ],
    ['empty.info', 'TN:\n', 'not an lcov report: no SF: records', 'lcov/empty', undefined],
    [
      'coverage.xml',
      '<?xml version="1.0"?>\n<coverage branch-rate="0.5"></coverage>',
      'the <coverage> element has neither line-rate nor lines-covered/lines-valid',
      'cobertura/attributes',
      { line: 2, column: 28 },
    ],
    [
      'coverage-summary.json',
      '{"total": {"statements": {}}}',
      'not an Istanbul coverage summary: no "total.lines" object',
      'istanbul-summary/shape',
      undefined,
    ],
    [
      'junit.xml',
      '<testsuites><testsuite name="a"/></testsuites>',
      'is a test report (JUnit XML), not a coverage report (expected lcov, Cobertura XML or coverage-summary.json)',
      'report/wrong-kind',
      undefined,
    ],
  ])('%s is a warning, never an exception', async (file, content, message, rule, place) => {
    const repo = await tempRepo(content === undefined ? {} : { [file]: content });
    expect(await readCoverage(file, repo)).toEqual({ warnings: [{ file, message, rule, ...place }] });
  });
});

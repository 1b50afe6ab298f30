/**
 * The JUnit reader streams: a ~20 MB report, written here in chunks, is parsed chunk by chunk. (The
 * 100 MB / 300 MB memory goal is measured by `npm run bench`, not asserted here.)
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJUnit, readTestReports } from '../../src/adapters/reports/index.js';
import { GATHERED_TEXT_MAX, MAX_XML_DEPTH, parseXmlFile } from '../../src/adapters/reports/xml.js';
import { FAILURE_CAP } from '../../src/core/reports.js';
import { scratchDir } from '../helpers/scratch.js';

const TESTS = 150_000;
const failing = (t: number) => t % 500 === 499;
const skipped = (t: number) => t % 700 === 0;

/** Writes the report in suites of 1000 tests; failures carry a 4 KB stack trace. */
async function writeLargeJUnit(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const stack = `    at handler (src/pipeline.ts:10:5)\n`.repeat(110);
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="large">\n');
  for (let s = 0; s * 1000 < TESTS; s++) {
    let suite = `  <testsuite name="suite ${s}" tests="1000" time="1.5">\n`;
    for (let t = s * 1000; t < (s + 1) * 1000; t++) {
      const name = `handles request ${t} through the synthetic pipeline &amp; its middleware`;
      if (failing(t)) {
        suite += `    <testcase classname="pipeline.s${s}" name="${name}" time="0.01"><failure><![CDATA[expected 200, got 500 for ${t}\n${stack}]]></failure></testcase>\n`;
      } else if (skipped(t)) {
        suite += `    <testcase classname="pipeline.s${s}" name="${name}" time="0"><skipped/></testcase>\n`;
      } else {
        suite += `    <testcase classname="pipeline.s${s}" name="${name}" time="0.002"/>\n`;
      }
    }
    await write(`${suite}  </testsuite>\n`);
  }
  await write('</testsuites>\n');
  out.end();
  await once(out, 'finish');
}

describe('a large JUnit report', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-large-junit-'));
    file = join(dir, 'large.xml');
    await writeLargeJUnit(file);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is about 20 MB', async () => {
    const { size } = await stat(file);
    expect(size).toBeGreaterThan(20 * 1024 * 1024);
    expect(size).toBeLessThan(40 * 1024 * 1024);
  });

  it('is counted exactly, with failure names capped and messages bounded', async () => {
    let failed = 0;
    let skip = 0;
    for (let t = 0; t < TESTS; t++) {
      if (failing(t)) failed++;
      else if (skipped(t)) skip++;
    }
    const { summary, warnings } = await readJUnit(file, 'large.xml');
    expect(warnings).toEqual([]);
    expect(summary.passed).toBe(TESTS - failed - skip);
    expect(summary.failed).toBe(failed);
    expect(summary.skipped).toBe(skip);
    expect(summary.errored).toBe(0);
    expect(summary.failures).toHaveLength(FAILURE_CAP);
    expect(summary.failedTruncated).toBe(true);
    expect(summary.failures[0]).toEqual({
      name: 'handles request 499 through the synthetic pipeline & its middleware',
      suite: 'pipeline.s0',
      message: 'expected 200, got 500 for 499',
    });
    expect(summary.durationSeconds).toBeCloseTo(1.5 * (TESTS / 1000));
  });

  it('reads through readTestReports the same way', async () => {
    const { summary } = await readTestReports(['*.xml'], dir);
    expect(summary?.sources).toEqual(['large.xml']);
    expect(summary && summary.passed + summary.failed + summary.skipped).toBe(TESTS);
  });
});

describe('a CDATA section of millions of `]` (1 GB of string pieces in saxes before)', () => {
  it('is read with what it gathers cut at GATHERED_TEXT_MAX, and the counts right', async () => {
    const dir = scratchDir('handoff-cdata-');
    const file = join(dir, 'cdata.xml');
    const body = ']'.repeat(3 * 1024 * 1024);
    await writeFile(
      file,
      `<?xml version="1.0"?>\n<testsuite name="s" tests="2"><testcase classname="c" name="a"/><testcase classname="c" name="b"><failure><![CDATA[${body}]]></failure></testcase></testsuite>\n`,
    );
    let longest = 0;
    const warnings = await parseXmlFile(file, 'cdata.xml', {
      open: () => undefined,
      text: (text) => {
        longest = Math.max(longest, text.length);
      },
    });
    expect(warnings).toEqual([]);
    // Cut between chunks: at most the bound and one chunk more.
    expect(longest).toBeGreaterThanOrEqual(GATHERED_TEXT_MAX);
    expect(longest).toBeLessThanOrEqual(GATHERED_TEXT_MAX + 256 * 1024);
    const { summary } = await readTestReports(['cdata.xml'], dir);
    expect(summary).toMatchObject({ passed: 1, failed: 1 });
  });
});

describe('elements nested a million deep (50 times the file in memory before)', () => {
  it('stop at MAX_XML_DEPTH with xml/nesting, naming the line', async () => {
    const dir = scratchDir('handoff-deep-xml-');
    const file = join(dir, 'deep.xml');
    const levels = 1_000_000;
    await writeFile(file, `<testsuites>${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</testsuites>\n`);
    const error = await parseXmlFile(file, 'deep.xml', { open: () => undefined }).catch((e: unknown) => e);
    expect(error).toMatchObject({ rule: 'xml/nesting', place: { line: 1 } });
    expect(String((error as Error).message)).toContain(`nested deeper than ${MAX_XML_DEPTH} levels`);
    // Through the readers it is a warning naming the file, as any malformed report is.
    const read = await readTestReports(['deep.xml'], dir);
    expect(read.warnings).toEqual([expect.objectContaining({ file: 'deep.xml', rule: 'xml/nesting' })]);
  });
});

/**
 * Bad reports are warnings naming the file and the place, never exceptions: truncated XML, invalid
 * JSON, binary data, non-UTF-8 text, empty files, unknown formats, and hostile XML (entity bombs,
 * external entities), which must finish fast because entities are never expanded.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTestReports } from '../../src/adapters/reports/index.js';
import { scratchDir } from '../helpers/scratch.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');

async function tempRepo(files: Record<string, string | Buffer>): Promise<string> {
  const dir = scratchDir('handoff-malformed-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

async function warningsFor(name: string, content: string | Buffer) {
  const repo = await tempRepo({ [name]: content });
  const result = await readTestReports([name], repo);
  expect(result.summary).toBeUndefined();
  return result.warnings;
}

describe('malformed test reports', () => {
  it('truncated XML: the place where the document ended', async () => {
    const full = await readFile(join(FIXTURES, 'gradle-junit.xml'), 'utf8');
    const cut = full.slice(0, full.indexOf('<testcase name="rounds()"'));
    const lines = cut.split('\n');
    expect(await warningsFor('TEST-Calc.xml', cut)).toEqual([
      {
        file: 'TEST-Calc.xml',
        message: 'not well-formed XML: unclosed tag: testsuite',
        rule: 'xml/well-formed',
        line: lines.length,
        column: (lines[lines.length - 1] as string).length,
      },
    ]);
  });

  it('mismatched tags: line and column of the closing tag', async () => {
    const xml = '<testsuites>\n  <testsuite name="a">\n    <testcase name="t"></testsuite>\n</testsuites>\n';
    expect(await warningsFor('r.xml', xml)).toEqual([
      {
        file: 'r.xml',
        message: 'not well-formed XML: unexpected close tag',
        rule: 'xml/well-formed',
        line: 3,
        column: 35,
      },
    ]);
  });

  it('text that is not XML in a .xml file', async () => {
    expect(await warningsFor('results.xml', 'Tests run: 3, Failures: 0\n')).toEqual([
      {
        file: 'results.xml',
        message: 'not well-formed XML: text data outside of root node',
        rule: 'xml/well-formed',
        // saxes notices at the end of the text.
        line: 2,
        column: 1,
      },
    ]);
  });

  it('invalid JSON: line and column of the error', async () => {
    const json = '{\n  "numPassedTests": 1,\n  "testResults": [\n    {"name": "a.test.js",}\n  ]\n}\n';
    expect(await warningsFor('jest.json', json)).toEqual([
      {
        file: 'jest.json',
        message: 'invalid JSON: trailing comma: JSON allows none after the last member or item (remove it)',
        rule: 'json/syntax',
        line: 4,
        column: 25,
      },
    ]);
  });

  it('truncated JSON', async () => {
    const [warning] = await warningsFor('mocha.json', '{"stats": {"passes": 1}, "passes": [');
    expect(warning).toMatchObject({ file: 'mocha.json', rule: 'json/syntax', line: 1, column: 37 });
  });

  it('JSON of another shape', async () => {
    expect(await warningsFor('jest.json', '{"numPassedTests": 1, "success": true}')).toEqual([
      {
        file: 'jest.json',
        message: 'not a Jest JSON report: no "testResults" array',
        rule: 'jest-json/shape',
      },
    ]);
  });

  it('binary garbage', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect(await warningsFor('junit.xml', bytes)).toEqual([
      { file: 'junit.xml', message: 'is a binary file, not a report', rule: 'report/binary' },
    ]);
  });

  it.each([
    ['junit.xml', '<testsuites>\n<testsuite name="a">\n<testcase name="caf\u00e9"/>', 3, 20],
    ['report.tap', 'TAP version 13\nok 1 - a\nnot ok 2 - caf\u00e9\n', 3, 15],
    ['jest.json', '{\n"testResults": [{"name": "caf\u00e9"}]}', 2, 30],
  ])('%s that is not UTF-8: the line and column of the first bad byte', async (name, text, line, column) => {
    // Written as Latin-1 while claiming (by default) UTF-8: é becomes the lone byte 0xE9.
    const bytes = Buffer.from(`${text}${name.endsWith('.xml') ? '</testsuite></testsuites>' : ''}`, 'latin1');
    expect(await warningsFor(name, bytes)).toEqual([
      {
        file: name,
        message: 'not valid UTF-8 (byte 0xE9); save the report as UTF-8',
        rule: 'utf-8',
        line,
        column,
      },
    ]);
  });

  describe('a character across the 64 KiB chunks the reports are read in', () => {
    const CHUNK = 64 * 1024;
    /** TAP lines up to `offset` bytes, all ASCII; the last one is open, so what follows continues it. */
    function tapUpTo(offset: number): { text: string; failing: number } {
      let text = 'TAP version 13\n';
      let n = 1;
      for (; text.length < offset - 40; n++) text += `ok ${n} - case ${n}\n`;
      const open = `not ok ${n} - `;
      return { text: `${text}${open}${'x'.repeat(offset - text.length - open.length)}`, failing: n };
    }
    const where = (ascii: string) => ({
      line: ascii.split('\n').length,
      column: ascii.length - ascii.lastIndexOf('\n'),
    });

    it('a character the chunks cut in two is read whole, and ASCII chunks after it as they are', async () => {
      const { text: head, failing } = tapUpTo(CHUNK - 1);
      let tail = '';
      for (let n = failing + 1; n <= failing + 9000; n++) tail += `ok ${n} - tail ${n}\n`;
      const bytes = Buffer.concat([
        Buffer.from(head),
        Buffer.from('\u00e9 caf\u00e9\n', 'utf8'),
        Buffer.from(`${tail}1..${failing + 9000}\n`),
      ]);
      expect(bytes[CHUNK - 1]).toBe(0xc3);
      const repo = await tempRepo({ 'r.tap': bytes });
      const { summary, warnings } = await readTestReports(['r.tap'], repo);
      expect(warnings).toEqual([]);
      expect(summary?.failures.map((f) => f.name)).toEqual([
        `${'x'.repeat(head.length - head.lastIndexOf(' - ') - 3)}\u00e9 caf\u00e9`,
      ]);
      expect(summary?.passed).toBe(failing - 1 + 9000);
    });

    it.each([
      // [what, bytes that end the first chunk, bytes that start the second, the bad byte, text before it]
      ['a cut character not continued', [0xc3], [0x20], 0xc3, ''],
      ['a cut character, then a later bad byte', [0xc3], [0x78, 0xff], 0xc3, ''],
      ['an overlong form cut at the end of a chunk', [0xe0, 0x80], [0x80, 0x20], 0xe0, ''],
      ['a surrogate cut at the end of a chunk', [0xed, 0xa0], [0x80], 0xed, ''],
      ['a stray continuation byte after an ASCII chunk', [], [0x80, 0x20], 0x80, ''],
      ['one continuation byte too many', [0xc3], [0xa9, 0xa9, 0x20], 0xa9, '\u00e9'],
      [
        'a four-byte character split 1|3, then a bad byte',
        [0xf0],
        [0x9f, 0x98, 0x80, 0xff],
        0xff,
        '\u{1f600}',
      ],
      [
        'a four-byte character split 3|1, then a bad byte',
        [0xf0, 0x9f, 0x98],
        [0x80, 0xff],
        0xff,
        '\u{1f600}',
      ],
    ])('%s: the first bad byte, where it is', async (_what, end, start, byte, read) => {
      const head = tapUpTo(CHUNK - end.length).text;
      const bytes = Buffer.concat([
        Buffer.from(head),
        Buffer.from(end),
        Buffer.from(start),
        Buffer.from(` rest\n${' '.repeat(CHUNK)}`),
      ]);
      expect(await warningsFor('r.tap', bytes)).toEqual([
        {
          file: 'r.tap',
          message: `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase()}); save the report as UTF-8`,
          rule: 'utf-8',
          ...where(head + read),
        },
      ]);
    });

    it('junit.xml: a character cut at the end of a chunk and not continued is the first bad byte', async () => {
      const start = '<testsuites>\n<testsuite name="a">\n<testcase name="';
      const head = `${start}${'x'.repeat(CHUNK - 1 - start.length)}`;
      const bytes = Buffer.concat([
        Buffer.from(head),
        Buffer.from([0xc3]),
        Buffer.from(`"/></testsuite></testsuites>${' '.repeat(CHUNK)}`),
      ]);
      expect(await warningsFor('junit.xml', bytes)).toEqual([
        {
          file: 'junit.xml',
          message: 'not valid UTF-8 (byte 0xC3); save the report as UTF-8',
          rule: 'utf-8',
          ...where(head),
        },
      ]);
    });

    it('keeps a U+FEFF that starts the first chunk not read as ASCII: it is a byte-order mark only at the start', async () => {
      const { text: head, failing } = tapUpTo(CHUNK);
      const repo = await tempRepo({
        'r.tap': Buffer.concat([
          Buffer.from(head),
          Buffer.from('\ufeffy\n', 'utf8'),
          Buffer.from(`1..${failing}\n`),
        ]),
      });
      const { summary, warnings } = await readTestReports(['r.tap'], repo);
      expect(warnings).toEqual([]);
      expect(summary?.failures[0]?.name.endsWith('x\ufeffy')).toBe(true);
    });

    it.each([
      ['a character cut at the end of its 1 MiB chunk and not continued', [0xe2, 0x82], [0x20], 0xe2],
      ['a file that ends inside a character', [0xe2, 0x82], [], 0xe2],
    ])('lcov: %s', async (_what, end, start, byte) => {
      const LCOV_CHUNK = 1024 * 1024;
      const open = 'SF:src/a.ts\nDA:1,1\nLF:1\nLH:1\nend_of_record\nSF:src/';
      const head = `${open}${'b'.repeat(LCOV_CHUNK - end.length - open.length)}`;
      const bytes = Buffer.concat([
        Buffer.from(head),
        Buffer.from(end),
        Buffer.from(start),
        Buffer.from(start.length > 0 ? '.ts\nDA:1,1\nend_of_record\n' : ''),
      ]);
      const repo = await tempRepo({ 'lcov.info': bytes });
      const { readCoverage } = await import('../../src/adapters/reports/index.js');
      const { warnings } = await readCoverage('lcov.info', repo);
      expect(warnings).toEqual([
        {
          file: 'lcov.info',
          message: `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase()}); save the report as UTF-8`,
          rule: 'utf-8',
          ...where(head),
        },
      ]);
    });

    it.each([
      ['r.tap', 'TAP version 13\nok 1 - a\nnot ok 2 - caf'],
      ['jest.json', '{"testResults": [{"name": "caf'],
    ])('%s: a file that ends inside a character', async (name, head) => {
      const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xe2, 0x82])]);
      expect(await warningsFor(name, bytes)).toEqual([
        {
          file: name,
          message: 'not valid UTF-8 (byte 0xE2); save the report as UTF-8',
          rule: 'utf-8',
          ...where(head),
        },
      ]);
    });
  });

  it.each([
    ['empty.xml', ''],
    ['blank.json', '  \n\n  '],
  ])('%s: an empty report', async (name, content) => {
    expect(await warningsFor(name, content)).toEqual([
      { file: name, message: 'the report is empty', rule: 'report/empty' },
    ]);
  });

  it('a file of no known format', async () => {
    expect(await warningsFor('notes.txt', 'all tests passed, trust me\n')).toEqual([
      {
        file: 'notes.txt',
        message:
          'not a recognised report format (expected JUnit XML, TRX, NUnit XML, xUnit.net XML, CppUnit XML, Check XML, Jest JSON, Mocha JSON, RSpec JSON, go test -json, Dart test JSON or TAP, or lcov, Cobertura XML or coverage-summary.json)',
        rule: 'report/unknown-format',
      },
    ]);
  });

  it('an XML root no report uses, in a name that says JUnit', async () => {
    const [warning] = await warningsFor('junit.xml', '<?xml version="1.0"?>\n<html><body/></html>');
    expect(warning?.rule).toBe('report/unknown-format');
  });

  it('a coverage report among the test reports', async () => {
    expect(await warningsFor('lcov.info', 'SF:a.js\nLF:1\nLH:1\nend_of_record\n')).toEqual([
      {
        file: 'lcov.info',
        message: 'is a coverage report (lcov), not a test report; pass it with --coverage',
        rule: 'report/wrong-kind',
      },
    ]);
  });
});

describe('encodings that are declared', () => {
  it('reads ISO-8859-1 when the XML declaration says so', async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<testsuite><testcase name="caf\u00e9"><failure message="na\u00efve"/></testcase></testsuite>';
    const repo = await tempRepo({ 'r.xml': Buffer.from(xml, 'latin1') });
    const { summary, warnings } = await readTestReports(['r.xml'], repo);
    expect(warnings).toEqual([]);
    expect(summary?.failures).toEqual([{ name: 'caf\u00e9', message: 'na\u00efve' }]);
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n<testsuite><testcase name="\u00fcber"/></testsuite>';
    const repo = await tempRepo({
      'r.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]),
    });
    const { summary, warnings } = await readTestReports(['r.xml'], repo);
    expect(warnings).toEqual([]);
    expect(summary?.passed).toBe(1);
  });

  it('reads UTF-8 with a byte-order mark, and CRLF line ends', async () => {
    const json =
      '\uFEFF{\r\n"testResults": [{"name": "/r/a.test.js", "assertionResults": [{"status": "passed", "fullName": "\u00fcber"}]}]\r\n}';
    const repo = await tempRepo({ 'jest.json': json });
    const { summary, warnings } = await readTestReports(['jest.json'], repo);
    expect(warnings).toEqual([]);
    expect(summary?.passed).toBe(1);
  });
});

describe('hostile XML', () => {
  const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE testsuites [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<testsuites>
  <testsuite name="&lol9;">
    <testcase name="passes"/>
    <testcase name="laughs &lol9;"><failure message="&lol9;&lol9;">&lol9;</failure></testcase>
  </testsuite>
</testsuites>
`;

  it('a billion-laughs entity bomb: counts ignore the entities, one warning', async () => {
    const repo = await tempRepo({ 'bomb.xml': BILLION_LAUGHS });
    const { summary, warnings } = await readTestReports(['bomb.xml'], repo);
    expect(summary && { passed: summary.passed, failed: summary.failed }).toEqual({ passed: 1, failed: 1 });
    // The references stay literal text: nothing was expanded.
    expect(summary?.failures).toEqual([{ name: 'laughs &lol9;', suite: '&lol9;', message: '&lol9;&lol9;' }]);
    expect(warnings).toEqual([
      {
        file: 'bomb.xml',
        message:
          'entity references are not expanded (only &lt; &gt; &amp; &quot; &apos; and character references are); the reference is kept as text',
        rule: 'xml/entity',
        line: 15,
        column: 25,
      },
    ]);
  });

  it('external entities and parameter entities are never resolved', async () => {
    const secret = await tempRepo({ 'secret.txt': 'TOP-SECRET-VALUE' });
    const xml = `<?xml version="1.0"?>
<!DOCTYPE testsuite [
  <!ENTITY xxe SYSTEM "file://${join(secret, 'secret.txt')}">
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">
  %remote;
]>
<testsuite name="s"><testcase name="t"><failure message="&xxe;">&xxe;</failure></testcase></testsuite>
`;
    const repo = await tempRepo({ 'xxe.xml': xml });
    const { summary, warnings } = await readTestReports(['xxe.xml'], repo);
    expect(summary?.failures).toEqual([{ name: 't', suite: 's', message: '&xxe;' }]);
    expect(JSON.stringify(summary)).not.toContain('TOP-SECRET');
    expect(warnings.map((w) => w.rule)).toEqual(['xml/entity']);
  });
});

describe('hostile TAP', () => {
  /** The best of three reads of `text` as a TAP report, in milliseconds. */
  async function bestRead(text: string): Promise<number> {
    const repo = await tempRepo({ 'r.tap': text });
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      await readTestReports(['r.tap'], repo);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  it('a test point with a long run of blanks is read in time linear in it', async () => {
    // `/\s*\{\s*$/` (does the line open a subtest?) scanned the run to its end from each blank:
    // 16 KB took 118 ms, 128 KB seconds.
    const blanks = ' '.repeat(128 * 1024);
    const repo = await tempRepo({
      'r.tap': `TAP version 13\nnot ok 1 - a${blanks}b\nok 2 - c${blanks}{\n}\n1..2\n`,
    });
    const { summary, warnings } = await readTestReports(['r.tap'], repo);
    expect(warnings).toEqual([]);
    expect([summary?.failed, summary?.passed]).toEqual([1, 1]);
    expect(summary?.failures.map((f) => f.name.slice(0, 2))).toEqual(['a ']);
    const hostile = `TAP version 13\nnot ok 1 - a${blanks}b\n`;
    const ordinary = `TAP version 13\nnot ok 1 - a${'x'.repeat(blanks.length)}b\n`;
    const [slow, fast] = [await bestRead(hostile), await bestRead(ordinary)];
    expect(slow / Math.max(fast, 0.01)).toBeLessThan(20);
  });
});

describe('patterns and files', () => {
  it('a pattern that matches nothing, a missing file and a folder are named warnings', async () => {
    const repo = await tempRepo({ 'reports/a.xml': '<testsuite><testcase name="a"/></testsuite>' });
    const { summary, warnings } = await readTestReports(
      ['reports/*.xml', 'build/**/*.xml', 'missing.xml', 'reports'],
      repo,
    );
    expect(summary?.passed).toBe(1);
    expect(warnings).toEqual([
      { file: 'build/**/*.xml', message: 'the pattern matches no files', rule: 'report/no-match' },
      { file: 'missing.xml', message: 'no such file', rule: 'report/no-match' },
      {
        file: 'reports',
        message: 'is a folder; name the report files, e.g. with a pattern like reports/*.xml',
        rule: 'report/no-match',
      },
    ]);
  });

  it('a named pipe given as a report is named as one, and never opened', async () => {
    const repo = await tempRepo({ 'reports/a.xml': '<testsuite><testcase name="a"/></testsuite>' });
    expect(spawnSync('mkfifo', [join(repo, 'pipe.xml')]).status).toBe(0);
    const { summary, warnings } = await readTestReports(['pipe.xml', 'reports/a.xml'], repo);
    expect(summary?.passed).toBe(1);
    expect(warnings).toEqual([
      {
        file: 'pipe.xml',
        message: 'is a named pipe (FIFO), not a regular file; name report files',
        rule: 'report/no-match',
      },
    ]);
  });

  it('past the most files a read takes, the first by path are read and a warning counts the rest', async () => {
    const files: Record<string, string> = {};
    for (const name of ['e', 'a', 'd', 'b', 'c'])
      files[`r/${name}.xml`] = `<testsuite><testcase name="${name}"/></testsuite>`;
    const repo = await tempRepo(files);
    const { summary, warnings } = await readTestReports(['r/*.xml'], repo, { maxFiles: 3 });
    expect(summary?.sources).toEqual(['r/a.xml', 'r/b.xml', 'r/c.xml']);
    expect(summary?.passed).toBe(3);
    expect(warnings).toEqual([
      {
        file: 'r/*.xml',
        message:
          'matches 5 files; read the first 3 by path and left 2: name fewer report files (a narrower pattern, or one merged report)',
        rule: 'report/too-many',
      },
    ]);
  });

  it('a bad file does not stop the good ones', async () => {
    const repo = await tempRepo({
      'r/1.xml': '<testsuite><testcase name="a"/></testsuite>',
      'r/2.xml': '<testsuite><testcase name="b">',
      'r/3.tap': 'ok 1 - c\n1..1\n',
    });
    const { summary, warnings } = await readTestReports(['r/*'], repo);
    expect(summary?.sources).toEqual(['r/1.xml', 'r/3.tap']);
    expect(summary?.passed).toBe(2);
    expect(warnings.map((w) => [w.file, w.rule])).toEqual([['r/2.xml', 'xml/well-formed']]);
  });

  it('no patterns: no summary, no warnings', async () => {
    expect(await readTestReports([], FIXTURES)).toEqual({ warnings: [] });
  });

  it('patterns outside the repository are refused; absolute ones inside it are read', async () => {
    const outside = await tempRepo({ 'junit.xml': '<testsuite><testcase name="a"/></testsuite>' });
    const repo = await tempRepo({ 'r/junit.xml': '<testsuite><testcase name="b"/></testsuite>' });
    await expect(readTestReports([join(outside, '*.xml')], repo)).rejects.toMatchObject({
      rule: 'report/outside-repo',
      message: expect.stringContaining('is outside the repository'),
    });
    await expect(readTestReports(['../x/*.xml'], repo)).rejects.toMatchObject({
      rule: 'report/outside-repo',
      message: expect.stringContaining('".." segment'),
    });
    await expect(readTestReports(['r/../../*.xml'], repo)).rejects.toMatchObject({ exitCode: 2 });
    const { summary } = await readTestReports([join(repo, 'r/*.xml')], repo);
    expect(summary?.sources).toEqual(['r/junit.xml']);
  });
});

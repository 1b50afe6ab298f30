// `npm run corpus -- DIR`: reads every report listed in DIR/MANIFEST.tsv with the project's own
// readers and compares the counts with the manifest's. Prints, per format, how many files match, differ
// only by a documented rule, differ, are refused, crash, or are silent zeros (a file with tests read as
// 0 tests with no warning), then one line per file that does not simply match.
//
// Exit status: 1 when any file is a silent zero or crashes, or when fewer than GOAL of the files in
// the formats the project reads match or differ only by a documented rule; 2 for a bad invocation.
//
// The readers are bundled from src/ with esbuild (already a dev dependency) into a temporary folder,
// so the run needs no `npm run build` and checks the code as it is now.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const GOAL = 0.97;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  console.error('usage: npm run corpus -- DIR   (DIR holds MANIFEST.tsv and the files it lists)');
  process.exit(2);
}
let manifest;
try {
  manifest = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8');
} catch (error) {
  console.error(`${join(dir, 'MANIFEST.tsv')}: cannot read the manifest (${error.code ?? error.message})`);
  process.exit(2);
}

// The rules docs/reports.md documents: a difference explained by a warning with one of these rules is
// a documented difference. Rule names are the backticked first cell of the rules table's rows.
const documentedRules = new Set(
  [...readFileSync(join(root, 'docs/reports.md'), 'utf8').matchAll(/^\|\s*`([a-z0-9-]+\/[a-z0-9-]+)`/gm)].map(
    (m) => m[1],
  ),
);

const work = mkdtempSync(join(tmpdir(), 'handoff-corpus-'));
let readers;
try {
  const out = join(work, 'reports.mjs');
  await build({
    entryPoints: [join(root, 'src/adapters/reports/index.ts')],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  readers = await import(pathToFileURL(out).href);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const [header, ...rows] = manifest.split('\n').filter((line) => line.trim() !== '');
const columns = header.split('\t');
const col = (name) => {
  const i = columns.indexOf(name);
  if (i < 0) {
    console.error(`MANIFEST.tsv has no "${name}" column`);
    process.exit(2);
  }
  return i;
};
const C = Object.fromEntries(
  [
    'file',
    'format_guess',
    'tests_expected',
    'failures_expected',
    'skipped_expected',
    'ref_tests',
    'ref_failed',
    'ref_skipped',
    'notes',
  ].map((name) => [name, col(name)]),
);

const num = (text) => (text === undefined || text.trim() === '' ? undefined : Number(text));

/** Counts a manifest row gives: the source project's expectation, then the independent reference. */
function references(cells) {
  const refs = [];
  const expected = {
    tests: num(cells[C.tests_expected]),
    failed: num(cells[C.failures_expected]),
    skipped: num(cells[C.skipped_expected]),
  };
  if (expected.tests !== undefined) refs.push({ from: 'expected', ...expected });
  const ref = {
    tests: num(cells[C.ref_tests]),
    failed: num(cells[C.ref_failed]),
    skipped: num(cells[C.ref_skipped]),
  };
  if (ref.tests !== undefined) refs.push({ from: 'ref', ...ref });
  const notes = cells[C.notes] ?? '';
  const noted = /ref counts differ from expectation \(ref tests=(\d+) failed=(\d+) skipped=(\d+)\)/.exec(
    notes,
  );
  if (noted) refs.push({ from: 'ref', tests: +noted[1], failed: +noted[2], skipped: +noted[3] });
  const declared = declaredInNotes(notes);
  if (declared) refs.push({ from: 'declared', ...declared });
  return refs;
}

/** The counts a file declares about itself, as the manifest's notes quote them. */
function declaredInNotes(notes) {
  const field = (name) => {
    const m = new RegExp(`\\b${name}=(\\d+)`).exec(notes);
    return m ? Number(m[1]) : undefined;
  };
  if (/numTotalTests=/.test(notes)) {
    // A test file that failed to run is one errored entry (docs/reports.md, Jest).
    const runtimeErrors = field('numRuntimeErrorTestSuites') ?? 0;
    return {
      tests: field('numTotalTests') + runtimeErrors,
      failed: field('numFailedTests') + runtimeErrors,
      skipped: (field('numPendingTests') ?? 0) + (field('numTodoTests') ?? 0),
    };
  }
  if (/self-declared stats:/.test(notes)) {
    return { tests: field('tests'), failed: field('failures'), skipped: field('pending') };
  }
  if (/self-declared Counters:/.test(notes)) {
    return { tests: field('total'), failed: (field('failed') ?? 0) + (field('error') ?? 0) };
  }
  if (/self-declared[^:]*:/.test(notes) && field('total') !== undefined) {
    const failed = field('failed') ?? (field('failures') ?? 0) + (field('errors') ?? 0);
    return { tests: field('total'), failed };
  }
  const plan = /FinalResults ok=\w+ count=(\d+) pass=\d+ fail=(\d+) skip=(\d+)/.exec(notes);
  if (plan) return undefined;
  return undefined;
}

const expectsRefusal = (notes) =>
  /expects a parse error|xml-parse-error|edge: corrupt|not a junit file|malformed\/empty input/.test(notes);

function same(read, ref) {
  return (
    read.tests === ref.tests &&
    (ref.failed === undefined || read.failed === ref.failed) &&
    (ref.skipped === undefined || read.skipped === ref.skipped)
  );
}

const show = (c) =>
  c ? `${c.tests} tests, ${c.failed ?? '?'} failed, ${c.skipped ?? '?'} skipped` : 'no counts';

const CLAIMED = new Set([
  'junit',
  'trx',
  'jest-json',
  'mocha-json',
  'tap',
  'nunit',
  'xunit',
  'dart-json',
  'go-json',
  'rspec-json',
  'cppunit',
  'check',
]);

const perFormat = new Map();
const lines = [];
let silentZeros = 0;
let crashes = 0;
for (const row of rows) {
  const cells = row.split('\t');
  const file = cells[C.file];
  const notes = cells[C.notes] ?? '';
  const refs = references(cells);
  let result;
  try {
    result = await readers.readTestReport(join(dir, file), file, dir);
  } catch (error) {
    result = { warnings: [{ file, message: String(error?.stack ?? error), rule: 'report/internal-error' }] };
  }
  const format = result.format ?? `(${cells[C.format_guess]})`;
  const warnings = result.warnings;
  const rulesSeen = warnings.map((w) => w.rule ?? '');
  let verdict;
  let detail = '';
  if (rulesSeen.includes('report/internal-error')) {
    verdict = 'crash';
    crashes++;
    detail = warnings.find((w) => w.rule === 'report/internal-error').message;
  } else if (!result.read) {
    verdict =
      expectsRefusal(notes) || refs.length === 0 || refs.every((r) => r.tests === 0)
        ? 'refused-ok'
        : 'refused';
    detail = warnings.map((w) => `${w.rule}: ${w.message}`).join(' | ');
  } else {
    const s = result.read.summary;
    const read = {
      tests: s.passed + s.failed + s.errored + s.skipped,
      failed: s.failed + s.errored,
      skipped: s.skipped,
    };
    const anyTests = refs.some((r) => r.tests > 0);
    const primary = refs[0];
    if (read.tests === 0 && warnings.length === 0 && anyTests) {
      verdict = 'silent-zero';
      silentZeros++;
    } else if (!primary) verdict = 'unchecked';
    else if (same(read, primary)) verdict = 'match';
    else {
      const explained = rulesSeen.filter((r) => documentedRules.has(r));
      let other = refs.slice(1).find((r) => same(read, r));
      if (!other && format === 'tap' && documentedRules.has('tap/leaves')) {
        // TAP is counted at the leaves; tap-parser counts top-level test points. Read again the other
        // way: when that matches, the difference is that rule and nothing else.
        const topLevel = await readers.readTap(join(dir, file), file, { tapCount: 'top-level' });
        const t = topLevel.summary;
        const counted = {
          tests: t.passed + t.failed + t.errored + t.skipped,
          failed: t.failed + t.errored,
          skipped: t.skipped,
        };
        if (same(counted, primary)) other = { from: 'top-level (tap/leaves)' };
      }
      if (explained.length > 0 || other) {
        verdict = 'documented';
        detail = [
          other ? `matches the ${other.from} counts` : '',
          explained.length ? `warned: ${[...new Set(explained)].join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
      } else verdict = 'differs';
    }
    if (verdict !== 'match')
      detail = `read ${show(read)}; ${primary?.from ?? 'reference'} ${show(primary)}${detail ? `; ${detail}` : ''}`;
    if (verdict !== 'match' && warnings.length)
      detail += ` | ${warnings.map((w) => `${w.rule}: ${w.message}`).join(' | ')}`;
  }
  const tally = perFormat.get(format) ?? {
    files: 0,
    match: 0,
    documented: 0,
    differs: 0,
    refused: 0,
    'refused-ok': 0,
    unchecked: 0,
    'silent-zero': 0,
    crash: 0,
  };
  tally.files++;
  tally[verdict]++;
  perFormat.set(format, tally);
  if (verdict !== 'match') lines.push(`${verdict.padEnd(11)} ${format.padEnd(12)} ${file}: ${detail}`);
}

const claimed = { files: 0, good: 0 };
console.log(
  'format         files  match  documented  differs  refused  refused-as-expected  unchecked  silent-0  crash',
);
for (const [format, t] of [...perFormat.entries()].sort()) {
  console.log(
    `${format.padEnd(14)} ${String(t.files).padStart(5)}  ${String(t.match).padStart(5)}  ${String(t.documented).padStart(10)}  ${String(t.differs).padStart(7)}  ${String(t.refused).padStart(7)}  ${String(t['refused-ok']).padStart(19)}  ${String(t.unchecked).padStart(9)}  ${String(t['silent-zero']).padStart(8)}  ${String(t.crash).padStart(5)}`,
  );
  if (CLAIMED.has(format)) {
    const judged = t.files - t.unchecked;
    claimed.files += judged;
    claimed.good += t.match + t.documented + t['refused-ok'];
  }
}
console.log('');
for (const line of lines) console.log(line);
const rate = claimed.files ? claimed.good / claimed.files : 1;
console.log(
  `\n${claimed.good}/${claimed.files} files in the formats read (${(rate * 100).toFixed(1)}%) match or differ only by a documented rule (goal ${(GOAL * 100).toFixed(0)}%); ${silentZeros} silent zeros, ${crashes} crashes`,
);
writeFileSync(1, '');
process.exit(silentZeros > 0 || crashes > 0 || rate < GOAL ? 1 : 0);

/**
 * RSpec's JSON formatter (`rspec --format json`): `examples[]` with `status` `passed`, `failed` or
 * `pending` (skipped), the message in `exception.message`, and `summary` with the run's own counts.
 * `errors_outside_of_examples_count` counts files that failed to load: each is one errored entry, so a
 * spec file with a syntax error is never read as "no tests".
 */
import { declaredTotalsWarning, emptyTestSummary, recordTest } from '../../core/reports.js';
import { asArray, asNumber, asString, isRecord, readJsonReport } from './json.js';
import {
  displayPathOf,
  outcomeOfStatus,
  type ReadOptions,
  ReportReadError,
  type TestReportRead,
  type TestReportReader,
} from './reader.js';

export async function readRspecJson(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !Array.isArray(report.examples)) {
    throw new ReportReadError('not an RSpec JSON report: no "examples" array', 'rspec-json/shape');
  }
  const summary = emptyTestSummary(displayPath, options);
  for (const example of report.examples) {
    if (!isRecord(example)) continue;
    const file = asString(example.file_path);
    recordTest(summary, outcomeOfStatus(asString(example.status)), {
      name: asString(example.full_description) ?? asString(example.description) ?? asString(example.id) ?? '',
      suite: file ? displayPathOf(file.replace(/^\.\//, ''), options.repoRoot) : undefined,
      message: isRecord(example.exception) ? asString(example.exception.message) : undefined,
    });
  }
  const warnings = [];
  const stats = isRecord(report.summary) ? report.summary : undefined;
  const outside = asNumber(stats?.errors_outside_of_examples_count) ?? 0;
  const messages = asArray(report.messages).filter((m): m is string => typeof m === 'string');
  for (let i = 0; i < outside; i++) {
    recordTest(summary, 'error', {
      name: '[error outside of examples]',
      message:
        messages.find((m) => /error/i.test(m)) ?? messages[0] ?? 'an error occurred outside of examples',
    });
  }
  if (stats) {
    const failures = asNumber(stats.failure_count);
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"summary"',
      tests: (asNumber(stats.example_count) ?? 0) + outside,
      failed: failures === undefined ? undefined : failures + outside,
      skipped: asNumber(stats.pending_count),
    });
    if (disagreement) warnings.push(disagreement);
    const duration = asNumber(stats.duration);
    if (duration !== undefined) summary.durationSeconds = duration;
  }
  return { summary, warnings };
}

export const rspecJsonReader: TestReportReader = {
  format: 'rspec-json',
  read: readRspecJson,
};

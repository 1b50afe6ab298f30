/**
 * Istanbul's `json-summary` reporter (`coverage/coverage-summary.json` from nyc, c8, Jest):
 * `{ "total": { "lines": { "total", "covered", "pct" }, "branches": { … } }, "<file>": { … } }`.
 * `pct` is `"Unknown"` when nothing was instrumented; covered/total is used when both are there.
 */
import type { ReportWarning } from '../../core/model.js';
import { coveragePercent, roundPercent } from '../../core/reports.js';
import { asNumber, isRecord, readJsonReport } from './json.js';
import { type CoverageRead, type CoverageReader, coverageRead, ReportReadError } from './reader.js';

function percentOf(metric: unknown): number | undefined {
  if (!isRecord(metric)) return undefined;
  const total = asNumber(metric.total);
  const covered = asNumber(metric.covered);
  if (total !== undefined && covered !== undefined) return coveragePercent(covered, total);
  const pct = asNumber(metric.pct);
  return pct === undefined ? undefined : roundPercent(pct);
}

export async function readIstanbulSummary(absPath: string, displayPath: string): Promise<CoverageRead> {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !isRecord(report.total) || !isRecord(report.total.lines)) {
    throw new ReportReadError(
      'not an Istanbul coverage summary: no "total.lines" object',
      'istanbul-summary/shape',
    );
  }
  const linesPercent = percentOf(report.total.lines);
  const warnings: ReportWarning[] = [];
  const branchesPercent = percentOf(report.total.branches);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}

export const istanbulSummaryReader: CoverageReader = {
  format: 'istanbul-summary',
  read: readIstanbulSummary,
};

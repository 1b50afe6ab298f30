/**
 * lcov tracefiles (`lcov.info` from Istanbul/nyc, c8, Jest, lcov itself), read line by line. Each
 * record (`SF:` … `end_of_record`) states its totals in `LF:`/`LH:` (lines) and `BRF:`/`BRH:`
 * (branches); the totals of all records are summed. A record without them (some writers emit only
 * the detail lines) is counted from its `DA:` and `BRDA:` lines instead.
 */
import type { ReportWarning } from '../../core/model.js';
import { coveragePercent } from '../../core/reports.js';
import { type CoverageRead, type CoverageReader, coverageRead, ReportReadError } from './reader.js';
import { forEachLine } from './text.js';

interface RecordTotals {
  lf?: number;
  lh?: number;
  brf?: number;
  brh?: number;
  daFound: number;
  daHit: number;
  brdaFound: number;
  brdaHit: number;
}

const newRecord = (): RecordTotals => ({ daFound: 0, daHit: 0, brdaFound: 0, brdaHit: 0 });

export async function readLcov(absPath: string, displayPath: string): Promise<CoverageRead> {
  let records = 0;
  let linesFound = 0;
  let linesHit = 0;
  let branchesFound = 0;
  let branchesHit = 0;
  let record: RecordTotals | undefined;

  const close = (): void => {
    if (!record) return;
    records++;
    linesFound += record.lf ?? record.daFound;
    linesHit += record.lh ?? record.daHit;
    branchesFound += record.brf ?? record.brdaFound;
    branchesHit += record.brh ?? record.brdaHit;
    record = undefined;
  };
  const count = (value: string, lineNumber: number, key: string): number => {
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 0) {
      throw new ReportReadError(`not a valid lcov count in ${key}: "${value.trim()}"`, 'lcov/syntax', {
        line: lineNumber,
        column: key.length + 2,
      });
    }
    return n;
  };

  await forEachLine(absPath, (raw, lineNumber) => {
    const line = raw.trim();
    if (line === 'end_of_record') {
      close();
      return undefined;
    }
    const colon = line.indexOf(':');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'SF') {
      close();
      record = newRecord();
      return undefined;
    }
    if (!record) return undefined;
    switch (key) {
      case 'LF':
        record.lf = count(value, lineNumber, key);
        break;
      case 'LH':
        record.lh = count(value, lineNumber, key);
        break;
      case 'BRF':
        record.brf = count(value, lineNumber, key);
        break;
      case 'BRH':
        record.brh = count(value, lineNumber, key);
        break;
      case 'DA': {
        // DA:<line>,<hits>[,<checksum>]
        const hits = value.split(',')[1];
        record.daFound++;
        if (hits !== undefined && Number(hits) > 0) record.daHit++;
        break;
      }
      case 'BRDA': {
        // BRDA:<line>,<block>,<branch>,<taken or "-">
        const taken = value.split(',')[3];
        record.brdaFound++;
        if (taken !== undefined && taken !== '-' && Number(taken) > 0) record.brdaHit++;
        break;
      }
    }
    return undefined;
  });
  close();

  if (records === 0) throw new ReportReadError('not an lcov report: no SF: records', 'lcov/empty');
  const linesPercent = coveragePercent(linesHit, linesFound);
  const warnings: ReportWarning[] = [];
  const branchesPercent = coveragePercent(branchesHit, branchesFound);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}

export const lcovReader: CoverageReader = { format: 'lcov', read: readLcov };

/**
 * lcov tracefiles (`lcov.info` from Istanbul/nyc, c8, Jest, lcov itself). Each record (`SF:` …
 * `end_of_record`) states its totals in `LF:`/`LH:` (lines) and `BRF:`/`BRH:` (branches); the totals of
 * all records are summed. A record without them (some writers emit only the detail lines) is counted
 * from its `DA:` and `BRDA:` lines instead.
 *
 * Read as bytes, not text: a 100 MB tracefile is ten million short lines, and only their keys and
 * numbers matter, so one pass over each chunk's bytes reads keys and numbers as it goes, with no
 * string and no call per line (a per-line callback alone cost 2 s on 105 MB). The bytes are still
 * checked to be UTF-8 (a bad byte is an error at its line and column).
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { ReportWarning } from '../../core/model.js';
import { coveragePercent } from '../../core/reports.js';
import { type Utf8Fault, Utf8Stream } from '../../core/utf8.js';
import { type CoverageRead, type CoverageReader, coverageRead, ReportReadError } from './reader.js';
import { advance, InvalidUtf8 } from './text.js';

const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;
const END_OF_RECORD = Buffer.from('end_of_record');

// Keys as their ASCII bytes packed into one number (at most 4 bytes), so a line's key is known
// without making a string.
const pack = (key: string): number => [...key].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
const SF = pack('SF');
const DA = pack('DA');
const BRDA = pack('BRDA');
const LF = pack('LF');
const LH = pack('LH');
const BRF = pack('BRF');
const BRH = pack('BRH');
const COUNT_KEYS = new Map([
  [LF, 'LF'],
  [LH, 'LH'],
  [BRF, 'BRF'],
  [BRH, 'BRH'],
]);

/** Where the scanner is within a line. */
enum At {
  /** Before the colon: reading the key. */
  Key,
  /** After the colon of a line whose value matters. */
  Value,
  /** The rest of the line does not matter. */
  Skip,
}

/**
 * A number field being read byte by byte. Plain digits are the rule; anything else (`-`, `1e3`, a
 * negative count from a broken writer) marks it odd, and an odd hit count is a hit when it does not
 * start with `-` and has a non-zero digit (what `Number(text) > 0` says for every form seen).
 */
interface Field {
  value: number;
  digits: number;
  odd: boolean;
  negative: boolean;
  nonZero: boolean;
}
const emptyField = (): Field => ({ value: 0, digits: 0, odd: false, negative: false, nonZero: false });
const resetField = (f: Field): void => {
  f.value = 0;
  f.digits = 0;
  f.odd = false;
  f.negative = false;
  f.nonZero = false;
};
const isHit = (f: Field): boolean => (f.odd ? !f.negative && f.nonZero : f.value > 0);

export async function readLcov(absPath: string, displayPath: string): Promise<CoverageRead> {
  let records = 0;
  let linesFound = 0;
  let linesHit = 0;
  let branchesFound = 0;
  let branchesHit = 0;
  // The open record: declared totals (-1 when absent) and the counts from detail lines.
  let open = false;
  let lf = -1;
  let lh = -1;
  let brf = -1;
  let brh = -1;
  let daFound = 0;
  let daHit = 0;
  let brdaFound = 0;
  let brdaHit = 0;

  const close = (): void => {
    if (!open) return;
    records++;
    linesFound += lf >= 0 ? lf : daFound;
    linesHit += lh >= 0 ? lh : daHit;
    branchesFound += brf >= 0 ? brf : brdaFound;
    branchesHit += brh >= 0 ? brh : brdaHit;
    open = false;
  };

  // Scanner state, kept across chunks (a line may straddle two).
  let lineNumber = 1;
  let at: At = At.Key;
  let key = 0;
  let keyLength = 0;
  let leading = true;
  // How many bytes of `end_of_record` the line has matched so far (-1: it is not that line).
  let endMatch = 0;
  let commas = 0;
  let valueColumn = 0;
  let column = 0;
  let valueText = '';
  const field = emptyField();

  const endLine = (): void => {
    if (at === At.Key) {
      if (endMatch === END_OF_RECORD.length) close();
    } else if (at === At.Value) {
      if (key === DA) {
        daFound++;
        if (commas === 1 && isHit(field)) daHit++;
      } else if (key === BRDA) {
        brdaFound++;
        if (commas === 3 && isHit(field)) brdaHit++;
      } else {
        if (field.odd || field.digits === 0) {
          throw new ReportReadError(
            `not a valid lcov count in ${COUNT_KEYS.get(key)}: "${valueText.trim()}"`,
            'lcov/syntax',
            { line: lineNumber, column: valueColumn },
          );
        }
        if (key === LF) lf = field.value;
        else if (key === LH) lh = field.value;
        else if (key === BRF) brf = field.value;
        else brh = field.value;
      }
    }
    lineNumber++;
    at = At.Key;
    key = 0;
    keyLength = 0;
    leading = true;
    endMatch = 0;
    column = 0;
  };

  const scan = (buf: Buffer): void => {
    const length = buf.length;
    for (let i = 0; i < length; i++) {
      const byte = buf[i] as number;
      if (byte === NEWLINE) {
        endLine();
        continue;
      }
      column++;
      if (at === At.Skip) continue;
      if (at === At.Key) {
        if (leading && (byte === 0x20 || byte === 0x09)) continue;
        leading = false;
        if (byte === 0x3a) {
          // The colon: decide what the rest of the line is.
          if (keyLength > 4) at = At.Skip;
          else if (key === SF) {
            close();
            open = true;
            lf = lh = brf = brh = -1;
            daFound = daHit = brdaFound = brdaHit = 0;
            at = At.Skip;
          } else if (!open) at = At.Skip;
          else if (key === DA || key === BRDA || COUNT_KEYS.has(key)) {
            at = At.Value;
            commas = 0;
            resetField(field);
            valueText = '';
            valueColumn = column + 1;
          } else at = At.Skip;
          continue;
        }
        if (endMatch >= 0) {
          if (endMatch < END_OF_RECORD.length && byte === END_OF_RECORD[endMatch]) endMatch++;
          else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) endMatch = -1;
        }
        keyLength++;
        if (keyLength <= 4) key = key * 256 + byte;
        continue;
      }
      // At.Value
      if (key === DA || key === BRDA) {
        if (byte === 0x2c) {
          commas++;
          // DA's hits are field 1 (then an optional checksum); BRDA's taken count is field 3.
          if ((key === DA && commas === 1) || (key === BRDA && commas === 3)) resetField(field);
          continue;
        }
        if ((key === DA && commas !== 1) || (key === BRDA && commas !== 3)) continue;
      } else if (valueText.length < 40) valueText += String.fromCharCode(byte);
      if (byte >= 0x30 && byte <= 0x39) {
        field.value = field.value * 10 + (byte - 0x30);
        field.digits++;
        if (byte !== 0x30) field.nonZero = true;
      } else if (byte === 0x20 || byte === 0x09 || byte === 0x0d) {
        // Spaces around a number and a CR before the newline.
      } else {
        if (field.digits === 0 && !field.odd && byte === 0x2d) field.negative = true;
        field.odd = true;
      }
    }
  };

  const utf8 = new Utf8Stream();
  // At a fault: its line and column, from the place the scan has reached (which is past the start of
  // a character the chunk before began: `fault.before` restarts there).
  const faultAt = (fault: Utf8Fault): never => {
    const heldBytes = fault.offset < 0 ? -fault.offset : fault.before.length - fault.offset;
    const before = fault.before;
    const lastBreak = before.lastIndexOf(NEWLINE);
    let line = lineNumber;
    for (let i = before.indexOf(NEWLINE); i >= 0; i = before.indexOf(NEWLINE, i + 1)) line++;
    const error = new InvalidUtf8(fault.byte, new TextDecoder().decode(before.subarray(lastBreak + 1)));
    const startColumn = lastBreak < 0 ? Math.max(0, column - heldBytes) + 1 : 1;
    throw new ReportReadError(
      error.message,
      'utf-8',
      advance({ line, column: startColumn }, error.textBefore),
    );
  };
  for await (const chunk of createReadStream(absPath, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    const fault = utf8.check(bytes, isUtf8);
    if (fault) faultAt(fault);
    scan(bytes);
  }
  const cut = utf8.end();
  if (cut) faultAt(cut);
  if (column > 0 || at !== At.Key || keyLength > 0) endLine();
  close();

  if (records === 0) throw new ReportReadError('not an lcov report: no SF: records', 'lcov/empty');
  const linesPercent = coveragePercent(linesHit, linesFound);
  const warnings: ReportWarning[] = [];
  const branchesPercent = coveragePercent(branchesHit, branchesFound);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}

export const lcovReader: CoverageReader = { format: 'lcov', read: readLcov };

/**
 * JSON reports (Jest, Mocha, Istanbul) are read whole: JSON cannot be summarised without parsing it
 * all, and these files are small next to JUnit's. `JSON.parse` is the fast path; only when it fails is
 * the file parsed again by the positioned parser, for the line and column of the error.
 */
import { InputError } from '../../core/errors.js';
import { isRecord, parseJsonLocated } from '../../core/json-location.js';
import type { ReportWarning } from '../../core/model.js';
import { ReportReadError } from './reader.js';
import { forEachLine, readWholeText } from './text.js';

/** Largest JSON report read (V8 strings top out near 512 MiB; a test report this size is a mistake). */
const JSON_MAX_BYTES = 256 * 1024 * 1024;

export async function readJsonReport(absPath: string, displayPath: string): Promise<unknown> {
  const text = await readWholeText(absPath, JSON_MAX_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    try {
      parseJsonLocated(text, displayPath);
    } catch (error) {
      if (error instanceof InputError) {
        const { line, column } = error.location;
        throw new ReportReadError(error.message, 'json/syntax', { line, column });
      }
      throw error;
    }
    throw new ReportReadError('invalid JSON', 'json/syntax');
  }
}

export { isRecord };

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * JSON-lines reports (`go test -json`, `dart test --reporter json`), streamed: `onEvent` gets each
 * line that is a JSON object, with its line number. Lines that are not JSON (a build error printed
 * into the stream) are skipped and reported once as a warning; a file with no JSON object at all is
 * a ReportReadError.
 */
export async function forEachJsonLine(
  absPath: string,
  displayPath: string,
  format: string,
  onEvent: (event: Record<string, unknown>, line: number) => void,
  /** A line that is not a JSON object; returns true when the reader knows it (then it is no warning). */
  onText?: (text: string, line: number) => boolean,
): Promise<ReportWarning[]> {
  const warnings: ReportWarning[] = [];
  let objects = 0;
  let skipped = 0;
  let firstSkipped: number | undefined;
  await forEachLine(absPath, (raw, line) => {
    const text = raw.trim();
    if (text === '') return undefined;
    let event: unknown;
    try {
      event = text.startsWith('{') ? JSON.parse(text) : undefined;
    } catch {
      event = undefined;
    }
    if (!isRecord(event)) {
      if (onText?.(text, line)) return undefined;
      skipped++;
      firstSkipped ??= line;
      return undefined;
    }
    objects++;
    onEvent(event, line);
    return undefined;
  });
  if (objects === 0) {
    throw new ReportReadError(`not a ${format} report: no line is a JSON object`, 'json/syntax', {
      line: firstSkipped ?? 1,
      column: 1,
    });
  }
  if (skipped > 0) {
    warnings.push({
      file: displayPath,
      message: `${skipped} ${skipped === 1 ? 'line is' : 'lines are'} not JSON events and ${skipped === 1 ? 'was' : 'were'} skipped`,
      rule: 'json/lines',
      line: firstSkipped,
      column: 1,
    });
  }
  return warnings;
}

/**
 * JSON reports (Jest, Mocha, Istanbul) are read whole: JSON cannot be summarised without parsing it
 * all, and these files are small next to JUnit's. `JSON.parse` is the fast path; only when it fails is
 * the file parsed again by the positioned parser, for the line and column of the error.
 */
import { InputError } from '../../core/errors.js';
import { parseJsonLocated } from '../../core/json-location.js';
import { ReportReadError } from './reader.js';
import { readWholeText } from './text.js';

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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

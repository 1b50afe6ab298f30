import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { jsonHead, readCacheJson } from '../../src/adapters/cache-file.js';

describe('readCacheJson', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-cache-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const head = jsonHead('format', '1/0.1.0+abc');

  it('parses a file that begins as this build writes it', () => {
    const written = JSON.stringify({ format: '1/0.1.0+abc', snapshot: { a: 1 } });
    expect(head).toBe('{"format":"1/0.1.0+abc",');
    expect(readCacheJson(file('ours.json', written), head)).toEqual({
      format: '1/0.1.0+abc',
      snapshot: { a: 1 },
    });
  });

  it('never parses what another build or no writer of ours left: another format, other keys first, a nest of arrays', () => {
    const other = JSON.stringify({ format: '1/0.1.0+def', snapshot: {} });
    expect(readCacheJson(file('other.json', other), head)).toBeUndefined();
    const reordered = JSON.stringify({ snapshot: {}, format: '1/0.1.0+abc' });
    expect(readCacheJson(file('reordered.json', reordered), head)).toBeUndefined();
    const nest = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const parse = jest.spyOn(JSON, 'parse');
    try {
      expect(readCacheJson(file('nest.json', nest), head)).toBeUndefined();
      expect(readCacheJson(file('reordered-again.json', reordered), head)).toBeUndefined();
      // Looked at before any parse: a file of another writer costs a read, never a parse.
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(readCacheJson(file('short.json', '{'), head)).toBeUndefined();
  });

  it('gives undefined for a file that begins right but is no JSON, or is not there', () => {
    expect(readCacheJson(file('cut.json', `${head}"snapshot":{`), head)).toBeUndefined();
    expect(readCacheJson(join(dir, 'missing.json'), head)).toBeUndefined();
  });
});

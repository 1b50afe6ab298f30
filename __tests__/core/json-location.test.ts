/**
 * parseJsonLocated reads valid text with JSON.parse and computes positions only when needed; these
 * are the cases where the quick reading alone would be wrong (duplicate keys, deep nesting) or where
 * its shortcut (counting `"…":` in the text) is fooled, and the results must still be exact.
 */
import { InputError } from '../../src/core/errors.js';
import { offsetToPosition, parseJsonLocated, positionsIn } from '../../src/core/json-location.js';

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseJsonLocated on valid text', () => {
  it('reports a key written twice, at the repeat, keeping the last value as JSON.parse does', () => {
    const text = '{\n  "agent": {"status": "idle"},\n  "agent": {"status": "blocked"}\n}\n';
    const json = parseJsonLocated(text, 'r.json');
    expect(json.value).toEqual({ agent: { status: 'blocked' } });
    expect(json.duplicateKeys).toEqual([{ pointer: '/agent', line: 3, column: 3 }]);
  });

  it('finds a duplicate deep inside, next to keys that are not duplicates', () => {
    const text = '{"a": {"x": 1, "y": 2}, "b": [{"k": 1, "k": 2}]}';
    const json = parseJsonLocated(text);
    expect(json.duplicateKeys.map((d) => d.pointer)).toEqual(['/b/0/k']);
  });

  it('is not fooled by `":` inside string values', () => {
    const text = '{\n  "note": "say \\": here",\n  "url": "http:",\n  "n": 1\n}';
    const json = parseJsonLocated(text);
    expect(json.value).toEqual(JSON.parse(text));
    expect(json.duplicateKeys).toEqual([]);
    expect(json.locate('/n')).toEqual({ line: 4, column: 8 });
    expect(json.locate('/url', { key: true })).toEqual({ line: 3, column: 3 });
  });

  it('locates values only when asked, at the same places for every pointer', () => {
    const text = '{\n  "list": [\n    {"id": 1},\n    {"id": 2}\n  ],\n  "empty": {}\n}\n';
    const json = parseJsonLocated(text);
    expect(json.duplicateKeys).toEqual([]);
    expect(json.locate('/list/1/id')).toEqual({ line: 4, column: 12 });
    expect(json.locate('/list/1')).toEqual({ line: 4, column: 5 });
    expect(json.locate('/empty', { key: true })).toEqual({ line: 6, column: 3 });
    expect(json.locate('/empty/missing')).toEqual({ line: 6, column: 12 });
    expect(json.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('accepts nesting up to the limit and refuses deeper nesting at its place', () => {
    const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJsonLocated(nested(512)).value).toBeInstanceOf(Array);
    const error = thrown(() => parseJsonLocated(nested(514), 'deep.json'));
    expect(error.rule).toBe('json/syntax');
    expect(error.message).toContain('nested too deeply');
    expect(error.location).toEqual({ file: 'deep.json', line: 1, column: 514 });
  });

  it('refuses very deep nesting, which JSON.parse accepts, without overflowing the stack', () => {
    const depth = 50_000;
    const error = thrown(() => parseJsonLocated(`${'['.repeat(depth)}${']'.repeat(depth)}`));
    expect(error.message).toContain('nested too deeply');
  });
});

describe('parseJsonLocated on a trailing comma', () => {
  it.each([
    ['{\n  "a": {"status": "idle",},\n}\n', 2, 25],
    ['{\n  "a": 1,\n}\n', 2, 9],
    ['{"a": [1, 2,\n]}', 1, 12],
    ['[1 ,  ]', 1, 4],
  ])('%j is told at the comma', (text, line, column) => {
    const error = thrown(() => parseJsonLocated(text, 'r.json'));
    expect(error.rule).toBe('json/syntax');
    expect(error.message).toContain('trailing comma');
    expect(error.location).toEqual({ file: 'r.json', line, column });
  });

  it('still says what is wrong after a comma that is not trailing', () => {
    expect(thrown(() => parseJsonLocated('{"a": 1, 2}')).message).toContain('expected a quoted key');
    expect(thrown(() => parseJsonLocated('[1, }')).message).toContain("unexpected '}'");
  });
});

describe('positionsIn', () => {
  // The rule written plainly: count the line breaks before the offset.
  const byCounting = (text: string, offset: number) => {
    const before = text.slice(0, Math.min(offset, text.length));
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
  };

  it('gives the line and column of every offset of a text (lines, empty lines, the end)', () => {
    const text = '{\n  "a": 1,\n\n  "b": [\n    2\n  ]\n}\n\nx';
    const positionOf = positionsIn(text);
    for (let offset = 0; offset <= text.length + 2; offset++) {
      expect(positionOf(offset)).toEqual(byCounting(text, offset));
      expect(offsetToPosition(text, offset)).toEqual(byCounting(text, offset));
    }
    expect(positionsIn('')(0)).toEqual({ line: 1, column: 1 });
  });
});

/**
 * UTF-8 validation that names the first bad byte: `firstInvalidUtf8` over a whole text, and
 * `Utf8Stream` over the chunks a report is read in, which must find the same byte wherever the chunks
 * cut the text. Node's fatal decoder is the oracle for what is UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { firstInvalidUtf8, Utf8Stream } from '../../src/core/utf8.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const valid = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes near UTF-8: ASCII, lead bytes of every length (good and bad), continuation bytes, and whole characters. */
const nearUtf8 = fc
  .array(
    fc.oneof(
      fc.constantFrom(0x41, 0x0a, 0x20),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.constantFrom(
        0xc0,
        0xc1,
        0xc2,
        0xc3,
        0xdf,
        0xe0,
        0xe1,
        0xed,
        0xee,
        0xef,
        0xf0,
        0xf1,
        0xf4,
        0xf5,
        0xff,
      ),
      fc
        .constantFrom('\u00e9', '\u20ac', '\u{1f600}', '\ud7ff', '\ue000', '\u{10ffff}', '\ufeff')
        .map((c) => [...Buffer.from(c, 'utf8')]),
    ),
    { maxLength: 40 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('firstInvalidUtf8', () => {
  it.each([
    ['a stray continuation byte', [0x41, 0x80], 1],
    ['C0 and C1, which only begin overlong forms', [0xc1, 0xbf], 0],
    ['a byte past F4', [0xf5, 0x80, 0x80, 0x80], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['a UTF-16 surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lead byte followed by ASCII', [0xe2, 0x82, 0x41], 0],
    ['a character cut by the end', [0x41, 0xe2, 0x82], 1],
  ])('%s', (_what, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('accepts at the end of a chunk the start of a character that can still become one, and only that', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x82]), { final: false })).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0xf0, 0x9f]), { final: false })).toBe(-1);
    for (const cut of [
      [0xe0, 0x80],
      [0xed, 0xa0],
      [0xf0, 0x80],
      [0xf4, 0x90],
    ]) {
      expect([cut, firstInvalidUtf8(Uint8Array.from(cut), { final: false })]).toEqual([cut, 0]);
    }
  });

  it('says -1 exactly when node’s fatal decoder takes the bytes', () => {
    fc.assert(
      fc.property(nearUtf8, (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Utf8Stream', () => {
  /** The absolute offset of the stream's first fault with `bytes` cut at `cuts`, or -1. */
  function streamed(bytes: Uint8Array, cuts: number[]): number {
    const stream = new Utf8Stream();
    const points = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort(
      (a, b) => a - b,
    );
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k] as number;
      const to = points[k + 1] as number;
      const chunk = bytes.subarray(from, to);
      const fault = stream.check(chunk, isUtf8);
      if (fault) {
        expect(fault.byte).toBe(bytes[from + fault.offset]);
        // What lies between the text read so far and the fault is the bytes just before it.
        expect([...fault.before]).toEqual([
          ...bytes.subarray(from + fault.offset - fault.before.length, from + fault.offset),
        ]);
        return from + fault.offset;
      }
    }
    const end = stream.end();
    if (!end) return -1;
    expect(end.byte).toBe(bytes[bytes.length + end.offset]);
    return bytes.length + end.offset;
  }

  it('finds the byte firstInvalidUtf8 finds in the whole, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(nearUtf8, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        expect(streamed(bytes, cuts)).toBe(firstInvalidUtf8(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('says whether a character is cut at the end of the chunks so far', () => {
    const stream = new Utf8Stream();
    expect(stream.check(Uint8Array.from([0x41, 0xf0, 0x9f]), isUtf8)).toBeUndefined();
    expect(stream.cut).toBe(true);
    expect(stream.check(Uint8Array.from([0x98]), isUtf8)).toBeUndefined();
    expect(stream.cut).toBe(true);
    expect(stream.check(Uint8Array.from([0x80, 0x41]), isUtf8)).toBeUndefined();
    expect(stream.cut).toBe(false);
    expect(stream.end()).toBeUndefined();
  });
});

/** UTF-8 validation with the offset of the first bad byte, for messages that name the place. */

/**
 * Offset of the first byte that breaks UTF-8 in `bytes`, or -1 when there is none.
 * - `continuation`: up to three leading continuation bytes are accepted: they finish a character
 *   begun in the previous chunk of a stream.
 * - `final: false`: an incomplete character at the very end is accepted (the next chunk finishes it);
 *   with `final` (the default) it is an error at its first byte.
 */
export function firstInvalidUtf8(
  bytes: Uint8Array,
  options: { continuation?: boolean; final?: boolean } = {},
): number {
  const final = options.final ?? true;
  let i = 0;
  if (options.continuation) while (i < 3 && i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

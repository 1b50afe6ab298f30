/**
 * A copy of a document (or any part of one) without its source positions: `line` fields go, the
 * rest is kept. Two parses of equivalent markdown compare equal this way even when the text moved
 * (the round trip re-orders sections into the canonical form).
 */
export function withoutLines<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutLines) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key !== 'line') copy[key] = withoutLines(field);
    }
    return copy as T;
  }
  return value;
}

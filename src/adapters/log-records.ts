/**
 * `git log`'s output cut into its records as it arrives. Every record starts with a marker (git.ts's
 * RECORD, which carries a nonce), then its fields up to a NUL, then its names (paths, or numstat
 * lines), each ended by a NUL. All work is linear in the output, whatever the records' sizes:
 * - a whole record is joined once, when the next marker (or the end) shows it is complete;
 * - the record still arriving is handed out as its fields and the names that came since it was last
 *   handed out (`growing`), never whole again: a walk stops on the commit that answers it without
 *   waiting for the next marker, which in a path-limited walk may be the root. Handing it out whole
 *   at every chunk made its reader parse it again and again: over one commit that vendors 300,000
 *   files `resume` took 15 s (quadratic).
 */
export class LogRecords {
  /** The text since the last marker (the marker included), in the chunks it came in. */
  private pieces: string[] = [];
  /** The record still arriving: its fields, once their NUL has come (without it). */
  private head: string | undefined;
  /** Its text after the marker while no NUL has come. */
  private headPieces: string[] = [];
  /** Its names not yet handed out (the last may be cut mid-name), and whether a NUL ends one of them. */
  private fresh: string[] = [];
  private freshEnds = false;
  /** Whether its names have begun (git's newline between fields and names is dropped, as parseLogRecord does). */
  private namesBegun = false;

  constructor(private readonly marker: string) {}

  /** Adds `text`; returns the records it completed, in order, without their marker. */
  push(text: string): string[] {
    // A marker may straddle two chunks: it is looked for from marker.length - 1 characters before `text`.
    const carried = this.tail(this.marker.length - 1);
    const last = (carried + text).lastIndexOf(this.marker);
    if (last === -1) {
      this.pieces.push(text);
      this.follow(text);
      return [];
    }
    const all = this.joined() + text;
    const cut = all.length - text.length - carried.length + last;
    const rest = all.slice(cut);
    this.pieces = [rest];
    this.head = undefined;
    this.headPieces = [];
    this.fresh = [];
    this.freshEnds = false;
    this.namesBegun = false;
    this.follow(rest.slice(this.marker.length));
    return recordsIn(all.slice(0, cut), this.marker);
  }

  /**
   * The record still arriving: its fields (the same string each time) and the names that came since
   * it was last handed out, each ended by its NUL; undefined when no name has ended since.
   */
  growing(): { head: string; names: string } | undefined {
    if (this.head === undefined || !this.freshEnds) return undefined;
    const text = this.fresh.length === 1 ? (this.fresh[0] as string) : this.fresh.join('');
    const end = text.lastIndexOf('\0') + 1;
    this.fresh = end < text.length ? [text.slice(end)] : [];
    this.freshEnds = false;
    return { head: this.head, names: text.slice(0, end) };
  }

  /** The records left once git has ended (the last one is whole then). */
  end(): string[] {
    const all = this.joined();
    this.pieces = [];
    return recordsIn(all, this.marker);
  }

  /** Reads `text`, which the record still arriving goes on with, into its fields or its names. */
  private follow(text: string): void {
    let names = text;
    if (this.head === undefined) {
      const nul = text.indexOf('\0');
      if (nul === -1) {
        this.headPieces.push(text);
        return;
      }
      this.headPieces.push(text.slice(0, nul));
      this.head = this.headPieces.join('');
      this.headPieces = [];
      names = text.slice(nul + 1);
    }
    if (!this.namesBegun && names !== '') {
      this.namesBegun = true;
      if (names.startsWith('\n')) names = names.slice(1);
    }
    if (names === '') return;
    this.fresh.push(names);
    if (names.includes('\0')) this.freshEnds = true;
  }

  /** `pieces` as one string (kept as one piece from then on). */
  private joined(): string {
    if (this.pieces.length > 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0] ?? '';
  }

  /** The last `count` characters of `pieces` (fewer when fewer are there). */
  private tail(count: number): string {
    if (count <= 0) return '';
    let text = '';
    for (let i = this.pieces.length - 1; i >= 0 && text.length < count; i--)
      text = `${this.pieces[i]}${text}`;
    return text.slice(-count);
  }
}

/** The records of `text` (without their marker); what stands before the first marker is none. */
function recordsIn(text: string, marker: string): string[] {
  const records = text.split(marker);
  records.shift();
  return records.filter((record) => record !== '');
}

/** The names of a record's name list (`a\0b\0`, as `growing` gives them or a whole record holds them). */
export function namesIn(names: string): string[] {
  return names.split('\0').filter((name) => name !== '');
}

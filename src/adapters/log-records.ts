/**
 * `git log`'s output cut into its records as it arrives. Every record starts with a marker (git.ts's
 * RECORD, which carries a nonce). The text since the last marker is kept in pieces and joined once a
 * record is complete, so the cost is linear in the output whatever the records' sizes: one commit that
 * vendors 300,000 files is a 12 MB record, and joining and searching all that was read at every chunk
 * made `resume` take 15 s over it (quadratic).
 */
/** Characters of a record still arriving that are read again at every chunk (see `growing`). */
export const SMALL_RECORD = 64 * 1024;

export class LogRecords {
  /** The text after the last marker seen (the marker included), in the chunks it came in. */
  private pieces: string[] = [];
  /** Characters in `pieces`. */
  private size = 0;
  /** `size` when the record still arriving was last handed out (`growing`). */
  private handedAt = 0;

  constructor(private readonly marker: string) {}

  /** Adds `text`; returns the records it completed, in order, without their marker. */
  push(text: string): string[] {
    // A marker may straddle two chunks: it is looked for from marker.length - 1 characters before `text`.
    const carried = this.tail(this.marker.length - 1);
    const last = (carried + text).lastIndexOf(this.marker);
    if (last === -1) {
      this.pieces.push(text);
      this.size += text.length;
      return [];
    }
    const all = this.joined() + text;
    const cut = all.length - text.length - carried.length + last;
    const rest = all.slice(cut);
    this.pieces = [rest];
    this.size = rest.length;
    this.handedAt = 0;
    return recordsIn(all.slice(0, cut), this.marker);
  }

  /**
   * The record still arriving, cut after its last NUL (every name in it has ended), or undefined. A
   * walk that stops on the commit that answers it reads it at every chunk while it is small; past
   * SMALL_RECORD only each time it has doubled, since its reader parses it whole each time (at every
   * chunk that was quadratic): all the readings together stay within twice its size.
   */
  growing(): string | undefined {
    if (this.size === 0 || (this.size > SMALL_RECORD && this.size < 2 * this.handedAt)) return undefined;
    const text = this.joined();
    this.handedAt = this.size;
    const start = text.startsWith(this.marker) ? this.marker.length : 0;
    const newest = text.slice(start, text.lastIndexOf('\0') + 1);
    return newest === '' ? undefined : newest;
  }

  /** The records left once git has ended (the last one is whole then). */
  end(): string[] {
    const all = this.joined();
    this.pieces = [];
    this.size = 0;
    return recordsIn(all, this.marker);
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

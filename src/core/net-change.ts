/**
 * The net change of a session: what `git diff -M base head` says changed between where the session
 * started and where it ended, file by file — not the churn summed over its commits. A file edited in
 * ten commits and put back is no change; a lockfile rewritten twice is its net difference; a rename is
 * one entry, not a delete and an add; a file created and deleted inside the range is not there at all;
 * a subtree merge's files have the paths they have in the tree (`gitk-git/po/es.po`), not the paths
 * of the subtree's own history. Pure: the git adapter runs the diff, this reads its output.
 */

export type NetStatus = 'added' | 'deleted' | 'renamed' | 'modified' | 'copied' | 'type-changed';

export interface NetFileChange {
  /** Path at the end of the range (for a deletion: the path that was deleted). */
  path: string;
  /** Path at the start of the range, for renames and copies. */
  oldPath?: string;
  status: NetStatus;
  /** Lines added and deleted; undefined for binary files. */
  added?: number;
  deleted?: number;
  binary: boolean;
}

const STATUS_BY_LETTER: Readonly<Record<string, NetStatus>> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/**
 * Reads the output of `git diff --raw --numstat -z -M base head`: the raw records (status, paths)
 * come first, then the numstat records (line counts, `-` for binary). Records the status letter does
 * not describe (`U`, `X`) are kept as modified. Sorted by path, as git prints them.
 */
export function parseNetDiff(output: string): NetFileChange[] {
  const tokens = output.split('\0');
  const byPath = new Map<string, NetFileChange>();
  const order: NetFileChange[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    if (token === '') {
      i++;
      continue;
    }
    if (token.startsWith(':')) {
      const letter = token.trim().split(/\s+/).pop()?.[0] ?? 'M';
      const status = STATUS_BY_LETTER[letter] ?? 'modified';
      if (status === 'renamed' || status === 'copied') {
        const change: NetFileChange = {
          path: tokens[i + 2] ?? '',
          oldPath: tokens[i + 1] ?? '',
          status,
          binary: false,
        };
        byPath.set(change.path, change);
        order.push(change);
        i += 3;
      } else {
        const change: NetFileChange = { path: tokens[i + 1] ?? '', status, binary: false };
        byPath.set(change.path, change);
        order.push(change);
        i += 2;
      }
      continue;
    }
    // numstat: `added\tdeleted\tpath`, or `added\tdeleted\t` followed by old and new path.
    const [added = '-', deleted = '-', ...rest] = token.split('\t');
    const path = rest.join('\t');
    let newPath = path;
    let step = 1;
    if (path === '') {
      newPath = tokens[i + 2] ?? '';
      step = 3;
    }
    const change = byPath.get(newPath);
    if (change) {
      if (added === '-' || deleted === '-') change.binary = true;
      else {
        change.added = Number(added);
        change.deleted = Number(deleted);
      }
    }
    i += step;
  }
  return order;
}

/** Lines changed in a file, 0 for binary. */
export function linesChanged(change: { added?: number; deleted?: number }): number {
  return (change.added ?? 0) + (change.deleted ?? 0);
}

/** `+12 −3`, `binary`. */
export function formatLineCounts(change: { added?: number; deleted?: number; binary?: boolean }): string {
  if (change.binary || change.added === undefined || change.deleted === undefined) return 'binary';
  return `+${change.added} −${change.deleted}`;
}

/**
 * One line per file as Files Modified shows it: `src/a.ts (modified, +12 −3)`,
 * `docs/old.md → docs/new.md (renamed, +1 −1)`, `logo.png (added, binary)`.
 */
export function describeNetChange(change: NetFileChange): string {
  const path = change.oldPath !== undefined ? `${change.oldPath} → ${change.path}` : change.path;
  const counts = change.binary
    ? 'binary'
    : change.status === 'added'
      ? `+${change.added ?? 0}`
      : change.status === 'deleted'
        ? `−${change.deleted ?? 0}`
        : formatLineCounts(change);
  return `${path} (${change.status}, ${counts})`;
}

/** Most lines changed first; binary files and ties by path, so the order is stable. */
export function byLinesChanged<T extends { path: string; added?: number; deleted?: number }>(
  a: T,
  b: T,
): number {
  return linesChanged(b) - linesChanged(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

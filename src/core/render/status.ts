/**
 * `handoff status`: the seed's "what's everyone working on?" — one row per agent, built from the
 * registry and the facts of each linked handoff, rendered as a plain-text table or JSON.
 */

import { DAY_ONLY, daysSince } from '../document/elements.js';
import { withControlsShown } from '../errors.js';
import type { HandoffConfig, Problem, Registry, SummaryFacts, Verdict } from '../model.js';
import { agentEntries } from '../registry.js';
import { proseWithInvocation, withInvocation } from '../shell.js';
import { plural } from '../words.js';
import { displayWidth, truncateToWidth } from './text-width.js';

export interface StatusRow {
  agent: string;
  task?: string;
  status: string;
  /** The task counts for `handoff check` (an active status and a current task). */
  active: boolean;
  /** `**Date**` of the linked handoff, as written. */
  handoffDate?: string;
  /**
   * Milliseconds from the handoff's last update to now, as best known (`handoffUpdatedMs`: its
   * `**Date**`, or the last commit that touched it when that is later); undefined when the date is
   * unknown.
   */
  ageMs?: number;
  /** Whole days from the handoff date to now, as `resume` counts them (a day-only date is 0 all day). */
  ageDays?: number;
  progressPercent?: number;
  briefNote?: string;
  detailsLink?: string;
  /** Why the handoff could not be read (missing, outside the repository, malformed). */
  problem?: string;
  /**
   * For an active task whose handoff could be read (or that has none): the check's rules that need no
   * range (`missing`, `invalid-link`, `incomplete`, `expired`), judged on the working tree. `behind`
   * needs the pushed commits: `handoff check` judges it.
   */
  freshness?: { fresh: boolean; problems: Pick<Problem, 'reason' | 'detail' | 'fix'>[] };
}

/**
 * One registry's rows: the root's, or a monorepo package's. Its paths (`file`, each row's
 * `detailsLink`) are named from where the user is, as `gatherStatus` names them.
 */
export interface StatusTable {
  rows: StatusRow[];
  /** The registry file. */
  file: string;
  exists: boolean;
  /**
   * The config's `freshness.scope`, when `touched`: a push then judges only the tasks its commits
   * work on, where FRESHNESS judges every active task.
   */
  scope?: 'touched';
}

/** A monorepo package's table; `folder` is from the repository root. */
export interface PackageStatus extends StatusTable {
  folder: string;
  /** Why the package could not be read (its config or registry), its file named from the root. */
  problem?: string;
}

/** What the command learned about each agent's linked handoff. */
export interface LinkedHandoff {
  facts?: SummaryFacts;
  problem?: string;
  /** When the last commit that touched the handoff was made (epoch ms), when git was asked and knows one. */
  committedMs?: number;
}

/**
 * When a handoff was last updated, as best known (epoch ms): the later of its `**Date**` and the
 * last commit that touched it, as the `expired` rule reads it (core/freshness.ts). A day-only Date
 * (`2026-12-01`) says the day, not the hour: it counts from the day's start (UTC), and a commit made
 * later that day tells the time (from midnight, a handoff committed a minute ago read as up to a day
 * old). Undefined when the Date is unknown or no date.
 */
export function handoffUpdatedMs(date: string | undefined, committedMs?: number): number | undefined {
  const dated = date === undefined ? Number.NaN : Date.parse(date);
  if (Number.isNaN(dated)) return undefined;
  return committedMs === undefined ? dated : Math.max(dated, committedMs);
}

export function buildStatusRows(
  registry: Registry,
  config: Pick<HandoffConfig, 'activeStatuses'>,
  handoffs: ReadonlyMap<string, LinkedHandoff>,
  now: Date,
  /** The freshness verdict of each active task's agent, where one was judged. */
  verdicts: ReadonlyMap<string, Verdict> = new Map(),
): StatusRow[] {
  return agentEntries(registry).map(([agent, entry]) => {
    const task =
      typeof entry.current_task === 'string' && entry.current_task !== '' ? entry.current_task : undefined;
    const linked = handoffs.get(agent);
    const row: StatusRow = {
      agent,
      status: entry.status,
      active: task !== undefined && config.activeStatuses.includes(entry.status),
    };
    if (task !== undefined) row.task = task;
    if (typeof entry.brief_note === 'string' && entry.brief_note !== '') row.briefNote = entry.brief_note;
    if (typeof entry.details_link === 'string' && entry.details_link !== '')
      row.detailsLink = entry.details_link;
    const date = linked?.facts?.date;
    if (date !== undefined) {
      row.handoffDate = date;
      const days = daysSince(date, now, 'local');
      const at = handoffUpdatedMs(date, linked?.committedMs);
      if (at !== undefined) {
        // East of UTC a day-only Date of today starts after now (at its UTC midnight): the day is
        // today's, not the future's, and its last commit, when there is one, tells the hour.
        const todayAhead = at > now.getTime() && DAY_ONLY.test(date) && days === 0;
        const from = todayAhead ? Math.min(linked?.committedMs ?? now.getTime(), now.getTime()) : at;
        row.ageMs = now.getTime() - from;
      }
      if (days !== undefined) row.ageDays = Math.max(0, days);
    }
    if (linked?.facts?.progressPercent !== undefined) row.progressPercent = linked.facts.progressPercent;
    if (linked?.problem !== undefined) row.problem = linked.problem;
    const verdict = row.active ? verdicts.get(agent) : undefined;
    if (verdict !== undefined) {
      row.freshness = {
        fresh: verdict.fresh,
        problems: verdict.problems.map(({ reason, detail, fix }) => ({ reason, detail, fix })),
      };
    }
    return row;
  });
}

/**
 * `45m`, `5h`, `3d` — coarse on purpose: a glance, not a timestamp. A day-only `**Date**` (the usual
 * `2025-11-08`) says nothing of the hour, so its age is told in whole days: `today`, `1d`, `3d`, the
 * calendar days `ageDays` counts (as `resume` does) when given.
 */
export function formatAge(ms: number, date?: string, ageDays?: number): string {
  if (date !== undefined && DAY_ONLY.test(date)) {
    const days = ageDays ?? Math.floor(ms / 86_400_000);
    return ms < 0 || days < 0 ? 'future' : days === 0 ? 'today' : `${days}d`;
  }
  if (ms < 0) return 'future';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export const NOTE_WIDTH = 40;

/**
 * The table, or a sentence saying the registry is missing or empty. At a monorepo's root each
 * package's table follows under a `folder — registry` line, and the root's own, when it has agents,
 * comes first under `. — registry`.
 */
export function renderStatusText(
  root: StatusTable,
  packages: readonly PackageStatus[] = [],
  program = 'handoff',
  /**
   * How a package's fixes run handoff: they name the package with `-C` from where the user is
   * already (`handoff -C packages/a draft …`), so only the program itself (`npx handoff`) goes in,
   * where the root's take `program` whole (with `-C` to the project when the user started elsewhere).
   */
  packageFixProgram = program,
): string {
  if (packages.length === 0) return tableText(root, root.file, program, program);
  const parts =
    root.rows.length > 0 ? [`. — ${root.file}\n${tableText(root, root.file, program, program)}`] : [];
  for (const pkg of packages) {
    parts.push(
      pkg.problem === undefined
        ? `${pkg.folder} — ${pkg.file}\n${tableText(pkg, pkg.file, program, packageFixProgram)}`
        : `${pkg.folder}\n! ${pkg.problem}\nRun \`${program} validate\` for details.\n`,
    );
  }
  return parts.join('\n');
}

/** What `status` and `resume` say where there is no registry yet. */
export function noRegistryNote(registryFile: string, program = 'handoff'): string {
  return `No registry at ${registryFile} yet: run \`${program} init\` to create one.`;
}

/** One registry's table; `registryFile` as the reader should see it. */
function tableText(
  table: StatusTable,
  registryFile: string,
  program: string,
  /** How its stale tasks' fixes run handoff (see `renderStatusText`). */
  fixProgram: string,
): string {
  const { rows, exists: registryExists } = table;
  if (!registryExists) return `${noRegistryNote(registryFile, program)}\n`;
  if (rows.length === 0) return `No agents in ${registryFile} yet.\n`;

  const header = ['AGENT', 'TASK', 'STATUS', 'FRESHNESS', 'AGE', 'PROGRESS', 'NOTE', 'HANDOFF'];
  // Every value comes from the committed registry or a handoff: control characters are shown, not sent.
  const cells = rows.map((row) =>
    [
      row.agent,
      row.task ?? '-',
      row.status,
      freshnessCell(row),
      row.ageMs !== undefined ? formatAge(row.ageMs, row.handoffDate, row.ageDays) : '-',
      row.progressPercent !== undefined ? `${row.progressPercent}%` : '-',
      row.briefNote !== undefined ? truncateToWidth(row.briefNote, NOTE_WIDTH) : '-',
      row.detailsLink ?? '-',
    ].map(withControlsShown),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => displayWidth(c[i] as string))));
  const line = (values: string[]): string =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v + ' '.repeat((widths[i] as number) - displayWidth(v))))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...cells.map(line)];

  // A task two agents share is one task (each agent's row still shows it).
  const active = new Set(rows.filter((r) => r.active).map((r) => r.task)).size;
  const stale = rows.filter((r) => r.freshness?.fresh === false);
  const staleTasks = new Set(stale.map((r) => r.task)).size;
  out.push(
    '',
    `${rows.length} ${plural(rows.length, 'agent')}, ${active} ${plural(active, 'active task')}${staleTasks > 0 ? `, ${staleTasks} stale` : ''}.`,
  );
  for (const row of stale) {
    for (const problem of row.freshness?.problems ?? []) {
      out.push(
        withControlsShown(
          `✗ ${row.task} (${row.agent}): ${problem.reason}: ${proseWithInvocation(problem.detail, program)} Fix: ${withInvocation(problem.fix, fixProgram)}`,
        ),
      );
    }
  }
  if (active > 0) {
    out.push(
      `Freshness as the working tree stands; \`${program} check\` also counts the work commits a push sends (behind).`,
    );
    if (table.scope === 'touched')
      out.push('freshness.scope is touched: a push judges only the tasks its commits work on.');
  }
  // A missing or escaping link of an active task is said by its freshness line, with the fix.
  const problems = rows.filter((r) => r.problem !== undefined && !(r.freshness?.fresh === false));
  for (const row of problems) out.push(withControlsShown(`! ${row.agent}: ${row.problem}`));
  if (problems.length > 0) out.push(`Run \`${program} validate\` for details.`);
  return `${out.join('\n')}\n`;
}

/** `fresh`, the stale reasons (`expired, incomplete`), or `-` where nothing was judged (not active, unreadable). */
function freshnessCell(row: StatusRow): string {
  if (row.freshness === undefined) return '-';
  return row.freshness.fresh ? 'fresh' : row.freshness.problems.map((p) => p.reason).join(', ');
}

/**
 * `row` with each of its freshness problems' detail and fix written by `detail` and `fix`: as the
 * user runs handoff (`npx handoff`), or as MCP tool calls.
 */
export function withProblemsSaid(
  row: StatusRow,
  detail: (text: string) => string,
  fix: (text: string) => string,
): StatusRow {
  if (row.freshness === undefined) return row;
  const problems = row.freshness.problems.map((p) => ({
    reason: p.reason,
    detail: detail(p.detail),
    fix: fix(p.fix),
  }));
  return { ...row, freshness: { fresh: row.freshness.fresh, problems } };
}

/**
 * The JSON form: the same rows, plus where they came from; at a monorepo's root, `packages` with each
 * package's (its `folder` as the root config's `workspaces` names it, its `registry` and links as the
 * table names them, or the `problem` that kept it from being read).
 */
export function renderStatusJson(
  root: StatusTable,
  packages?: readonly PackageStatus[],
  /** Why pushes from this checkout are not checked (`huskyHookMissingNote`), when they are not. */
  hookNote?: string,
  program = 'handoff',
  /** As `renderStatusText`'s. */
  packageFixProgram = program,
): string {
  const json = (t: StatusTable, fixProgram = program) => ({
    registry: t.file,
    exists: t.exists,
    ...(t.scope ? { scope: t.scope } : {}),
    agents: t.rows.map((row) => invoked(row, fixProgram)),
  });
  // The fixes as the text writes them: run as the user runs handoff (`npx handoff`).
  const invoked = (row: StatusRow, fixProgram: string): StatusRow =>
    fixProgram === 'handoff'
      ? row
      : withProblemsSaid(
          row,
          (detail) => proseWithInvocation(detail, fixProgram),
          (fix) => withInvocation(fix, fixProgram),
        );
  const value =
    packages === undefined
      ? json(root)
      : {
          ...json(root),
          packages: packages.map((p) =>
            p.problem === undefined
              ? { folder: p.folder, ...json(p, packageFixProgram) }
              : { folder: p.folder, problem: p.problem },
          ),
        };
  return `${JSON.stringify(hookNote === undefined ? value : { ...value, hookNote }, null, 2)}\n`;
}

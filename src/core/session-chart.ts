/**
 * The picture of a task's sessions, for where people would rather look than read (the resume in
 * markdown, the PR comment): a Mermaid `xychart-beta` that GitHub renders. One x position per session,
 * labelled with its number, date and length (`S2 Nov 10 · 2.8h`); the tests passing and failing per
 * session as two lines. When no session recorded tests, the chart shows the session lengths as bars.
 * Terminals keep the text; this is only for markdown.
 *
 * Everything in the chart is generated (numbers, dates); the task id is reduced to safe characters, so
 * handoff text cannot break out of the code block.
 */

export interface SessionPoint {
  session: number;
  /** YYYY-MM-DD. */
  date?: string;
  hours?: number;
  passed?: number;
  failed?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Sessions shown at most: the latest ones. */
export const CHART_SESSION_CAP = 20;

function label(point: SessionPoint): string {
  const parts = [`S${point.session}`];
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(point.date ?? '');
  if (date) parts.push(`${MONTHS[Number(date[2]) - 1] ?? date[2]} ${Number(date[3])}`);
  if (point.hours !== undefined) parts.push(`· ${point.hours}h`);
  return parts.join(' ');
}

/** The chart as a fenced ```mermaid block, or undefined when there is no session to show. */
export function renderSessionChart(taskId: string, points: readonly SessionPoint[]): string | undefined {
  const shown = [...points].sort((a, b) => a.session - b.session).slice(-CHART_SESSION_CAP);
  if (shown.length === 0) return undefined;
  const safeTask = taskId.replace(/[^A-Za-z0-9._-]/g, '');
  const labels = shown.map((p) => `"${label(p)}"`).join(', ');
  const withTests = shown.some((p) => p.passed !== undefined || p.failed !== undefined);
  const lines = ['```mermaid', 'xychart-beta'];
  if (withTests) {
    lines.push(`    title "${safeTask} sessions: tests passing and failing"`);
    lines.push(`    x-axis [${labels}]`);
    const max = Math.max(1, ...shown.map((p) => Math.max(p.passed ?? 0, p.failed ?? 0)));
    lines.push(`    y-axis "tests" 0 --> ${max}`);
    lines.push(`    line [${shown.map((p) => p.passed ?? 0).join(', ')}]`);
    lines.push(`    line [${shown.map((p) => p.failed ?? 0).join(', ')}]`);
  } else {
    lines.push(`    title "${safeTask} sessions: hours"`);
    lines.push(`    x-axis [${labels}]`);
    const max = Math.max(1, ...shown.map((p) => p.hours ?? 0));
    lines.push(`    y-axis "hours" 0 --> ${Math.ceil(max)}`);
    lines.push(`    bar [${shown.map((p) => p.hours ?? 0).join(', ')}]`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** One line under the chart saying what is what (Mermaid's xychart has no legend). */
export function sessionChartLegend(points: readonly SessionPoint[]): string {
  // The sessions the chart shows, and what it draws for them (renderSessionChart).
  const shown = [...points].sort((a, b) => a.session - b.session).slice(-CHART_SESSION_CAP);
  const withTests = shown.some((p) => p.passed !== undefined || p.failed !== undefined);
  if (!withTests) return 'Bars: hours per session (as each handoff recorded them).';
  // Which line is above is the data's to say: more failing than passing puts the failing line on top.
  const passed = (p: SessionPoint) => p.passed ?? 0;
  const failed = (p: SessionPoint) => p.failed ?? 0;
  const lines = shown.every((p) => passed(p) >= failed(p))
    ? 'Upper line: tests passing; lower line: tests failing'
    : shown.every((p) => failed(p) >= passed(p))
      ? 'Upper line: tests failing; lower line: tests passing'
      : 'First line drawn: tests passing; second: tests failing (they cross)';
  return `${lines} (as each handoff recorded them). Labels: session, date, hours.`;
}

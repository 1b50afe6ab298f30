/**
 * Unknown names (an MCP tool's arguments) are refused with the known ones, and with the one each
 * plainly stands for: a slip or another spelling of a known name is said, a name apart is not.
 */
import { meantName, unknownNamesMessage } from '../../src/core/unknown-names.js';

const DRAFT = [
  'task',
  'agent',
  'note',
  'decisions',
  'blockers',
  'resolved',
  'next',
  'progress',
  'remaining',
  'timeSpent',
  'from',
  'preview',
];

describe('meantName', () => {
  it.each([
    ['the singular of a list (the CLI flag)', 'decision', 'decisions'],
    ['another singular', 'blocker', 'blockers'],
    ['a plural', 'notes', 'note'],
    ['a name with more words after it', 'nextSteps', 'next'],
    ['an id for the name', 'taskId', 'task'],
    ['the CLI flag of a camel-case name', 'time-spent', 'timeSpent'],
    ['snake case', 'time_spent', 'timeSpent'],
    ['another case', 'Progress', 'progress'],
    ['two neighbours swapped', 'agnet', 'agent'],
    ['a character left out', 'progres', 'progress'],
    ['a character added', 'remainning', 'remaining'],
    ['a character changed', 'prograss', 'progress'],
  ])('%s: %s is %s', (_what, name, meant) => {
    expect(meantName(name, DRAFT)).toBe(meant);
  });

  it.each([
    ['a name apart', 'extra'],
    ['short names one slip apart are names apart', 'nat'],
    ['two slips', 'prgres'],
    ['the flag of another command', 'stdout'],
  ])('%s (%s) stands for none', (_what, name) => {
    expect(meantName(name, DRAFT)).toBeUndefined();
  });
});

describe('unknownNamesMessage', () => {
  it('names every unknown name, what it stands for when plain, and the known names', () => {
    expect(unknownNamesMessage(['decision', 'blocker', 'nextSteps'], DRAFT, 'argument')).toBe(
      'unknown arguments "decision" (did you mean decisions?), "blocker" (did you mean blockers?), "nextSteps" (did you mean next?); known: task, agent, note, decisions, blockers, resolved, next, progress, remaining, timeSpent, from, preview',
    );
    expect(unknownNamesMessage(['extra'], ['task', 'agent', 'note', 'force'], 'argument')).toBe(
      'unknown argument "extra"; known: task, agent, note, force',
    );
  });
});

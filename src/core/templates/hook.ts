/**
 * The pre-push hook handoff-guard installs, and the entries it writes for hook managers. One block
 * does the work of a plain hook; the same block goes into a fresh hook file, is appended to an
 * existing hook, and is what `hooks/pre-push` in the package holds, so there is one copy of how the
 * hook finds the CLI.
 *
 * The block never reads stdin itself and uses no heredoc: git's pushed-ref lines must reach
 * `handoff check --hook pre-push` untouched. git passes the remote name and URL as "$@"; they are
 * forwarded after `--`. The CLI is looked up fastest first: the repository's node_modules/.bin
 * (git runs hooks at the top of the work tree), then PATH, then `npx --no-install`; with none of them
 * the hook says how to install it and refuses the push.
 *
 * Every command starts node with `NODE_EXTRA_CA_CERTS` empty, for the check only: node reads and
 * parses that CA bundle at start-up (tens of milliseconds, more than the check's own work), and the
 * check makes no TLS connection. Set as a prefix, it changes nothing for the rest of a user's hook.
 */

/** First and last line of the block; `handoff init` looks for the first to stay idempotent. */
export const HOOK_BLOCK_START = '# >>> handoff-guard pre-push >>>';
export const HOOK_BLOCK_END = '# <<< handoff-guard pre-push <<<';

/** What every installed form of the hook runs; `init` finds an installed hook by it. */
export const HOOK_COMMAND = 'handoff check --hook pre-push';

/** Prefix that keeps node from loading a CA bundle the check never uses (see above). */
export const NO_EXTRA_CA = 'NODE_EXTRA_CA_CERTS=';

/** The command husky's `.husky/pre-push` runs (husky puts node_modules/.bin on PATH and passes "$@"). */
export const HUSKY_HOOK_LINE = `${NO_EXTRA_CA} ${HOOK_COMMAND} -- "$@"`;

/**
 * How a hook runs the CLI, from the top of the work tree where git runs hooks:
 * `./node_modules/.bin/handoff` when the repository installs it (lefthook, simple-git-hooks and
 * pre-commit do not put node_modules/.bin on PATH), `./<folder>/node_modules/.bin/handoff` when a
 * package folder does (the repository's package.json is in `web/`, say), else `handoff`.
 */
export type CliPath = string;

/**
 * What the hook says when no handoff program is there to run (node_modules removed or not installed
 * yet, no `handoff` on PATH, none npx finds): npx's own "could not determine executable to run"
 * says nothing of what to do. The push is refused, as a check that could not run would be. Someone
 * who removed handoff-guard on purpose is told what to delete (`removal`): the block in a hook file
 * (`$0`, the hook file git or husky runs, expanded by the shell), or the line a manager's config
 * holds (lefthook's and simple-git-hooks' `sh` has no such file for `$0`).
 */
function notInstalled(
  removal = "the handoff-guard block (its '# >>>' line to its '# <<<' line) from $0",
): string {
  return `handoff check: handoff-guard is not installed here (no node_modules/.bin/handoff, no handoff on PATH or for npx): run npm ci (or npm install), then push again; to push without the check once: HANDOFF_SKIP=1 git push; if handoff-guard was removed on purpose, delete ${removal}`;
}
const NOT_INSTALLED = notInstalled();

/** The CLI installed at the repository's top. */
export const ROOT_CLI: CliPath = './node_modules/.bin/handoff';

/** The CLI's path from the work tree's top as hook code names it (no `./`); the root's for `handoff`. */
function binOf(cli: CliPath): string {
  return cli === 'handoff' ? ROOT_CLI.slice(2) : cli.replace(/^\.\//, '');
}

/** husky's one line: husky's PATH holds only the top folder's node_modules/.bin. */
function huskyHookLine(cli: CliPath): string {
  return binOf(cli) === binOf(ROOT_CLI) ? HUSKY_HOOK_LINE : checkRun(`./${binOf(cli)}`, '"$@"');
}

/**
 * lefthook's job (`lefthook.yml`): `use_stdin` hands it git's stdin (without it lefthook gives
 * none), `{1} {2}` are git's hook arguments; lefthook runs `run` with sh.
 */
export function lefthookJob(cli: CliPath): { name: string; run: string; use_stdin: true } {
  return {
    name: 'handoff',
    run: hookCommand(cli, '{1} {2}', 'the handoff job from lefthook.yml'),
    use_stdin: true,
  };
}

/** simple-git-hooks' `pre-push` command: pasted into the hook script it writes, so "$@" is git's. */
export function simpleGitHooksCommand(cli: CliPath): string {
  return hookCommand(cli, '"$@"', "this command from 'simple-git-hooks' in package.json");
}

/**
 * A manager's command with the check an earlier version of init wrote at its start replaced by
 * `current` (what follows it, as ` && <the user's command>` init put after it, kept), or undefined
 * when it does not start with such a check or its check is `current`. Only init's own forms are
 * recognised, for the git hook arguments `args` the manager names (`{1} {2}`, `"$@"`): the one line
 * before HANDOFF_SKIP and the lookup (`NODE_EXTRA_CA_CERTS= <cli> check --hook pre-push -- <args>`,
 * the CLI `handoff` or a node_modules/.bin one), and the one-line subshell of `hookCommand` as an
 * earlier version worded it.
 */
export function managerCommandWithCurrentCheck(
  command: string,
  args: string,
  current: string,
): string | undefined {
  const ours = earlierManagerCheck(command, args);
  if (ours === undefined || ours === current) return undefined;
  return `${current}${command.slice(ours.length)}`;
}

/** The check at the start of `command` in a form init wrote, up to where a ` && ` may follow. */
function earlierManagerCheck(command: string, args: string): string | undefined {
  const escaped = args.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(
    `^${NO_EXTRA_CA} (?:handoff|\\./(?:[\\w.@+-]+/)*node_modules/\\.bin/handoff) check --hook pre-push -- ${escaped}(?= && |$)`,
  ).exec(command)?.[0];
  if (line !== undefined) return line;
  const start = `(${SKIP_CASE.map((l) => l.trim()).join(' ')}; `;
  const end = '; exit 1; fi)';
  const at = command.indexOf(end);
  if (!command.startsWith(start) || at === -1) return undefined;
  const subshell = command.slice(0, at + end.length);
  const rest = command.slice(subshell.length);
  return subshell.includes(` check --hook pre-push -- ${args};`) && (rest === '' || rest.startsWith(' && '))
    ? subshell
    : undefined;
}

/**
 * The pre-commit framework's hook (a `repo: local` entry; the package's .pre-commit-hooks.yaml is
 * the same for `repo: <url>`). pre-commit runs `entry` without a shell, so no variable prefix; it
 * passes no stdin and no arguments: the check reads its PRE_COMMIT_* variables. `stage` is
 * `pre-push` from pre-commit 3.2, `push` before.
 */
export function preCommitHook(cli: CliPath, stage: 'pre-push' | 'push'): Record<string, unknown> {
  return {
    id: 'handoff',
    name: 'handoff check',
    entry: cliCommand(cli),
    language: 'system',
    pass_filenames: false,
    always_run: true,
    stages: [stage],
  };
}

function cliCommand(cli: CliPath): string {
  return cli === 'handoff' ? HOOK_COMMAND : HOOK_COMMAND.replace(/^handoff/, cli);
}

/** The HANDOFF_SKIP bypass, one line each; joined by spaces it is one line of shell too. */
const SKIP_CASE = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code, not a template
  'case "${HANDOFF_SKIP:-}" in',
  '  "" | 0 | false | FALSE | False) ;;',
  '  *) echo "handoff check: skipped (HANDOFF_SKIP is set)." >&2; exit 0 ;;',
  'esac',
];

/**
 * Where every form of the hook looks for the CLI, in order: each test (its parts joined by `&&`)
 * and the program it then runs. A linked worktree (git worktree add) has no node_modules of its own:
 * the main checkout's serves.
 */
function cliLookup(bin: string): { test: string[]; program: string }[] {
  return [
    { test: [`[ -x ./${bin} ]`], program: `./${bin}` },
    {
      test: [
        `handoff_main="$(git rev-parse --git-common-dir 2>/dev/null)/../${bin}"`,
        '[ -x "$handoff_main" ]',
      ],
      program: '"$handoff_main"',
    },
    { test: ['command -v handoff >/dev/null 2>&1'], program: 'handoff' },
    { test: ['npx --no-install handoff --version >/dev/null 2>&1'], program: 'npx --no-install handoff' },
  ];
}

/**
 * `cliLookup`'s branches as shell, `if` then `elif`s (the caller adds the `else`), each running
 * `run(program)`: on one line each when `indent` is given (a hook file's, its tests continued on
 * the next lines), else all on one line (a manager's command).
 */
function lookupBranches(bin: string, run: (program: string) => string, indent?: string): string {
  return cliLookup(bin)
    .map(({ test, program }, i) => {
      const keyword = i === 0 ? 'if' : 'elif';
      return indent === undefined
        ? `${keyword} ${test.join(' && ')}; then ${run(program)};`
        : `${indent}${keyword} ${test.join(` &&\n${indent}  `)}; then\n${indent}  ${run(program)}\n`;
    })
    .join(indent === undefined ? ' ' : '');
}

/** The check run by `program` (as `cliLookup` names it) with git's hook arguments as `args`. */
function checkRun(program: string, args: string): string {
  return `${NO_EXTRA_CA} ${cliCommand(program)} -- ${args}`;
}

/**
 * The one line a hook manager's config runs (lefthook's `run`, simple-git-hooks' command): the
 * plain hook's logic, the same bypass and lookup as `hookBlock`, in a subshell so the bypass's
 * `exit 0` ends only the check (a command after it in the same line still runs). `args` are git's
 * hook arguments as the manager names them.
 */
function hookCommand(cli: CliPath, args: string, removal: string): string {
  const branches = lookupBranches(binOf(cli), (program) => checkRun(program, args));
  const skip = SKIP_CASE.map((line) => line.trim()).join(' ');
  return `(${skip}; ${branches} else echo "${notInstalled(removal)}" >&2; exit 1; fi)`;
}

/**
 * The block that runs the check; safe to append after other commands of an existing hook. `cli`
 * is where the project installs it (`init` finds it), looked for first.
 */
export function hookBlock(cli: CliPath = ROOT_CLI): string {
  const bin = binOf(cli);
  return `${HOOK_BLOCK_START}
# Checks that every active task has a fresh handoff (see docs/hooks.md of handoff-guard).
# Bypass once: git push --no-verify | HANDOFF_SKIP=1 git push
${SKIP_CASE.join('\n')}
# NODE_EXTRA_CA_CERTS is emptied for the check only: it makes no TLS connection, and node would
# spend longer loading that CA bundle than the check takes.
# A linked worktree (git worktree add) has no node_modules of its own: the main checkout's serves.
${lookupBranches(bin, (program) => `${checkRun(program, '"$@"')} || exit $?`, '')}else
  echo "${NOT_INSTALLED}" >&2
  exit 1
fi
${HOOK_BLOCK_END}
`;
}

/** A complete `pre-push` hook file (also the package's `hooks/pre-push`). */
export function hookScript(cli: CliPath = ROOT_CLI): string {
  return `#!/bin/sh
# handoff-guard pre-push hook: git passes the remote name and URL as arguments and the pushed refs
# on stdin; both reach \`handoff check --hook pre-push\`.
${hookBlock(cli)}`;
}

/**
 * The block for a hook that already exists. It goes right after the hook's `#!` line, so an `exit`
 * later in the hook cannot skip it; and because the check and the rest of the hook both need git's
 * pushed-ref lines, it keeps them in a temporary file, runs the check on it, and hands the same lines
 * to the rest of the hook as its stdin. HANDOFF_SKIP skips only the check, never the user's hook.
 */
export function sharedStdinHookBlock(cli: CliPath = ROOT_CLI): string {
  // The lookup of every form (`cliLookup`), the check reading the kept lines.
  const lookup = lookupBranches(
    binOf(cli),
    (program) => `${checkRun(program, '"$@"')} < "$handoff_refs" || handoff_status=$?`,
    '    ',
  );
  return `${HOOK_BLOCK_START}
# Checks that every active task has a fresh handoff (see docs/hooks.md of handoff-guard).
# Bypass once: git push --no-verify | HANDOFF_SKIP=1 git push
# git's pushed-ref lines are kept in a file so the rest of this hook reads them too.
# NODE_EXTRA_CA_CERTS is emptied for the check only (it makes no TLS connection).
handoff_refs=$(mktemp "\${TMPDIR:-/tmp}/handoff-pre-push.XXXXXX") || exit 1
cat > "$handoff_refs"
handoff_status=0
case "\${HANDOFF_SKIP:-}" in
  "" | 0 | false | FALSE | False)
    # A linked worktree (git worktree add) uses the main checkout's node_modules.
${lookup}    else
      echo "${NOT_INSTALLED}" >&2
      handoff_status=1
    fi
    ;;
  *) echo "handoff check: skipped (HANDOFF_SKIP is set)." >&2 ;;
esac
if [ "$handoff_status" -ne 0 ]; then
  rm -f "$handoff_refs"
  exit "$handoff_status"
fi
exec < "$handoff_refs"
rm -f "$handoff_refs"
${HOOK_BLOCK_END}
`;
}

/**
 * husky's `.husky/pre-push` with the check added. A new file is the block a plain hook runs (so
 * HANDOFF_SKIP and the not-installed message work as everywhere; an earlier version's file of the
 * one line alone is rewritten so). A file with commands already in it gets the
 * block that shares git's stdin, before those commands, as a plain hook does: appended, it would come
 * after an `exit` (or a loop that reads stdin) and never run. It goes after the `#!` line and husky
 * v5-v8's `. "$(dirname -- "$0")/_/husky.sh"`, which must run first: it re-runs the file (before it,
 * the check would run twice) and exits there on `HUSKY=0`. The one line an earlier version appended
 * after the commands is taken out (it is moved, not added twice). Undefined when the file's `#!`
 * names no POSIX shell.
 */
export function huskyHookWithCheck(
  existing: string | undefined,
  cli: CliPath = ROOT_CLI,
): string | undefined {
  return inLineEndingsOf(existing, (text) => huskyHookWithCheckLf(text, cli));
}

function huskyHookWithCheckLf(existing: string | undefined, cli: CliPath): string | undefined {
  const line = huskyHookLine(cli);
  const lines = (existing ?? '').split('\n').filter((l) => l.trim() !== HUSKY_HOOK_LINE && l.trim() !== line);
  // A file of its own runs the whole block: the one line is a bare command, which fails (exit 127)
  // with handoff-guard uninstalled, and HANDOFF_SKIP=1 could not get past it.
  if (lines.every((l) => l.trim() === '')) return hookBlock(cli);
  let at = 0;
  if (lines[0]?.startsWith('#!')) {
    if (!SHELL_SHEBANG.test(lines[0])) return undefined;
    at = 1;
  }
  // husky.sh may follow blank lines and comments: the block goes after it wherever it is among them.
  const sourcing = lines.findIndex((line, index) => index >= at && HUSKY_SOURCING.test(line));
  if (sourcing !== -1 && lines.slice(at, sourcing).every(isBlankOrComment)) at = sourcing + 1;
  return withBlockAfter(lines, at, cli);
}

/** The hook's `lines` with the block that shares git's stdin after the first `at` of them. */
function withBlockAfter(lines: readonly string[], at: number, cli: CliPath): string {
  const head = lines
    .slice(0, at)
    .map((line) => `${line}\n`)
    .join('');
  const rest = lines.slice(at).join('\n');
  return `${head}${sharedStdinHookBlock(cli)}${rest}${rest === '' || rest.endsWith('\n') ? '' : '\n'}`;
}

/**
 * Whether a hook file's text, or a manager's config entry (as data), runs the check, in any form
 * init ever wrote: the block, a bare line, a manager's one-line subshell, with any CLI path.
 */
export function runsCheck(entry: unknown): boolean {
  const text = typeof entry === 'string' ? entry : JSON.stringify(entry ?? null);
  return text.includes(HOOK_COMMAND.replace(/^handoff /, ''));
}

/** Whether husky's file, as `huskyHookWithCheck` left it, runs the check before its other commands. */
export function huskyHookRunsCheckFirst(text: string, cli: CliPath = ROOT_CLI): boolean {
  if (text.includes(HOOK_BLOCK_START)) return true;
  const commands = text.split('\n').filter((line) => !isBlankOrComment(line) && !HUSKY_SOURCING.test(line));
  // The one line alone (an earlier version's new file) is replaced by the block.
  return commands.length > 1 && commands[0]?.trim() === huskyHookLine(cli);
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/** husky v5-v8's first command, `. "$(dirname -- "$0")/_/husky.sh"`. */
const HUSKY_SOURCING = /^\s*\.\s+.*\/_\/husky\.sh["']?\s*$/;

/** Interpreters the block can be put into: POSIX shells, by the hook's `#!` line. */
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash)\b/;

/**
 * The hook with the block added after its `#!` line, or undefined when the hook is not a shell script
 * (a Python or Node hook cannot run shell code: the user adds the call in its own language).
 */
export function addBlockToExistingHook(existing: string, cli: CliPath = ROOT_CLI): string | undefined {
  return inLineEndingsOf(existing, (text) => {
    const lines = (text ?? '').split('\n');
    return SHELL_SHEBANG.test(lines[0] ?? '') ? withBlockAfter(lines, 1, cli) : undefined;
  });
}

/**
 * `edit` of a hook file read with `\n` line endings, written back in the file's own: a file checked
 * out with CRLF (core.autocrlf on Windows) keeps CRLF throughout, not a block of LF lines in it.
 */
function inLineEndingsOf(
  existing: string | undefined,
  edit: (text: string | undefined) => string | undefined,
): string | undefined {
  if (existing === undefined || !existing.includes('\r\n')) return edit(existing);
  return edit(existing.replace(/\r\n/g, '\n'))?.replace(/\n/g, '\r\n');
}

/**
 * The hook with the block between its markers replaced by the current one (lines outside the
 * markers kept as they are), or undefined when it has no block or its block is current. The block is
 * the one that shares git's stdin when the hook has commands outside it, as `init` adds it to such a
 * hook; else the plain block of a hook file of its own.
 */
export function hookWithCurrentBlock(text: string, cli: CliPath = ROOT_CLI): string | undefined {
  return inLineEndingsOf(text, (hook = '') => {
    const start = hook.startsWith(HOOK_BLOCK_START) ? 0 : hook.indexOf(`\n${HOOK_BLOCK_START}`) + 1;
    if (start === 0 && !hook.startsWith(HOOK_BLOCK_START)) return undefined;
    const endMarker = hook.indexOf(`\n${HOOK_BLOCK_END}`, start);
    if (endMarker === -1) return undefined;
    const lineEnd = hook.indexOf('\n', endMarker + 1);
    const end = lineEnd === -1 ? hook.length : lineEnd + 1;
    const [before, block, after] = [hook.slice(0, start), hook.slice(start, end), hook.slice(end)];
    const ownCommands = `${before}${after}`.split('\n').some((line) => !isBlankOrComment(line));
    const current = ownCommands ? sharedStdinHookBlock(cli) : hookBlock(cli);
    return block === current ? undefined : `${before}${current}${after}`;
  });
}

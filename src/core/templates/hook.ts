/**
 * The pre-push hook handoff-guard installs. One block does the work; the same block goes into a
 * fresh hook file, is appended to an existing hook, and is what `hooks/pre-push` in the package holds,
 * so there is one copy of how the hook finds the CLI.
 *
 * The block never reads stdin itself and uses no heredoc: git's pushed-ref lines must reach
 * `handoff check --hook pre-push` untouched. git passes the remote name and URL as "$@"; they are
 * forwarded after `--`. The CLI is looked up fastest first: the repository's node_modules/.bin
 * (git runs hooks at the top of the work tree), then PATH, then `npx --no-install`.
 */

/** First and last line of the block; `handoff init` looks for the first to stay idempotent. */
export const HOOK_BLOCK_START = '# >>> handoff-guard pre-push >>>';
export const HOOK_BLOCK_END = '# <<< handoff-guard pre-push <<<';

/** The command husky's `.husky/pre-push` runs (husky puts node_modules/.bin on PATH and passes "$@"). */
export const HUSKY_HOOK_LINE = 'handoff check --hook pre-push -- "$@"';

/** The block that runs the check; safe to append after other commands of an existing hook. */
export function hookBlock(): string {
  return `${HOOK_BLOCK_START}
# Checks that every active task has a fresh handoff (see docs/hooks.md of handoff-guard).
# Bypass once: git push --no-verify | HUSKY=0 git push (husky) | HANDOFF_SKIP=1 git push
case "\${HANDOFF_SKIP:-}" in
  "" | 0 | false | FALSE | False) ;;
  *) echo "handoff check: skipped (HANDOFF_SKIP is set)." >&2; exit 0 ;;
esac
if [ -x ./node_modules/.bin/handoff ]; then
  ./node_modules/.bin/handoff check --hook pre-push -- "$@" || exit $?
elif command -v handoff >/dev/null 2>&1; then
  handoff check --hook pre-push -- "$@" || exit $?
else
  npx --no-install handoff check --hook pre-push -- "$@" || exit $?
fi
${HOOK_BLOCK_END}
`;
}

/** A complete `pre-push` hook file (also the package's `hooks/pre-push`). */
export function hookScript(): string {
  return `#!/bin/sh
# handoff-guard pre-push hook: git passes the remote name and URL as arguments and the pushed refs
# on stdin; both reach \`handoff check --hook pre-push\`.
${hookBlock()}`;
}

/**
 * The block for a hook that already exists. It goes right after the hook's `#!` line, so an `exit`
 * later in the hook cannot skip it; and because the check and the rest of the hook both need git's
 * pushed-ref lines, it keeps them in a temporary file, runs the check on it, and hands the same lines
 * to the rest of the hook as its stdin. HANDOFF_SKIP skips only the check, never the user's hook.
 */
export function sharedStdinHookBlock(): string {
  return `${HOOK_BLOCK_START}
# Checks that every active task has a fresh handoff (see docs/hooks.md of handoff-guard).
# Bypass once: git push --no-verify | HUSKY=0 git push (husky) | HANDOFF_SKIP=1 git push
# git's pushed-ref lines are kept in a file so the rest of this hook reads them too.
handoff_refs=$(mktemp "\${TMPDIR:-/tmp}/handoff-pre-push.XXXXXX") || exit 1
cat > "$handoff_refs"
case "\${HANDOFF_SKIP:-}" in
  "" | 0 | false | FALSE | False)
    if [ -x ./node_modules/.bin/handoff ]; then handoff_cmd=./node_modules/.bin/handoff
    elif command -v handoff >/dev/null 2>&1; then handoff_cmd=handoff
    else handoff_cmd="npx --no-install handoff"
    fi
    $handoff_cmd check --hook pre-push -- "$@" < "$handoff_refs" || {
      handoff_status=$?
      rm -f "$handoff_refs"
      exit $handoff_status
    }
    ;;
  *) echo "handoff check: skipped (HANDOFF_SKIP is set)." >&2 ;;
esac
exec < "$handoff_refs"
rm -f "$handoff_refs"
${HOOK_BLOCK_END}
`;
}

/** Interpreters the block can be put into: POSIX shells, by the hook's `#!` line. */
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash)\b/;

/**
 * The hook with the block added after its `#!` line, or undefined when the hook is not a shell script
 * (a Python or Node hook cannot run shell code: the user adds the call in its own language).
 */
export function addBlockToExistingHook(existing: string): string | undefined {
  const newline = existing.indexOf('\n');
  const first = newline === -1 ? existing : existing.slice(0, newline);
  if (!SHELL_SHEBANG.test(first)) return undefined;
  const rest = newline === -1 ? '' : existing.slice(newline + 1);
  const ending = rest === '' || rest.endsWith('\n') ? '' : '\n';
  return `${first}\n${sharedStdinHookBlock()}${rest}${ending}`;
}

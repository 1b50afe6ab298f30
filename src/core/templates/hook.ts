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

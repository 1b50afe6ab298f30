/**
 * The command git runs as the registry's merge driver (`git config merge.handoff-registry.driver`).
 * git runs it with `sh -c` at the top of the work tree, `%O %A %B %P` replaced by the three versions
 * and the path. It finds the CLI as the pre-push hook does (templates/hook.ts): the work tree's
 * node_modules/.bin, then the main checkout's (a linked `git worktree` has none of its own), then PATH.
 *
 * It never runs `npx`: npx that finds no program fails like a driver that found conflicts, and git
 * then leaves the current branch's registry in place with no conflict markers, where `git add` would
 * silently drop the other branch's edit. With no CLI found, git's own line merge (`git merge-file`)
 * writes the result, markers and all, and says why: nothing is lost.
 */

/** Single quotes around the script; `'` inside it would end them (there is none, and a test checks). */
const SCRIPT = [
  'for h in ./node_modules/.bin/handoff "$(git rev-parse --git-common-dir 2>/dev/null)/../node_modules/.bin/handoff"; do',
  'if [ -x "$h" ]; then exec "$h" merge-registry "$@"; fi; done;',
  'if command -v handoff >/dev/null 2>&1; then exec handoff merge-registry "$@"; fi;',
  'echo "handoff-guard: no handoff program found here, so the registry is merged line by line (git merge-file)" >&2;',
  'exec git merge-file -L ours -L base -L theirs "$2" "$1" "$3"',
].join(' ');

/** What `handoff init` writes as the driver. */
export const REGISTRY_MERGE_DRIVER_COMMAND = `sh -c '${SCRIPT}' handoff-registry %O %A %B %P`;

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  loadConfig
} from "./chunk-YGYZ5CJU.js";
import {
  EXIT
} from "./chunk-VM6H5HU7.js";
import {
  findRepoRoot
} from "./chunk-WV5WTJR3.js";
import {
  GitCommandManager
} from "./chunk-5FPLOXQZ.js";
import {
  CONFIG_FILES,
  writeTextAtomic
} from "./chunk-YLBT3DIN.js";
import "./chunk-MATBB7BT.js";
import "./chunk-OFRVZ7MX.js";
import {
  InputError
} from "./chunk-AVNUWBDK.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/init.ts
import { chmod, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

// src/core/templates/hook.ts
var HOOK_BLOCK_START = "# >>> handoff-guard pre-push >>>";
var HOOK_BLOCK_END = "# <<< handoff-guard pre-push <<<";
var HUSKY_HOOK_LINE = 'handoff check --hook pre-push -- "$@"';
function hookBlock() {
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
function hookScript() {
  return `#!/bin/sh
# handoff-guard pre-push hook: git passes the remote name and URL as arguments and the pushed refs
# on stdin; both reach \`handoff check --hook pre-push\`.
${hookBlock()}`;
}
function sharedStdinHookBlock() {
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
var SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash)\b/;
function addBlockToExistingHook(existing) {
  const newline = existing.indexOf("\n");
  const first = newline === -1 ? existing : existing.slice(0, newline);
  if (!SHELL_SHEBANG.test(first)) return void 0;
  const rest = newline === -1 ? "" : existing.slice(newline + 1);
  const ending = rest === "" || rest.endsWith("\n") ? "" : "\n";
  return `${first}
${sharedStdinHookBlock()}${rest}${ending}`;
}

// src/core/templates/workflow.ts
function workflowTemplate() {
  return `name: Handoff Guard
on:
  pull_request:
    types: [opened, synchronize, reopened, labeled, unlabeled]
permissions:
  contents: read
  pull-requests: write
jobs:
  handoff:
    name: handoff
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: handoff-guard/handoff-guard@v0
        with:
          mode: block
`;
}

// src/cli/commands/init.ts
var CONFIG_SCHEMA_REF = "./node_modules/handoff-guard/schema/handoff-config.schema.json";
var WORKFLOW_FILE = ".github/workflows/handoff-guard.yml";
async function run(options, ctx) {
  const root = await findRepoRoot(ctx.cwd);
  const say = (line) => ctx.stdout.write(`${line}
`);
  const { config, file: configFile } = await loadConfig(root);
  const hook = options.hook !== false ? await planHook(root) : void 0;
  if (await createIfMissing(join(root, config.registry), "{}\n")) say(`created ${config.registry}`);
  else say(`exists  ${config.registry} (left as is)`);
  if (configFile === void 0) {
    const starter = {
      $schema: CONFIG_SCHEMA_REF,
      activeStatuses: config.activeStatuses,
      handoffDir: config.handoffDir,
      freshness: config.freshness,
      hook: config.hook
    };
    await writeTextAtomic(join(root, CONFIG_FILES[0]), `${JSON.stringify(starter, null, 2)}
`);
    say(`created ${CONFIG_FILES[0]}`);
  } else {
    say(`exists  ${configFile} (config left as is)`);
  }
  const handoffDir = join(root, config.handoffDir);
  await mkdir(handoffDir, { recursive: true });
  if ((await readdir(handoffDir)).length === 0) {
    await writeFile(join(handoffDir, ".gitkeep"), "");
    say(`created ${config.handoffDir}/`);
  } else {
    say(`exists  ${config.handoffDir}/`);
  }
  if (hook) say(await applyHook(hook));
  else say("skipped the pre-push hook (--no-hook)");
  if (options.workflow) {
    if (await createIfMissing(join(root, WORKFLOW_FILE), workflowTemplate())) say(`created ${WORKFLOW_FILE}`);
    else
      say(`exists  ${WORKFLOW_FILE} (not overwritten; delete it and run again to get the current template)`);
  }
  return EXIT.ok;
}
async function planHook(root) {
  const git = GitCommandManager.create(root);
  const hooksPath = await git.configGet("core.hooksPath");
  const usesHusky = await isDirectory(join(root, ".husky")) || hooksPath !== void 0 && /^\.husky(\/_)?\/?$/.test(hooksPath);
  if (usesHusky) {
    const file2 = join(root, ".husky", "pre-push");
    const existing2 = await readIfExists(file2);
    if (existing2?.includes(HUSKY_HOOK_LINE))
      return { file: file2, message: "hook already installed in .husky/pre-push" };
    const note = hooksPath?.startsWith(".husky") ? "" : " (run `npx husky` once so git uses .husky/)";
    return {
      file: file2,
      text: existing2 === void 0 ? `${HUSKY_HOOK_LINE}
` : `${withNewline(existing2)}${HUSKY_HOOK_LINE}
`,
      message: `${existing2 === void 0 ? "created" : "added the check to"} .husky/pre-push${note}`
    };
  }
  const file = await git.gitPath("hooks/pre-push");
  const shown = relative(root, file) || file;
  const existing = await readIfExists(file);
  if (existing?.includes(HOOK_BLOCK_START)) return { file, message: `hook already installed in ${shown}` };
  const text = existing === void 0 ? hookScript() : addBlockToExistingHook(existing);
  if (text === void 0) {
    throw new InputError(
      `${shown} exists and is not a shell script, so the check cannot be added to it: call \`handoff check --hook pre-push -- <remote> <url>\` from it with git's stdin, or run \`handoff init --no-hook\``,
      { file: shown, line: 1 },
      "hook/not-shell"
    );
  }
  return {
    file,
    text,
    message: existing === void 0 ? `installed ${shown}` : `added the check to the existing ${shown}`
  };
}
async function applyHook(plan) {
  if (plan.text !== void 0) {
    await mkdir(dirname(plan.file), { recursive: true });
    await writeTextAtomic(plan.file, plan.text);
  }
  await chmod(plan.file, 493);
  return plan.message;
}
async function createIfMissing(path, text) {
  if (await isDirectory(path) || await readIfExists(path) !== void 0) return false;
  await writeTextAtomic(path, text);
  return true;
}
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    throw error;
  }
}
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
function withNewline(text) {
  return text === "" || text.endsWith("\n") ? text : `${text}
`;
}
export {
  CONFIG_SCHEMA_REF,
  run
};

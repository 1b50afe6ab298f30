#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  huskyHookMissingNote,
  isHuskyHooksPath
} from "./chunk-OBB7BCS7.js";
import {
  shellWord
} from "./chunk-MLNENVTA.js";

// src/core/templates/hook.ts
var HOOK_BLOCK_START = "# >>> handoff-guard pre-push >>>";
var HOOK_BLOCK_END = "# <<< handoff-guard pre-push <<<";
var HOOK_COMMAND = "handoff check --hook pre-push";
var NO_EXTRA_CA = "NODE_EXTRA_CA_CERTS=";
var HUSKY_HOOK_LINE = `${NO_EXTRA_CA} ${HOOK_COMMAND} -- "$@"`;
function notInstalled(removal = "the handoff-guard block (its '# >>>' line to its '# <<<' line) from $0") {
  return `handoff check: handoff-guard is not installed here (no node_modules/.bin/handoff, no handoff on PATH or for npx): run npm ci (or npm install), then push again; to push without the check once: HANDOFF_SKIP=1 git push; if handoff-guard was removed on purpose, delete ${removal}`;
}
var NOT_INSTALLED = notInstalled();
var ROOT_CLI = "./node_modules/.bin/handoff";
function binOf(cli) {
  return cli === "handoff" ? ROOT_CLI.slice(2) : cli.replace(/^\.\//, "");
}
function huskyHookLine(cli) {
  return binOf(cli) === binOf(ROOT_CLI) ? HUSKY_HOOK_LINE : checkRun(`./${binOf(cli)}`, '"$@"');
}
function lefthookJob(cli) {
  return {
    name: "handoff",
    run: hookCommand(cli, "{1} {2}", "the handoff job from lefthook.yml"),
    use_stdin: true
  };
}
function simpleGitHooksCommand(cli) {
  return hookCommand(cli, '"$@"', "this command from 'simple-git-hooks' in package.json");
}
function managerCommandWithCurrentCheck(command, args, current) {
  const ours = earlierManagerCheck(command, args);
  if (ours === void 0 || ours === current) return void 0;
  return `${current}${command.slice(ours.length)}`;
}
function earlierManagerCheck(command, args) {
  const escaped = args.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const line = new RegExp(
    `^${NO_EXTRA_CA} (?:handoff|\\./(?:[\\w.@+-]+/)*node_modules/\\.bin/handoff) check --hook pre-push -- ${escaped}(?= && |$)`
  ).exec(command)?.[0];
  if (line !== void 0) return line;
  const start = `(${SKIP_CASE.map((l) => l.trim()).join(" ")}; `;
  const end = "; exit 1; fi)";
  const at = command.indexOf(end);
  if (!command.startsWith(start) || at === -1) return void 0;
  const subshell = command.slice(0, at + end.length);
  const rest = command.slice(subshell.length);
  return subshell.includes(` check --hook pre-push -- ${args};`) && (rest === "" || rest.startsWith(" && ")) ? subshell : void 0;
}
function preCommitHook(cli, stage) {
  return {
    id: "handoff",
    name: "handoff check",
    entry: cliCommand(cli),
    language: "system",
    pass_filenames: false,
    always_run: true,
    stages: [stage]
  };
}
function cliCommand(cli) {
  return cli === "handoff" ? HOOK_COMMAND : HOOK_COMMAND.replace(/^handoff/, cli);
}
var SKIP_CASE = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code, not a template
  'case "${HANDOFF_SKIP:-}" in',
  '  "" | 0 | false | FALSE | False) ;;',
  '  *) echo "handoff check: skipped (HANDOFF_SKIP is set)." >&2; exit 0 ;;',
  "esac"
];
function cliLookup(bin) {
  return [
    { test: [`[ -x ./${bin} ]`], program: `./${bin}` },
    {
      test: [
        `handoff_main="$(git rev-parse --git-common-dir 2>/dev/null)/../${bin}"`,
        '[ -x "$handoff_main" ]'
      ],
      program: '"$handoff_main"'
    },
    { test: ["command -v handoff >/dev/null 2>&1"], program: "handoff" },
    { test: ["npx --no-install handoff --version >/dev/null 2>&1"], program: "npx --no-install handoff" }
  ];
}
function lookupBranches(bin, run, indent) {
  return cliLookup(bin).map(({ test, program }, i) => {
    const keyword = i === 0 ? "if" : "elif";
    return indent === void 0 ? `${keyword} ${test.join(" && ")}; then ${run(program)};` : `${indent}${keyword} ${test.join(` &&
${indent}  `)}; then
${indent}  ${run(program)}
`;
  }).join(indent === void 0 ? " " : "");
}
function checkRun(program, args) {
  return `${NO_EXTRA_CA} ${cliCommand(program)} -- ${args}`;
}
function hookCommand(cli, args, removal) {
  const branches = lookupBranches(binOf(cli), (program) => checkRun(program, args));
  const skip = SKIP_CASE.map((line) => line.trim()).join(" ");
  return `(${skip}; ${branches} else echo "${notInstalled(removal)}" >&2; exit 1; fi)`;
}
function hookBlock(cli = ROOT_CLI) {
  const bin = binOf(cli);
  return `${HOOK_BLOCK_START}
# Checks that every active task has a fresh handoff (see docs/hooks.md of handoff-guard).
# Bypass once: git push --no-verify | HANDOFF_SKIP=1 git push
${SKIP_CASE.join("\n")}
# NODE_EXTRA_CA_CERTS is emptied for the check only: it makes no TLS connection, and node would
# spend longer loading that CA bundle than the check takes.
# A linked worktree (git worktree add) has no node_modules of its own: the main checkout's serves.
${lookupBranches(bin, (program) => `${checkRun(program, '"$@"')} || exit $?`, "")}else
  echo "${NOT_INSTALLED}" >&2
  exit 1
fi
${HOOK_BLOCK_END}
`;
}
function hookScript(cli = ROOT_CLI) {
  return `#!/bin/sh
# handoff-guard pre-push hook: git passes the remote name and URL as arguments and the pushed refs
# on stdin; both reach \`handoff check --hook pre-push\`.
${hookBlock(cli)}`;
}
function sharedStdinHookBlock(cli = ROOT_CLI) {
  const lookup = lookupBranches(
    binOf(cli),
    (program) => `${checkRun(program, '"$@"')} < "$handoff_refs" || handoff_status=$?`,
    "    "
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
function huskyHookWithCheck(existing, cli = ROOT_CLI) {
  return inLineEndingsOf(existing, (text) => huskyHookWithCheckLf(text, cli));
}
function huskyHookWithCheckLf(existing, cli) {
  const line = huskyHookLine(cli);
  const lines = (existing ?? "").split("\n").filter((l) => l.trim() !== HUSKY_HOOK_LINE && l.trim() !== line);
  if (lines.every((l) => l.trim() === "")) return hookBlock(cli);
  let at = 0;
  if (lines[0]?.startsWith("#!")) {
    if (!SHELL_SHEBANG.test(lines[0])) return void 0;
    at = 1;
  }
  const sourcing = lines.findIndex((line2, index) => index >= at && HUSKY_SOURCING.test(line2));
  if (sourcing !== -1 && lines.slice(at, sourcing).every(isBlankOrComment)) at = sourcing + 1;
  return withBlockAfter(lines, at, cli);
}
function withBlockAfter(lines, at, cli) {
  const head = lines.slice(0, at).map((line) => `${line}
`).join("");
  const rest = lines.slice(at).join("\n");
  return `${head}${sharedStdinHookBlock(cli)}${rest}${rest === "" || rest.endsWith("\n") ? "" : "\n"}`;
}
function runsCheck(entry) {
  const text = typeof entry === "string" ? entry : JSON.stringify(entry ?? null);
  return text.includes(HOOK_COMMAND.replace(/^handoff /, ""));
}
function huskyHookRunsCheckFirst(text, cli = ROOT_CLI) {
  if (text.includes(HOOK_BLOCK_START)) return true;
  const commands = text.split("\n").filter((line) => !isBlankOrComment(line) && !HUSKY_SOURCING.test(line));
  return commands.length > 1 && commands[0]?.trim() === huskyHookLine(cli);
}
function isBlankOrComment(line) {
  const trimmed = line.trim();
  return trimmed === "" || trimmed.startsWith("#");
}
var HUSKY_SOURCING = /^\s*\.\s+.*\/_\/husky\.sh["']?\s*$/;
var SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash)\b/;
function addBlockToExistingHook(existing, cli = ROOT_CLI) {
  return inLineEndingsOf(existing, (text) => {
    const lines = (text ?? "").split("\n");
    return SHELL_SHEBANG.test(lines[0] ?? "") ? withBlockAfter(lines, 1, cli) : void 0;
  });
}
function inLineEndingsOf(existing, edit) {
  if (existing === void 0 || !existing.includes("\r\n")) return edit(existing);
  return edit(existing.replace(/\r\n/g, "\n"))?.replace(/\n/g, "\r\n");
}
function hookWithCurrentBlock(text, cli = ROOT_CLI) {
  return inLineEndingsOf(text, (hook = "") => {
    const start = hook.startsWith(HOOK_BLOCK_START) ? 0 : hook.indexOf(`
${HOOK_BLOCK_START}`) + 1;
    if (start === 0 && !hook.startsWith(HOOK_BLOCK_START)) return void 0;
    const endMarker = hook.indexOf(`
${HOOK_BLOCK_END}`, start);
    if (endMarker === -1) return void 0;
    const lineEnd = hook.indexOf("\n", endMarker + 1);
    const end = lineEnd === -1 ? hook.length : lineEnd + 1;
    const [before, block, after] = [hook.slice(0, start), hook.slice(start, end), hook.slice(end)];
    const ownCommands = `${before}${after}`.split("\n").some((line) => !isBlankOrComment(line));
    const current = ownCommands ? sharedStdinHookBlock(cli) : hookBlock(cli);
    return block === current ? void 0 : `${before}${current}${after}`;
  });
}

// src/adapters/husky-here.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
async function huskyHookNote(git, top) {
  let text;
  try {
    text = readFileSync(join(top, ".husky", "pre-push"), "utf8");
  } catch {
    return void 0;
  }
  if (!runsCheck(text)) return void 0;
  const hooksPath = await git.configGet("core.hooksPath").catch(() => void 0);
  if (!isHuskyHooksPath(hooksPath)) return void 0;
  const hookFile = await git.gitPath("hooks/pre-push");
  if (existsSync(hookFile)) return void 0;
  let runHusky = "npx husky";
  if (!existsSync(join(top, "node_modules", ".bin", "husky"))) {
    const common = (await git.exec(["rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
    const main = dirname(common);
    if (main !== top && existsSync(join(main, "node_modules", ".bin", "husky")))
      runHusky = `npx --prefix ${shellWord(main)} husky`;
  }
  return huskyHookMissingNote({ hooksPath, huskyRunsCheck: true, hookFileHere: false, runHusky });
}

export {
  HOOK_BLOCK_START,
  HOOK_COMMAND,
  ROOT_CLI,
  lefthookJob,
  simpleGitHooksCommand,
  managerCommandWithCurrentCheck,
  preCommitHook,
  hookScript,
  huskyHookWithCheck,
  runsCheck,
  huskyHookRunsCheckFirst,
  addBlockToExistingHook,
  hookWithCurrentBlock,
  huskyHookNote
};

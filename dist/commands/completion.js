#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT
} from "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/completion.ts
var REV_OPTIONS = /* @__PURE__ */ new Set(["--base", "--head", "--from", "--to"]);
var DIR_OPTIONS = /* @__PURE__ */ new Set(["--cwd", "--out"]);
function describeOption(option) {
  const flags = [option.short, option.long].filter((f) => typeof f === "string");
  const takesValue = option.required || option.optional;
  const long = option.long ?? "";
  const value = !takesValue ? void 0 : option.argChoices ? { choices: [...option.argChoices] } : REV_OPTIONS.has(long) ? "rev" : DIR_OPTIONS.has(long) ? "dir" : "file";
  return { flags, description: option.description, ...value === void 0 ? {} : { value } };
}
var HELP = { flags: ["-h", "--help"], description: "display help" };
function describeProgram(program) {
  return {
    program: program.name(),
    options: [...program.options.map(describeOption), HELP],
    commands: program.commands.map((command) => ({
      name: command.name(),
      description: command.description(),
      options: [...command.options.map(describeOption), HELP],
      args: command.registeredArguments.flatMap((arg) => arg.argChoices ?? [])
    }))
  };
}
function completionScript(shell, spec) {
  if (shell === "bash") return bashScript(spec);
  if (shell === "zsh") return zshScript(spec);
  return fishScript(spec);
}
var shellWords = (words) => words.join(" ");
var bashName = (program) => `_${program.replace(/[^A-Za-z0-9_]/g, "_")}`;
function bashScript(spec) {
  const fn = bashName(spec.program);
  const valueCases = (options) => options.filter((o) => o.value !== void 0).map((o) => {
    const pattern = o.flags.join("|");
    if (o.value === "rev")
      return `      ${pattern}) COMPREPLY=($(compgen -W "$(${fn}_refs)" -- "$cur")); return ;;`;
    if (o.value === "dir") return `      ${pattern}) COMPREPLY=($(compgen -d -- "$cur")); return ;;`;
    if (o.value === "file") return `      ${pattern}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`;
    const choices = o.value.choices;
    return `      ${pattern}) COMPREPLY=($(compgen -W "${shellWords(choices)}" -- "$cur")); return ;;`;
  });
  const globalValueFlags = spec.options.filter((o) => o.value !== void 0).flatMap((o) => o.flags);
  const commandCases = spec.commands.map((command) => {
    const words = [...command.options.flatMap((o) => o.flags), ...command.args];
    return [
      `    ${command.name})`,
      '      case "$prev" in',
      ...valueCases(command.options),
      "      esac",
      `      words="${shellWords(words)}" ;;`
    ].join("\n");
  });
  return `# ${spec.program} completion for bash. Load it with:  eval "$(${spec.program} completion bash)"
# (in ~/.bashrc), or save it as ~/.local/share/bash-completion/completions/${spec.program}.
${fn}_refs() {
  git for-each-ref --format='%(refname:short)' refs/heads refs/remotes refs/tags 2>/dev/null
  printf '%s\\n' HEAD
}
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${globalValueFlags.join("|") || "--"}) ((i++)) ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command" in
    "")
      case "$prev" in
${valueCases(spec.options).map((line) => `  ${line}`).join("\n")}
      esac
      words="${shellWords([...spec.options.flatMap((o) => o.flags), ...spec.commands.map((c) => c.name)])}" ;;
${commandCases.join("\n")}
    *) return ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F ${fn} ${spec.program}
`;
}
var zshDescription = (text) => text.replace(/[[\]]/g, (b) => b === "[" ? "(" : ")").replace(/'/g, "'\\''").replace(/:/g, "\\:");
function zshOptionSpecs(options) {
  return options.flatMap(
    (o) => o.flags.map((flag) => {
      const action = o.value === void 0 ? "" : o.value === "rev" ? ":revision:__handoff_refs" : o.value === "dir" ? ":folder:_files -/" : o.value === "file" ? ":file:_files" : `:value:(${o.value.choices.join(" ")})`;
      return `'${flag}[${zshDescription(o.description)}]${action}'`;
    })
  );
}
function zshScript(spec) {
  const commands = spec.commands.map(
    (c) => `    '${zshDescription(c.name)}:${zshDescription(c.description)}'`
  );
  const cases = spec.commands.map((c) => {
    const specs = zshOptionSpecs(c.options);
    if (c.args.length > 0) specs.push(`'1:${c.name}:(${c.args.join(" ")})'`);
    return `        ${c.name}) _arguments ${specs.join(" ")} '*:file:_files' ;;`;
  });
  return `#compdef ${spec.program}
# ${spec.program} completion for zsh. Load it with:  eval "$(${spec.program} completion zsh)"  (after compinit, in
# ~/.zshrc), or save it as _${spec.program} in a folder of your $fpath.
__handoff_refs() {
  local -a refs
  refs=(HEAD \${(f)"$(git for-each-ref --format='%(refname:short)' refs/heads refs/remotes refs/tags 2>/dev/null)"})
  _describe -t refs 'git ref' refs
}
_${spec.program}() {
  local curcontext="$curcontext" state line
  local -a commands
  commands=(
${commands.join("\n")}
  )
  _arguments -C ${zshOptionSpecs(spec.options).join(" ")} '1:command:->command' '*::argument:->argument'
  case $state in
    command) _describe -t commands '${spec.program} command' commands ;;
    argument)
      case $words[1] in
${cases.join("\n")}
      esac ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _${spec.program} "$@"
else
  compdef _${spec.program} ${spec.program}
fi
`;
}
var fishQuote = (text) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
function fishOptionLines(program, condition, options) {
  return options.map((o) => {
    const parts = [`complete -c ${program} -n ${fishQuote(condition)}`];
    for (const flag of o.flags)
      parts.push(flag.startsWith("--") ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`);
    if (o.value === "rev") parts.push(`-x -a ${fishQuote("(__handoff_refs)")}`);
    else if (o.value === "dir") parts.push(`-x -a ${fishQuote("(__fish_complete_directories)")}`);
    else if (o.value === "file") parts.push("-r -F");
    else if (o.value !== void 0) parts.push(`-x -a ${fishQuote(o.value.choices.join(" "))}`);
    parts.push(`-d ${fishQuote(o.description)}`);
    return parts.join(" ");
  });
}
function fishScript(spec) {
  const p = spec.program;
  const names = spec.commands.map((c) => c.name).join(" ");
  const lines = [
    `# ${p} completion for fish. Load it with:  ${p} completion fish | source  (in config.fish), or save it`,
    `# as ~/.config/fish/completions/${p}.fish.`,
    "function __handoff_refs",
    "    echo HEAD; git for-each-ref --format='%(refname:short)' refs/heads refs/remotes refs/tags 2>/dev/null",
    "end",
    `complete -c ${p} -f`,
    ...fishOptionLines(p, `not __fish_seen_subcommand_from ${names}`, spec.options),
    ...spec.commands.map(
      (c) => `complete -c ${p} -n ${fishQuote(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${fishQuote(c.description)}`
    ),
    ...spec.commands.flatMap((c) => [
      ...fishOptionLines(p, `__fish_seen_subcommand_from ${c.name}`, c.options),
      ...c.args.length > 0 ? [
        `complete -c ${p} -n ${fishQuote(`__fish_seen_subcommand_from ${c.name}`)} -a ${fishQuote(c.args.join(" "))}`
      ] : []
    ])
  ];
  return `${lines.join("\n")}
`;
}
async function run(options, ctx) {
  ctx.stdout.write(completionScript(options.shell, describeProgram(options.program)));
  return EXIT.ok;
}
export {
  completionScript,
  describeProgram,
  run
};

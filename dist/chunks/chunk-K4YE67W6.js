#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/cli/terminal-manners.ts
function colourWanted(env, stream) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}
var REPORT_COMMANDS = /* @__PURE__ */ new Set(["check", "validate", "init", "merge-registry"]);
var PLAIN_STDOUT_COMMANDS = /* @__PURE__ */ new Set(["draft", "completion"]);
function commandTerminalOptions(command, format, verbosity) {
  const plainText = format === void 0 || format === "text";
  return {
    verbosity,
    stdoutIsReport: REPORT_COMMANDS.has(command) && plainText,
    colourStdout: !PLAIN_STDOUT_COMMANDS.has(command) && plainText
  };
}
function streamManners(ctx, options) {
  const quiet = options.verbosity === "quiet";
  return {
    stdout: {
      colour: options.colourStdout && colourWanted(ctx.env, ctx.stdout),
      hold: quiet && options.stdoutIsReport
    },
    stderr: { colour: colourWanted(ctx.env, ctx.stderr), hold: quiet }
  };
}
function mannersApply({ stdout, stderr }) {
  return stdout.colour || stdout.hold || stderr.colour || stderr.hold;
}
function withVerbosity(ctx, verbosity) {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx));
  copy.verbosity = verbosity;
  return copy;
}
async function terminalFor(ctx, options) {
  const manners = streamManners(ctx, options);
  if (!mannersApply(manners)) return { ctx: withVerbosity(ctx, options.verbosity), finish: () => void 0 };
  const { terminalContext } = await import("./terminal-6YZ3PO3V.js");
  return terminalContext(ctx, options, manners);
}

export {
  commandTerminalOptions,
  streamManners,
  withVerbosity,
  terminalFor
};

#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  STDIN_NAME
} from "./chunk-X2JOUVYR.js";
import {
  InputError,
  asInProject,
  linkIssue,
  shellWord
} from "./chunk-MLNENVTA.js";

// src/cli/context.ts
import { existsSync, writeSync } from "node:fs";
import { isAbsolute, join, posix, relative, resolve, sep } from "node:path";

// src/adapters/clock.ts
function clockFrom(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    const fixed = Number(epoch) * 1e3;
    return () => new Date(fixed);
  }
  return () => /* @__PURE__ */ new Date();
}

// src/cli/context.ts
function processContext(options = {}) {
  const direct = (fd, stream) => descriptorOutput(fd, () => guarded(stream()), options.isatty);
  const directOutput = options.directOutput && process.platform !== "win32";
  const cwd = startedIn(process.env, process.cwd());
  return {
    cwd,
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: directOutput ? direct(1, () => process.stdout) : process.stdout,
    stderr: directOutput ? direct(2, () => process.stderr) : process.stderr,
    now: clockFrom(process.env),
    program: invocation(process.argv[1] ?? "", cwd, (folder) => existsSync(join(folder, "package.json")))
  };
}
function startedIn(env, cwd) {
  const typedIn = env.INIT_CWD;
  if (env.npm_command !== "exec" || typedIn === void 0 || !isAbsolute(typedIn)) return cwd;
  const ran = env.npm_lifecycle_script?.trim().split(/\s+/)[0]?.replace(/^['"]|['"]$/g, "");
  if (ran !== "handoff" && !ran?.endsWith("/handoff")) return cwd;
  const inside = relative(cwd, typedIn);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return cwd;
  return existsSync(typedIn) ? typedIn : cwd;
}
function invocation(bin, cwd, isProject) {
  const at = bin.search(/[\\/]node_modules[\\/]/);
  if (at <= 0) return "handoff";
  const project = bin.slice(0, at);
  const fromProject = relative(project, cwd);
  if (!fromProject.startsWith("..") && !isAbsolute(fromProject)) return "npx handoff";
  return isProject(project) ? `npx --prefix ${shellWord(project)} handoff` : "handoff";
}
function descriptorOutput(fd, stream, isatty) {
  let made;
  const viaStream = () => {
    made ??= stream();
    return made;
  };
  let closed = false;
  return {
    write(text) {
      if (made) return made.write(text);
      if (closed) return true;
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = error.code;
        if (code === "EPIPE") closed = true;
        else if (code === "EAGAIN") viaStream().write(bytes.subarray(written));
        else throw error;
      }
      return true;
    },
    // Asked of the descriptor when `isatty` is given: making the stream only to ask would cost what
    // this output saves. (The hook never asks, and its bundle does not load node:tty for it.)
    get isTTY() {
      return made || !isatty ? viaStream().isTTY : isatty(fd);
    },
    get streamed() {
      return made !== void 0;
    }
  };
}
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };
function ignoreClosedPipes() {
  guarded(process.stdout);
  guarded(process.stderr);
}
function guarded(stream) {
  return stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
function projectFromHere(ctx, projectRoot) {
  return relative(resolve(ctx.startedIn ?? ctx.cwd), projectRoot).split(sep).join("/");
}
function pathsFromHere(ctx, projectRoot) {
  if (relative(resolve(ctx.startedIn ?? ctx.cwd), projectRoot) === "") return asInProject;
  const fromHere = filesFromHere(ctx, projectRoot);
  return (path) => linkIssue(path) !== void 0 ? path : fromHere(path);
}
function filesFromHere(ctx, root) {
  const here = resolve(ctx.startedIn ?? ctx.cwd);
  return (path) => relative(here, resolve(root, path)).split(sep).join("/") || ".";
}
function commandsFromHere(ctx, folder) {
  const there = projectFromHere(ctx, folder);
  return there === "" ? (command) => command : (command) => `cd ${shellWord(there)} && ${command}`;
}
function programOn(program, ctx, projectRoot) {
  const there = projectFromHere(ctx, projectRoot);
  return there === "" ? program : `${program} -C ${shellWord(there)}`;
}
function namedFromHere(error, shown) {
  return error instanceof InputError ? error.renamed((file) => file === STDIN_NAME ? file : shown(file)) : error;
}
async function namingFilesBy(shown, work) {
  try {
    return await work();
  } catch (error) {
    throw namedFromHere(error, shown);
  }
}

export {
  processContext,
  EXIT,
  ignoreClosedPipes,
  pathsFromHere,
  filesFromHere,
  commandsFromHere,
  programOn,
  namingFilesBy
};

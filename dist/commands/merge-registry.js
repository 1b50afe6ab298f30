#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  mergeRegistryFiles
} from "../chunks/chunk-IN3NQHYU.js";
import "../chunks/chunk-3VXYNT5A.js";
import "../chunks/chunk-BNLDGPFM.js";
import "../chunks/chunk-T5QRKEOB.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-WJKR2G64.js";
import "../chunks/chunk-7E5CRINH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import {
  findRepoRoot
} from "../chunks/chunk-HUG4EZO3.js";
import {
  EXIT
} from "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import {
  InputError,
  shellWord
} from "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/merge-registry.ts
async function run(options, ctx) {
  const [base, current, other, path] = options.files;
  if (base === void 0 || current === void 0 || other === void 0) {
    throw new InputError(
      "merge-registry needs the three files git passes a merge driver: <base> <current> <other> [path]",
      {},
      "usage/merge-registry"
    );
  }
  const displayPath = path ?? current;
  const repoRoot = await findRepoRoot(ctx.cwd).catch(() => void 0);
  const outcome = await mergeRegistryFiles({ base, current, other, displayPath }, repoRoot);
  const say = (line) => ctx.stderr.write(`handoff merge-registry: ${displayPath}: ${line}
`);
  if (outcome.lineMerge) say(`merged line by line with git merge-file: ${outcome.lineMerge}`);
  for (const choice of outcome.choices) {
    const left = choice.leftTask ? `; ${choice.leftTask}, the other side's task of "${choice.agent}", is no longer in the registry (an agent holds one task at a time), so work on it is checked for no task: give each task branch its own agent name, or \`${ctx.program ?? "handoff"} start --task ${shellWord(choice.leftTask)} --agent <another name>\`` : "";
    say(
      `agent "${choice.agent}" changed on both sides; kept ${choice.side} for ${choice.fields.join(", ")} (${choice.why})${left}`
    );
  }
  if (outcome.conflicts.length === 0) return EXIT.ok;
  for (const conflict of outcome.conflicts) say(`CONFLICT: ${conflict}`);
  say(
    `keep one side of each block between <<<<<<< and >>>>>>> (delete the marker lines), then run \`${ctx.program ?? "handoff"} validate\` and \`git add ${displayPath}\``
  );
  return EXIT.stale;
}
export {
  run
};

/**
 * `handoff init [--workflow] [--no-hook] [--no-merge-driver] [--format text|json]`: scaffolds what
 * the check needs — the registry, a starter config, the handoff folder and the pre-push hook: in the
 * config of the hook manager the repository uses (husky's `.husky/pre-push`, a lefthook job, a
 * pre-commit `repo: local` hook, simple-git-hooks' `pre-push` command), else the plain hook git runs,
 * honouring `core.hooksPath`. A manager's
 * generated hook is never edited. Safe to run again: nothing that exists is overwritten, and the
 * check is added once. It prints what it did and what is left to run: a line each, or with
 * `--format json` the same steps with the files written and the commands left (core/init-step.ts).
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { CONFIG_FILES, loadConfig, projectToInit } from '../../adapters/config-loader.js';
import { GitCommandManager } from '../../adapters/git.js';
import { huskyHookNote } from '../../adapters/husky-here.js';
import { refuseWritesOutside, writeTextAtomic } from '../../adapters/store.js';
import { listsWorkspace } from '../../adapters/workspace.js';
import { registerRegistryMergeDriver } from '../../app/registry-merge-driver.js';
import { InputError } from '../../core/errors.js';
import { filesFound, type InitStep, initReport, initReportShown, initStep } from '../../core/init-step.js';
import { isRecord } from '../../core/json-location.js';
import { listsDependency, manifestOf } from '../../core/package-manifest.js';
import { isAtOrInside, pathsInFolder, type ShownPath } from '../../core/paths.js';
import { type HookManager, hookManagerOf } from '../../core/pre-push.js';
import { commitPathsCommand } from '../../core/shell.js';
import {
  addBlockToExistingHook,
  type CliPath,
  HOOK_BLOCK_START,
  HOOK_COMMAND,
  hookScript,
  hookWithCurrentBlock,
  huskyHookRunsCheckFirst,
  huskyHookWithCheck,
  lefthookJob,
  managerCommandWithCurrentCheck,
  preCommitHook,
  ROOT_CLI,
  runsCheck,
  simpleGitHooksCommand,
} from '../../core/templates/hook.js';
import { workflowTemplate } from '../../core/templates/workflow.js';
import { type CommandContext, commandsFromHere, EXIT, filesFromHere, namingFilesBy } from '../context.js';

export interface InitOptions {
  workflow?: boolean;
  /** `--no-hook` sets this to false. */
  hook?: boolean;
  /** `--no-merge-driver` sets this to false. */
  mergeDriver?: boolean;
  format?: 'text' | 'json';
}

/**
 * Where editors fetch the config's JSON Schema: the schema's `$id`, the file on the repository's
 * moving `v0` tag (the tag the Action is used by), so it works before `npm install` and outside
 * node_modules, and changes only within the major version.
 */
export const CONFIG_SCHEMA_REF =
  'https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/handoff-config.schema.json';
const WORKFLOW_FILE = '.github/workflows/handoff-guard.yml';

export async function run(options: InitOptions, ctx: CommandContext): Promise<number> {
  // In a monorepo package (`handoff init` in packages/a) the registry, config and handoff folder are
  // the package's; the hook, the merge driver and the workflow are the repository's.
  const place = await projectToInit(ctx.cwd);
  // Every file it names (the steps keep them from the repository root, as git takes them) is shown
  // from where it was run, and every command it prints runs from there: with `-C packages/a` at the
  // root, the package's config is `packages/a/.handoffrc.json`, not the root's `.handoffrc.json`.
  // The file of an error it stops on too.
  const shown = filesFromHere(ctx, place.repoRoot);
  return namingFilesBy(shown, () => initIn(options, ctx, place, shown));
}

async function initIn(
  options: InitOptions,
  ctx: CommandContext,
  { repoRoot, projectRoot: root, prefix, notAPackage }: Awaited<ReturnType<typeof projectToInit>>,
  shown: ShownPath,
): Promise<number> {
  const at: Whereabouts = { shown, atRoot: commandsFromHere(ctx, repoRoot) };
  const steps: InitStep[] = [];
  // Text is printed as it happens; JSON once, at the end.
  const json = options.format === 'json';
  const said = (step: InitStep) => {
    steps.push(step);
    if (!json) ctx.stdout.write(`${step.text}\n`);
  };
  if (notAPackage !== undefined) {
    // Run in a folder that is no package: the root is what it sets up, said first, with how to make
    // the folder a package (it printed only the root's files, as if they were the folder's).
    const named = shown(notAPackage) === '.' ? `this folder (${notAPackage})` : shown(notAPackage);
    said(
      initStep(
        'note',
        `note: ${named} is no package (no package.json, config or registry of its own, and the root config's "workspaces" does not list it): the repository's root is set up. To set it up as a package, list it in "workspaces" of the root config (or give it a package.json), then run init there again.`,
      ),
    );
  }
  /** A path of the project as the repository names it (the package's folder first, in a monorepo). */
  const inRepo = (path: string) => posix.normalize(prefix === '' ? path : `${prefix}/${path}`);
  // The project's config, its errors named from the repository's root as the steps' files.
  const { config, file: configFile } = await namingFilesBy(pathsInFolder(prefix), () => loadConfig(root));
  // Decided before anything is written: a hook the check cannot be added to stops init untouched.
  const hook = options.hook !== false ? await planHook(repoRoot, root, at) : undefined;
  const rootConfig = prefix === '' ? undefined : await planWorkspaceEntry(repoRoot, prefix);
  // Nothing is written through a committed symlink that leads out of the repository.
  await refuseWritesOutside(
    repoRoot,
    [
      join(root, config.registry),
      join(root, CONFIG_FILES[0]),
      join(root, config.handoffDir, '.gitkeep'),
      ...(rootConfig ? [join(repoRoot, rootConfig.file)] : []),
      ...(hook?.writes.map((w) => w.file) ?? []),
      ...(options.mergeDriver !== false ? [join(repoRoot, '.gitattributes')] : []),
      ...(options.workflow ? [join(repoRoot, WORKFLOW_FILE)] : []),
    ],
    'init',
  );

  // The registry keeps exactly the seed's shape: an empty object, no `$schema` key, until agents are added.
  const registryFile = { file: inRepo(config.registry) };
  if (await createIfMissing(join(root, config.registry), '{}\n'))
    said(initStep('created', `created ${shown(registryFile.file)}`, registryFile));
  else said(initStep('exists', `exists  ${shown(registryFile.file)} (left as is)`, registryFile));

  if (configFile === undefined) {
    const starter = {
      $schema: CONFIG_SCHEMA_REF,
      activeStatuses: config.activeStatuses,
      handoffDir: config.handoffDir,
      freshness: config.freshness,
      hook: config.hook,
    };
    await writeTextAtomic(join(root, CONFIG_FILES[0]), `${JSON.stringify(starter, null, 2)}\n`);
    const file = inRepo(CONFIG_FILES[0]);
    said(initStep('created', `created ${shown(file)}`, { file }));
  } else {
    const file = inRepo(configFile);
    said(initStep('exists', `exists  ${shown(file)} (config left as is)`, { file }));
  }

  const handoffDir = join(root, config.handoffDir);
  await mkdir(handoffDir, { recursive: true });
  // git does not track empty folders; a .gitkeep makes the folder part of the commit.
  const handoffFolder = `${shown(inRepo(config.handoffDir))}/`;
  if ((await readdir(handoffDir)).length === 0) {
    await writeFile(join(handoffDir, '.gitkeep'), '');
    said(
      initStep('created', `created ${handoffFolder} (with a .gitkeep, so git keeps it while empty)`, {
        file: inRepo(`${config.handoffDir}/.gitkeep`),
      }),
    );
  } else {
    said(initStep('exists', `exists  ${handoffFolder}`, { file: `${inRepo(config.handoffDir)}/` }));
  }

  if (rootConfig) {
    if (rootConfig.text !== undefined) {
      await writeTextAtomic(join(repoRoot, rootConfig.file), rootConfig.text);
      said(
        initStep(
          rootConfig.created ? 'created' : 'updated',
          `added ${prefix} to "workspaces" in ${shown(rootConfig.file)} (the root config): the check judges it`,
          { file: rootConfig.file },
        ),
      );
    } else {
      said(
        initStep('exists', `exists  ${prefix} in "workspaces" of ${shown(rootConfig.file)}`, {
          file: rootConfig.file,
        }),
      );
    }
  }

  if (hook) for (const step of await applyHook(hook)) said(step);
  else said(initStep('skipped', 'skipped the pre-push hook (--no-hook)'));

  const registryInRepo = prefix === '' ? config.registry : `${prefix}/${config.registry}`;
  if (options.mergeDriver !== false) {
    // git merges the registry entry by entry through `handoff merge-registry` (app/registry-merge-driver.ts).
    for (const step of await registerRegistryMergeDriver(repoRoot, registryInRepo, shown)) said(step);
  } else said(initStep('skipped', 'skipped the registry merge driver (--no-merge-driver)'));

  if (options.workflow) {
    const workflowFile = { file: WORKFLOW_FILE };
    if (await createIfMissing(join(repoRoot, WORKFLOW_FILE), workflowTemplate()))
      said(initStep('created', `created ${shown(WORKFLOW_FILE)}`, workflowFile));
    else
      said(
        initStep(
          'exists',
          `exists  ${shown(WORKFLOW_FILE)} (not overwritten; delete it and run again to get the current template)`,
          workflowFile,
        ),
      );
  }
  const report = initReport(steps, { repositoryRoot: repoRoot, project: prefix });
  // The check reads commits: until these are committed, a push judges nothing of them. Those an
  // earlier run wrote and nothing committed since are as much to commit as those written now. Of
  // the registry and the handoff folder, only what init writes (the registry while it was never
  // committed, the folder's .gitkeep): `start`, `draft` and `done` change the rest, and their changes
  // are no setup to commit under init's message.
  const found = filesFound(steps.filter((step) => !hook?.settled?.includes(step)));
  const handoffsIn = `${inRepo(config.handoffDir)}/`;
  const isInitsOwn = (path: string, state: 'new' | 'changed') =>
    path === registryFile.file
      ? state === 'new'
      : !isAtOrInside(path, handoffsIn) || path === `${handoffsIn}.gitkeep`;
  // The dependency the package manager just added (`npm install -D handoff-guard`), not committed yet,
  // is part of the setup: left out, a clone's `npm ci` installs no check, and its hook refuses every push.
  const manifestFiles = await installFiles(root, prefix);
  const asked = [...found, ...manifestFiles];
  const { changes, dependency } =
    asked.length === 0
      ? { changes: new Map<string, 'new' | 'changed'>(), dependency: [] as string[] }
      : await GitCommandManager.at(repoRoot, undefined, async (git) => {
          const changed = await git.changesSinceHead(asked);
          // Only while the commit has it not: an edit of a package.json that already lists it is the
          // user's, not init's to commit.
          const [manifest] = manifestFiles;
          const committed =
            manifest === undefined || !changed.has(manifest)
              ? true
              : listsDependency(manifestOf((await git.textAtHead(manifest)) ?? ''), 'handoff-guard');
          return { changes: changed, dependency: committed ? [] : manifestFiles };
        }).catch(() => ({ changes: new Map<string, 'new' | 'changed'>(), dependency: [] as string[] }));
  const uncommitted = [...changes]
    .filter(([path, state]) => !manifestFiles.includes(path) && isInitsOwn(path, state))
    .map(([path]) => path);
  // In the order of the steps, as a first run names them (git lists them its own way).
  const stepOf = (path: string) => found.findIndex((f) => isAtOrInside(path, f));
  const toCommit = [
    ...new Set([
      ...report.written,
      ...uncommitted.sort((a, b) => stepOf(a) - stepOf(b)),
      ...dependency.filter((path) => changes.has(path)),
    ]),
  ];
  const commit =
    toCommit.length > 0 ? commitPathsCommand(toCommit.map(shown), 'Set up handoff-guard') : undefined;
  if (json) {
    const next = commit === undefined ? report.next : [...report.next, commit];
    ctx.stdout.write(`${JSON.stringify({ ...initReportShown(report, shown), next }, null, 2)}\n`);
  } else if (commit !== undefined) ctx.stdout.write(`Next: commit them: ${commit}\n`);
  return EXIT.ok;
}

/**
 * The root config with the package folder `prefix` added to its `workspaces` (`created` when the
 * root has no config yet); `text` is undefined when a `workspaces` entry already covers it.
 */
async function planWorkspaceEntry(
  repoRoot: string,
  prefix: string,
): Promise<{ file: string; text?: string; created?: boolean }> {
  const { config, file } = await loadConfig(repoRoot);
  const covered = listsWorkspace(config.workspaces, prefix);
  const target = file ?? CONFIG_FILES[0];
  if (covered) return { file: target };
  if (file === undefined) {
    return {
      file: target,
      text: `${JSON.stringify({ $schema: CONFIG_SCHEMA_REF, workspaces: [prefix] }, null, 2)}\n`,
      created: true,
    };
  }
  const raw = JSON.parse(await readFile(join(repoRoot, file), 'utf8')) as Record<string, unknown>;
  const holder = (file === 'package.json' ? raw.handoff : raw) as Record<string, unknown>;
  holder.workspaces = [...((holder.workspaces as string[] | undefined) ?? []), prefix];
  return { file, text: `${JSON.stringify(raw, null, 2)}\n` };
}

/** What installing the hook writes (nothing when it is installed already) and says. */
interface HookPlan {
  writes: { file: string; text: string; executable?: boolean }[];
  messages: InitStep[];
  /**
   * The `exists` step of a config found with the check as HEAD has it: init has nothing in that
   * file to commit, whatever else of the user's is uncommitted there.
   */
  settled?: InitStep[];
}

/**
 * How init names what it prints for the user where they ran it: a file given from the repository
 * root (`filesFromHere`), and a command that runs at the root (`commandsFromHere`: `npx husky`,
 * `npx simple-git-hooks` read the folder they run in).
 */
interface Whereabouts {
  shown: ShownPath;
  atRoot: (command: string) => string;
}

/** What `init` looks at to decide where the check goes. */
interface HookFacts extends Whereabouts {
  root: string;
  /** The pre-push hook git runs (`--git-path`, honouring core.hooksPath) and its text. */
  hookFile: string;
  hookText?: string;
  hooksPath?: string;
  /** The hook the manager that ran it generated, if any. */
  generatedBy: HookManager;
  packageJson?: { text: string; data: Record<string, unknown> };
  cli: CliPath;
  /**
   * Whether `part` of a config file (from the root) is the same in HEAD's version as in `now`, its
   * text in the work tree (which the caller has read already).
   */
  unchangedSinceHead: (file: string, now: string, part: (text: string) => unknown) => Promise<boolean>;
}

/**
 * Where the pre-push check goes. A hook manager's generated hook is never edited (the manager
 * rewrites it, and the check would run twice): the check goes into that manager's own config. The
 * manager is the one whose hook git runs now, else the first whose config the repository has.
 */
async function planHook(root: string, projectRoot: string, at: Whereabouts): Promise<HookPlan> {
  const git = GitCommandManager.create(root);
  const hooksPath = await git.configGet('core.hooksPath');
  // A relative core.hooksPath is a folder of the working tree (git runs hooks from its top): its
  // path as written, not as `--git-path` resolves it, so a committed symlink there that leads out
  // of the repository is seen (and refused) before anything is written through it.
  const inTree =
    hooksPath !== undefined && hooksPath !== '' && !isAbsolute(hooksPath) && !hooksPath.startsWith('~')
      ? join(root, hooksPath, 'pre-push')
      : undefined;
  const hookFile = inTree ?? (await git.gitPath('hooks/pre-push'));
  const hookText = await readIfExists(hookFile);
  const packageText = await readIfExists(join(root, 'package.json'));
  const facts: HookFacts = {
    ...at,
    root,
    hookFile,
    generatedBy: hookManagerOf({
      env: {},
      hookPath: hookFile,
      ...(hookText === undefined ? {} : { hookText }),
    }),
    cli: await installedCli(root, projectRoot),
    unchangedSinceHead: async (file, now, part) => {
      const head = await git.textAtHead(file);
      if (head === undefined) return false;
      try {
        return JSON.stringify(part(head)) === JSON.stringify(part(now));
      } catch {
        return false;
      }
    },
  };
  if (hookText !== undefined) facts.hookText = hookText;
  if (hooksPath !== undefined) facts.hooksPath = hooksPath;
  if (packageText !== undefined)
    facts.packageJson = { text: packageText, data: parsePackageJson(packageText) };

  const lefthookConfig = await firstExisting(root, LEFTHOOK_CONFIGS);
  const preCommitConfig = await firstExisting(root, [PRE_COMMIT_CONFIG]);
  const simpleGitHooks = await simpleGitHooksConfig(root, facts.packageJson);
  const husky = (await isDirectory(join(root, '.husky'))) || /^\.husky(\/_)?\/?$/.test(hooksPath ?? '');

  const manager =
    facts.generatedBy !== 'plain'
      ? facts.generatedBy
      : preCommitConfig
        ? 'pre-commit'
        : lefthookConfig
          ? 'lefthook'
          : husky
            ? 'husky'
            : simpleGitHooks
              ? 'simple-git-hooks'
              : 'plain';
  switch (manager) {
    case 'husky':
      return planHusky(facts, git);
    case 'lefthook':
      return planLefthook(facts, lefthookConfig ?? 'lefthook.yml');
    case 'pre-commit':
      return planPreCommit(facts, preCommitConfig ?? PRE_COMMIT_CONFIG);
    case 'simple-git-hooks':
      return planSimpleGitHooks(facts, simpleGitHooks);
    default:
      return planPlain(facts);
  }
}

/** The plain hook file git runs; with husky listed in package.json but not set up, husky's file too. */
async function planPlain(facts: HookFacts): Promise<HookPlan> {
  const { root, hookFile: file, hookText: existing } = facts;
  // From the root as the steps keep it; from where init ran as it says it.
  const fromRoot = relative(root, file) || file;
  const shown = facts.shown(fromRoot);
  const plan: HookPlan = { writes: [], messages: [] };
  const refreshed = existing === undefined ? undefined : hookWithCurrentBlock(existing, facts.cli);
  if (refreshed !== undefined) {
    plan.writes.push({ file, text: refreshed, executable: true });
    plan.messages.push(blockUpdated(shown, fromRoot));
  } else if (existing?.includes(HOOK_BLOCK_START))
    plan.messages.push(initStep('exists', `hook already installed in ${shown}`, { file: fromRoot }));
  else {
    // An existing hook is kept: the check goes right after its `#!` line, sharing git's stdin with it.
    const text = existing === undefined ? hookScript(facts.cli) : addBlockToExistingHook(existing, facts.cli);
    if (text === undefined) {
      throw new InputError(
        `${fromRoot} exists and is not a shell script, so the check cannot be added to it: call \`handoff check --hook pre-push -- <remote> <url>\` from it with git's stdin, or run \`handoff init --no-hook\``,
        { file: fromRoot, line: 1 },
        'hook/not-shell',
      );
    }
    plan.writes.push({ file, text, executable: true });
    plan.messages.push(
      existing === undefined
        ? initStep('created', `installed ${shown}`, { file: fromRoot })
        : initStep('updated', `added the check to the existing ${shown}`, { file: fromRoot }),
    );
  }
  // `handoff init` before `husky init`: husky then points core.hooksPath at .husky/_ and git stops
  // running the hook above. Its .husky/pre-push is written now, so the check survives the switch.
  if (dependsOnHusky(facts.packageJson?.data)) {
    const husky = await planHuskyFile(facts);
    plan.writes.push(...husky.writes);
    plan.messages.push(
      ...husky.messages,
      initStep(
        'note',
        `note: husky is in ${facts.shown('package.json')} but not set up (core.hooksPath is not .husky/_). Once you run \`${facts.atRoot('npx husky init')}\` (or \`${facts.atRoot('npx husky')}\`), git runs ${facts.shown(HUSKY_FILE.file)} instead of the hook above; both run the check.`,
      ),
    );
  }
  return plan;
}

/** The step of a hook whose handoff-guard block an earlier version wrote, replaced by the current one. */
function blockUpdated(shown: string, file: string): InitStep {
  return initStep(
    'updated',
    `updated the handoff-guard block in ${shown} to the current version (the lines outside it left as they are)`,
    { file },
  );
}

async function planHusky(facts: HookFacts, git: GitCommandManager): Promise<HookPlan> {
  const plan = await planHuskyFile(facts);
  const first = plan.messages[0];
  if (first && !facts.hooksPath?.startsWith('.husky')) {
    first.command = facts.atRoot('npx husky');
    first.text += ` (run \`${first.command}\` once so git uses ${facts.shown('.husky')}/)`;
  }
  // The hook installed before husky was set up: git no longer runs it; say so rather than leave it
  // looking like the one that works.
  const commonDir = (await git.exec(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
  const oldHook = join(commonDir, 'hooks', 'pre-push');
  if (oldHook !== facts.hookFile && (await readIfExists(oldHook))?.includes(HOOK_BLOCK_START)) {
    plan.messages.push(
      initStep(
        'note',
        `note: ${facts.shown(oldHook)} also runs the check, but git does not run it while core.hooksPath is set: ${facts.shown(HUSKY_FILE.file)} does`,
      ),
    );
  }
  // A linked worktree husky has not run in: the hook is in place, and git still runs none here.
  const unhooked = await huskyHookNote(git, facts.root).catch(() => undefined);
  if (unhooked) plan.messages.push(initStep('note', `note: ${unhooked}`));
  return plan;
}

async function planHuskyFile({ root, cli, shown }: HookFacts): Promise<HookPlan> {
  const file = join(root, '.husky', 'pre-push');
  const name = shown(HUSKY_FILE.file);
  const existing = await readIfExists(file);
  const refreshed = existing === undefined ? undefined : hookWithCurrentBlock(existing, cli);
  if (refreshed !== undefined)
    return {
      writes: [{ file, text: refreshed, executable: true }],
      messages: [blockUpdated(name, HUSKY_FILE.file)],
    };
  if (existing !== undefined && huskyHookRunsCheckFirst(existing, cli))
    return {
      writes: [],
      messages: [initStep('exists', `hook already installed in ${name}`, HUSKY_FILE)],
    };
  // An earlier version appended the check after the file's commands, where an `exit` skips it.
  const moved = existing?.includes(HOOK_COMMAND) === true;
  const text = huskyHookWithCheck(existing, cli);
  if (text === undefined) {
    throw new InputError(
      '.husky/pre-push starts with a #! line that names no shell, so the check cannot be added to it: call `handoff check --hook pre-push -- "$@"` from it with git\'s stdin, or run `handoff init --no-hook`',
      { file: '.husky/pre-push', line: 1 },
      'hook/not-shell',
    );
  }
  return {
    writes: [{ file, text, executable: true }],
    messages: [
      existing === undefined
        ? initStep('created', `created ${name}`, HUSKY_FILE)
        : moved && text === huskyHookWithCheck(undefined, cli)
          ? initStep(
              'updated',
              `updated the check in ${name}: the one line became the block a plain hook runs (HANDOFF_SKIP=1 works with handoff-guard not installed)`,
              HUSKY_FILE,
            )
          : moved
            ? initStep('updated', `moved the check before the commands of ${name}`, HUSKY_FILE)
            : initStep('updated', `added the check to ${name}`, HUSKY_FILE),
    ],
  };
}

/** The job goes into lefthook's config; lefthook's generated hook runs it (`lefthook install`). */
async function planLefthook(facts: HookFacts, configName: string): Promise<HookPlan> {
  const file = join(facts.root, configName);
  const found = await readIfExists(file);
  const existing = found ?? '';
  if (!/\.ya?ml$/.test(configName)) {
    throw new InputError(
      `the check goes into lefthook's config, and init edits only YAML: add a pre-push job \`${lefthookJob(facts.cli).run}\` with \`use_stdin: true\` to it yourself`,
      { file: configName },
      'hook/lefthook-config',
    );
  }
  const doc = parseYamlConfig(existing, configName);
  const hook = doc.get('pre-push');
  const plan: HookPlan = { writes: [], messages: [] };
  const name = facts.shown(configName);
  const ours = isMap(hook) ? handoffEntry(hook) : undefined;
  const run = ours?.get('run');
  const currentRun = lefthookJob(facts.cli).run;
  const refreshed =
    typeof run === 'string' ? managerCommandWithCurrentCheck(run, '{1} {2}', currentRun) : undefined;
  // Only a job whose whole `run` is init's: nothing of a user's is rewritten.
  if (ours && refreshed === currentRun) {
    // The job an earlier version wrote (a bare command, or an older wording): its `run` made current.
    ours.set('run', refreshed);
    plan.writes.push({ file, text: doc.toString(YAML_OUTPUT) });
    plan.messages.push(
      initStep(
        'updated',
        `updated the handoff job in ${name} to the current version (HANDOFF_SKIP=1 works with handoff-guard not installed; the other jobs left as they are)`,
        { file: configName },
      ),
    );
  } else if (isMap(hook) && runsCheck(hook.toJSON())) {
    const exists = initStep('exists', `hook already installed in ${name}`, { file: configName });
    plan.messages.push(exists);
    if (await facts.unchangedSinceHead(configName, existing, (text) => checkEntriesOf(parseDocument(text))))
      plan.settled = [exists];
  } else {
    const job = lefthookJob(facts.cli);
    const others = stdinTakers(isMap(hook) ? hook.toJSON() : undefined);
    if (isMap(hook) && isMap(hook.get('commands')) && !hook.has('jobs')) {
      // The older `commands:` form: add one more named command rather than mix the two forms.
      const { name, ...command } = job;
      addInBlock(hook.get('commands') as YAMLMap, doc.createNode(command), name);
    } else if (isMap(hook) && isSeq(hook.get('jobs'))) {
      addInBlock(hook.get('jobs') as YAMLSeq, doc.createNode(job));
    } else if (isMap(hook)) {
      hook.set('jobs', doc.createNode([job]));
    } else {
      doc.set('pre-push', doc.createNode({ jobs: [job] }));
    }
    plan.writes.push({ file, text: doc.toString(YAML_OUTPUT) });
    plan.messages.push(
      initStep(
        found === undefined ? 'created' : 'updated',
        `added the handoff job to ${name} (pre-push, use_stdin: true)`,
        { file: configName },
      ),
    );
    if (others.length > 0) {
      plan.messages.push(
        initStep(
          'note',
          `note: ${name} gives stdin to ${others.join(', ')} too (use_stdin: true); lefthook documents that only one of them receives it, and the check needs git's pushed-ref lines: give it to the handoff job alone (docs/hooks.md)`,
          { file: configName },
        ),
      );
    }
  }
  if (facts.generatedBy !== 'lefthook') {
    const command = facts.atRoot('npx lefthook install');
    plan.messages.push(
      initStep('run', `run \`${command}\` so git runs lefthook’s pre-push hook`, { command }),
    );
  }
  return plan;
}

/**
 * Adds init's entry to a list or map of the user's config. An empty one written in flow style
 * (`repos: []`, `jobs: []`, `commands: {}`) becomes a block first: the entry would otherwise be
 * written as one long line. A flow collection that holds entries is the user's style, and kept.
 */
function addInBlock(collection: YAMLSeq | YAMLMap, node: unknown, key?: string): void {
  if (collection.flow && collection.items.length === 0) collection.flow = false;
  if (key === undefined) (collection as YAMLSeq).add(node);
  else (collection as YAMLMap).set(key, node);
}

/** How an edited YAML config is written: no line folded (a long `run:` stays on its line). */
const YAML_OUTPUT = { lineWidth: 0 } as const;

/** The `handoff` job (or, in the `commands:` form, command) init added to lefthook's pre-push hook. */
function handoffEntry(prePush: YAMLMap): YAMLMap | undefined {
  const commands = prePush.get('commands');
  const command = isMap(commands) ? commands.get('handoff') : undefined;
  if (isMap(command)) return command;
  const jobs = prePush.get('jobs');
  const job = isSeq(jobs) ? jobs.items.find((j) => isMap(j) && j.get('name') === 'handoff') : undefined;
  return isMap(job) ? job : undefined;
}

/**
 * The entries of lefthook's pre-push hook that run the check (jobs, commands, scripts), as data, to
 * compare with HEAD's: a user's uncommitted edit to another job is no change of init's to commit.
 */
function checkEntriesOf(doc: Document): unknown {
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const prePush: unknown = doc.toJSON()?.['pre-push'];
  if (!isRecord(prePush)) return null;
  return ['jobs', 'commands', 'scripts'].map((key) => {
    const entries = prePush[key];
    if (Array.isArray(entries)) return entries.filter(runsCheck);
    return isRecord(entries) ? Object.entries(entries).filter(([, entry]) => runsCheck(entry)) : null;
  });
}

/** The pre-push jobs, commands and scripts of a lefthook config that already have `use_stdin: true`. */
function stdinTakers(prePush: unknown): string[] {
  if (!isRecord(prePush)) return [];
  const names: string[] = [];
  const take = (name: string, entry: unknown) => {
    if (isRecord(entry) && entry.use_stdin === true) names.push(name);
  };
  for (const key of ['commands', 'scripts'] as const) {
    const entries = prePush[key];
    if (isRecord(entries)) for (const [name, entry] of Object.entries(entries)) take(name, entry);
  }
  // Jobs, and the jobs of a job's `group` (lefthook 1.10+), at any depth.
  const walkJobs = (jobs: unknown): void => {
    if (!Array.isArray(jobs)) return;
    for (const [index, job] of jobs.entries()) {
      take(isRecord(job) && typeof job.name === 'string' ? job.name : `job ${index + 1}`, job);
      if (isRecord(job) && isRecord(job.group)) walkJobs(job.group.jobs);
    }
  };
  walkJobs(prePush.jobs);
  return names;
}

/** A `repo: local` hook in .pre-commit-config.yaml, for the pre-push stage. */
async function planPreCommit(facts: HookFacts, configName: string): Promise<HookPlan> {
  const file = join(facts.root, configName);
  const found = await readIfExists(file);
  const doc = parseYamlConfig(found ?? '', configName);
  const plan: HookPlan = { writes: [], messages: [] };
  const repos = doc.get('repos');
  const hooksOf = (repo: unknown) => (isMap(repo) ? repo.get('hooks') : undefined);
  const all = isSeq(repos) ? repos.items : [];
  const installed = all.some((repo) => {
    const hooks = hooksOf(repo);
    return isSeq(hooks) && hooks.items.some((h) => isMap(h) && h.get('id') === 'handoff');
  });
  const name = facts.shown(configName);
  if (installed)
    plan.messages.push(
      initStep('exists', `hook already installed in ${name} (id: handoff)`, { file: configName }),
    );
  else {
    const hook = preCommitHook(facts.cli, await preCommitStage(facts.root));
    const local = all.find((repo) => isMap(repo) && repo.get('repo') === 'local' && isSeq(hooksOf(repo)));
    if (local) addInBlock(hooksOf(local) as YAMLSeq, doc.createNode(hook));
    else if (isSeq(repos)) addInBlock(repos, doc.createNode({ repo: 'local', hooks: [hook] }));
    else doc.set('repos', doc.createNode([{ repo: 'local', hooks: [hook] }]));
    plan.writes.push({ file, text: doc.toString(YAML_OUTPUT) });
    plan.messages.push(
      initStep(
        found === undefined ? 'created' : 'updated',
        `added the handoff hook to ${name} (repo: local, stage ${hook.stages})`,
        { file: configName },
      ),
    );
  }
  if (facts.generatedBy !== 'pre-commit') {
    const command = facts.atRoot('pre-commit install --hook-type pre-push');
    plan.messages.push(
      initStep('run', `run \`${command}\` so git runs pre-commit’s pre-push hook`, { command }),
    );
  }
  return plan;
}

/** `pre-push` from pre-commit 3.2 on, `push` before (the older name still works, with a warning). */
async function preCommitStage(root: string): Promise<'pre-push' | 'push'> {
  const version = await new Promise<string>((resolve) => {
    execFile('pre-commit', ['--version'], { cwd: root, timeout: 10_000 }, (error, stdout) =>
      resolve(error ? '' : stdout),
    );
  });
  const match = /(\d+)\.(\d+)/.exec(version);
  if (!match) return 'pre-push';
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 3 || (major === 3 && minor >= 2) ? 'pre-push' : 'push';
}

/** simple-git-hooks' config: the `simple-git-hooks` key of package.json or a JSON file. */
async function planSimpleGitHooks(
  facts: HookFacts,
  config: SimpleGitHooksConfig | undefined,
): Promise<HookPlan> {
  const name = config?.file ?? 'package.json';
  if (config?.kind === 'script') {
    throw new InputError(
      `simple-git-hooks reads its config from a script, which init does not edit: set its "pre-push" to \`${simpleGitHooksCommand(facts.cli)}\` yourself, then run \`npx simple-git-hooks\``,
      { file: name },
      'hook/simple-git-hooks-config',
    );
  }
  const file = join(facts.root, name);
  const text = config?.text ?? facts.packageJson?.text ?? '{}\n';
  const data = config?.data ?? facts.packageJson?.data ?? {};
  const hooks = (config?.key ? data[config.key] : data) as Record<string, unknown>;
  const current = typeof hooks['pre-push'] === 'string' ? (hooks['pre-push'] as string) : undefined;
  const plan: HookPlan = { writes: [], messages: [] };
  const shown = facts.shown(name);
  const command = simpleGitHooksCommand(facts.cli);
  const refreshed =
    current === undefined ? undefined : managerCommandWithCurrentCheck(current, '"$@"', command);
  if (refreshed !== undefined) {
    // The command an earlier version wrote (a bare command, or an older wording) made current.
    hooks['pre-push'] = refreshed;
    plan.writes.push({ file, text: `${JSON.stringify(data, null, indentOf(text))}\n` });
    plan.messages.push(
      initStep(
        'updated',
        `updated the check in the simple-git-hooks pre-push command in ${shown} to the current version (HANDOFF_SKIP=1 works with handoff-guard not installed; a command after it left as it is)`,
        { file: name },
      ),
    );
  } else if (runsCheck(current)) {
    const exists = initStep('exists', `hook already installed in ${shown} (simple-git-hooks pre-push)`, {
      file: name,
    });
    plan.messages.push(exists);
    const prePushIn = (text: string) => {
      const all = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
      const held = isRecord(all) && config?.key ? all[config.key] : all;
      return isRecord(held) ? held['pre-push'] : undefined;
    };
    if (await facts.unchangedSinceHead(name, text, prePushIn)) plan.settled = [exists];
  } else {
    // First, so it reads git's stdin; the command that was there runs after it, as before.
    hooks['pre-push'] = current ? `${command} && ${current}` : command;
    plan.writes.push({ file, text: `${JSON.stringify(data, null, indentOf(text))}\n` });
    plan.messages.push(
      initStep(
        config === undefined && facts.packageJson === undefined ? 'created' : 'updated',
        `added the check to the simple-git-hooks pre-push command in ${shown}`,
        { file: name },
      ),
    );
  }
  if (facts.generatedBy !== 'simple-git-hooks' || plan.writes.length > 0) {
    const command = facts.atRoot('npx simple-git-hooks');
    plan.messages.push(
      initStep('run', `run \`${command}\` so it writes the pre-push hook git runs`, { command }),
    );
  }
  return plan;
}

interface SimpleGitHooksConfig {
  file: string;
  kind: 'json' | 'script';
  text?: string;
  data?: Record<string, unknown>;
  /** The key holding the hooks (package.json), or undefined when the whole file is the config. */
  key?: string;
}

/** Config files in the order simple-git-hooks reads them (its `_getConfig`). */
const SIMPLE_GIT_HOOKS_FILES = [
  '.simple-git-hooks.cjs',
  '.simple-git-hooks.js',
  '.simple-git-hooks.mjs',
  'simple-git-hooks.cjs',
  'simple-git-hooks.js',
  'simple-git-hooks.mjs',
  '.simple-git-hooks.json',
  'simple-git-hooks.json',
];

async function simpleGitHooksConfig(
  root: string,
  packageJson: HookFacts['packageJson'],
): Promise<SimpleGitHooksConfig | undefined> {
  const file = await firstExisting(root, SIMPLE_GIT_HOOKS_FILES);
  if (file?.endsWith('.json')) {
    const text = (await readIfExists(join(root, file))) ?? '{}';
    return { file, kind: 'json', text, data: parseJsonObject(text, file) };
  }
  if (file) return { file, kind: 'script' };
  const hooks = packageJson?.data['simple-git-hooks'];
  if (isRecord(hooks)) {
    return {
      file: 'package.json',
      kind: 'json',
      text: packageJson?.text ?? '',
      data: packageJson?.data ?? {},
      key: 'simple-git-hooks',
    };
  }
  return undefined;
}

/** lefthook's main config names, in the order it looks for them. */
const LEFTHOOK_CONFIGS = [
  'lefthook.yml',
  '.lefthook.yml',
  'lefthook.yaml',
  '.lefthook.yaml',
  '.config/lefthook.yml',
  '.config/lefthook.yaml',
  'lefthook.json',
  '.lefthook.json',
  'lefthook.toml',
  '.lefthook.toml',
];
const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';
const HUSKY_FILE = { file: '.husky/pre-push' };

function dependsOnHusky(pkg: Record<string, unknown> | undefined): boolean {
  if (!pkg) return false;
  const listed = listsDependency(pkg, 'husky');
  const scripts = pkg.scripts as Record<string, unknown> | undefined;
  return listed || (typeof scripts?.prepare === 'string' && /\bhusky\b/.test(scripts.prepare));
}

function parseYamlConfig(text: string, file: string): Document {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const [line, column] = error.linePos?.[0]
      ? [error.linePos[0].line, error.linePos[0].col]
      : [undefined, undefined];
    throw new InputError(
      `not valid YAML (${error.message.split('\n')[0]}), so the check cannot be added to it`,
      { file, ...(line === undefined ? {} : { line, column }) },
      'hook/config-yaml',
    );
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InputError('expected a mapping at the top level', { file, line: 1 }, 'hook/config-yaml');
  }
  return doc;
}

function parsePackageJson(text: string): Record<string, unknown> {
  return parseJsonObject(text, 'package.json');
}

function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, { file }, 'hook/config-json');
  }
  if (!isRecord(data)) {
    throw new InputError('expected a JSON object', { file }, 'hook/config-json');
  }
  return data as Record<string, unknown>;
}

/** The indentation a JSON file uses, so a rewrite keeps it (a tab, or a number of spaces). */
function indentOf(text: string): string | number {
  const match = /\n([ \t]+)\S/.exec(text);
  return match?.[1]?.startsWith('\t') ? '\t' : (match?.[1]?.length ?? 2);
}

async function firstExisting(root: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    if ((await readIfExists(join(root, name))) !== undefined) return name;
  }
  return undefined;
}

/**
 * Where the hook finds the CLI (see `CliPath`): the node_modules/.bin nearest to the project, from its
 * folder up to the repository's top, as node resolves a package; `handoff` (PATH, npx) when none has
 * it. A repository whose package.json is in a folder (`web/`) installs it there, and a hook that
 * looked only at the top failed every push ("npm error could not determine executable to run").
 */
async function installedCli(root: string, projectRoot: string): Promise<CliPath> {
  for (let dir = projectRoot; ; dir = dirname(dir)) {
    const folder = relative(root, dir).split(sep).join('/');
    if (folder.startsWith('..')) break;
    if (await isExecutableFile(join(dir, 'node_modules/.bin/handoff')))
      return folder === '' ? ROOT_CLI : `./${folder}/node_modules/.bin/handoff`;
    if (folder === '') break;
  }
  return 'handoff';
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    return ((await stat(path)).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

async function applyHook(plan: HookPlan): Promise<InitStep[]> {
  for (const write of plan.writes) {
    await mkdir(dirname(write.file), { recursive: true });
    await writeTextAtomic(write.file, write.text);
    if (write.executable) await chmod(write.file, 0o755);
  }
  return plan.messages;
}

async function createIfMissing(path: string, text: string): Promise<boolean> {
  if ((await isDirectory(path)) || (await readIfExists(path)) !== undefined) return false;
  await writeTextAtomic(path, text);
  return true;
}

/** Lockfiles a package manager rewrites when it adds a dependency. */
const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
];

/**
 * The project's package.json and the lockfiles beside it (repository-relative) when that package.json
 * lists handoff-guard: what installing it changed, for init's commit when git says it changed. None
 * when it does not list it (a global install, npx from elsewhere).
 */
async function installFiles(root: string, prefix: string): Promise<string[]> {
  const text = await readIfExists(join(root, 'package.json'));
  if (text === undefined || !listsDependency(manifestOf(text), 'handoff-guard')) return [];
  const inRepo = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
  // A workspace member's lockfile is the repository root's.
  return [...new Set([inRepo('package.json'), ...LOCKFILES.map(inRepo), ...LOCKFILES])];
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw error;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

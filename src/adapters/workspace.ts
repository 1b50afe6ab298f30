/**
 * One workspace snapshot: the config, the registry and every linked handoff, read together from ONE
 * place — a commit's tree (the pushed tip, `--head`, the PR head) or the working tree (where that is
 * what the user asks about: `status`, `draft`, `validate`, `check` with no range). Every command
 * reads through here, so they agree on what a link leads to, what a missing file is, and how text
 * is decoded.
 *
 * At a revision, files come from `git cat-file` (two processes for the whole snapshot, whatever
 * the number of tasks): nothing in the working tree — uncommitted edits, another branch's
 * registry — can change the verdict on what is pushed.
 */
// fs.promises, not node:fs/promises: loaded when first used, which the hook's check never does.
import { existsSync, promises as fsPromises } from 'node:fs';
import { join } from 'node:path';
import {
  type ConfigDespiteProblems,
  type ConfigLocator,
  configDespite,
  DEFAULT_CONFIG,
  needsLinearEngine,
  resolveConfig,
  useLinearEngine,
} from '../core/config.js';
import { InputError, InternalError, type SourceLocation } from '../core/errors.js';
import { duplicateKeyError, type LocatedJson, parseJsonLocated } from '../core/json-location.js';
import type { ActiveTask, HandoffConfig, Registry } from '../core/model.js';
import { linkIssue, linkProblem, normalizeLink } from '../core/paths.js';
import {
  type AgentEntries,
  activeTasks,
  agentEntries,
  parseRegistry,
  registryPointer,
} from '../core/registry.js';
import { nodeCrypto } from './builtins.js';
import type { IGitCommandManager } from './git.js';
import { DEFAULT_MAX_BYTES, readUserText, resolveLinks } from './store.js';
import { decodeUserText } from './user-text.js';

/** What reading one repository-relative file gave. */
export type FileRead =
  | { kind: 'text'; text: string; contentId: string }
  /** Not read: the caller said it knows this content (`ReadOptions.known`). */
  | { kind: 'known'; contentId: string }
  | { kind: 'missing' }
  /** The path leads outside the repository, through a symlink or by its spelling. */
  | { kind: 'invalid-link'; rule: string; message: string }
  /** There, but not readable as text: too large, not UTF-8, a folder. */
  | { kind: 'unreadable'; error: InputError };

export interface ReadOptions {
  /**
   * Content ids the caller already knows (a summary cache): such files are not read where the source
   * can tell their id without reading them (a commit's tree: the blob id).
   */
  known?: (contentId: string) => boolean;
  /**
   * Paths (normalized) whose blob id the caller knows already, as regular files of the source's
   * commit (the pushed commits' changes tell them): read by that id, with no listing of their folder.
   */
  blobs?: ReadonlyMap<string, string>;
}

/**
 * What the snapshot worked out from a file before, by the file's content id: the validated registry,
 * the config a file holds. A push that changes neither then reads neither (no `git cat-file` at
 * all when the handoffs are known too). The document cache keeps these beside the summaries.
 */
export interface KnownValues {
  has(key: string): boolean;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Where a snapshot's files come from. */
export interface FileSource {
  /** `working-tree`, or the commit a revision source reads. */
  readonly kind: 'working-tree' | 'revision';
  /** Full sha for a revision source. */
  readonly commit?: string;
  /** How messages name the source: `the working tree`, `commit 1a2b3c4 (feature/x)`. */
  readonly label: string;
  /** Reads files by repository-relative path (spelled as `linkProblem` accepts), in one round trip. */
  readMany(paths: readonly string[], options?: ReadOptions): Promise<Map<string, FileRead>>;
  /** The folders directly inside `parent` ('' for the root), repository-relative, sorted. */
  listFolders(parent: string): Promise<string[]>;
  /** Where this source's paths start inside the repository: '' for the root, `packages/a` in a monorepo. */
  readonly prefix: string;
  /** Folders the next reads will likely need: a source that lists folders lists these along. */
  hint?(folders: readonly string[]): void;
}

/**
 * `source` seen from the package folder `prefix`: paths it is given are the package's own (its
 * registry, its handoffs), read at `prefix/path`. The monorepo's packages each get one.
 */
export function scopedSource(source: FileSource, prefix: string): FileSource {
  if (prefix === '') return source;
  const inside = (path: string) => `${prefix}/${normalizeLink(path)}`;
  return {
    kind: source.kind,
    ...(source.commit === undefined ? {} : { commit: source.commit }),
    label: source.label,
    prefix,
    async readMany(paths, options) {
      const results = new Map<string, FileRead>();
      const valid = refuseInvalidPaths(paths, results, ` (of ${prefix})`);
      const read = await source.readMany(valid.map(inside), options);
      for (const path of valid) results.set(path, read.get(inside(path)) as FileRead);
      return results;
    },
    hint: (folders) => source.hint?.(folders.map((f) => (f === '' ? prefix : inside(f)))),
    async listFolders(parent) {
      const folders = await source.listFolders(parent === '' ? prefix : inside(parent));
      return folders.map((folder) => folder.slice(prefix.length + 1));
    },
  };
}

/**
 * An error met reading a package through its scoped source, its file named from the repository root
 * (`packages/a/package.json:1:35`, not the root's `package.json`). Anything else is passed through.
 */
export function inPackageFolder(error: unknown, folder: string): unknown {
  if (!(error instanceof InputError) || error.location.file === undefined) return error;
  return error.renamed((file) => `${folder}/${file}`);
}

/** The package folders a root config's `workspaces` names, with `dir/*` expanded against `source`. */
export async function workspaceFolders(source: FileSource, patterns: readonly string[]): Promise<string[]> {
  const folders = new Set<string>();
  for (const pattern of patterns) {
    const parent = parentOfPattern(pattern);
    if (parent !== undefined) {
      for (const folder of await source.listFolders(parent)) folders.add(folder);
    } else folders.add(normalizeLink(pattern));
  }
  return [...folders].sort();
}

/**
 * At a monorepo's root (`workspaces` in its config, run at the root rather than in a package), its
 * package folders, read from `source`; none anywhere else. The root's commands that read its own
 * commits (the Stop hook, `resume`, `draft`) count only what lies outside them (`outsideFolders`),
 * as the push judges the root.
 */
export async function rootPackageFolders(
  source: FileSource,
  repoRoot: string,
  workspaces: readonly string[],
): Promise<string[]> {
  // A package folder holds no `.git` (`GitCommandManager` tells a package the same way).
  if (workspaces.length === 0 || source.prefix !== '' || !existsSync(join(repoRoot, '.git'))) return [];
  return workspaceFolders(source, workspaces);
}

/**
 * `rootPackageFolders` as `rev`'s tree has them: the folders a push of `rev` judges apart, as the push
 * lists them from the pushed tree. A sparse checkout without some package, or a deleted package whose
 * ignored files are still on disk, must not change which commits are the root's.
 */
export function rootPackageFoldersAt(
  git: IGitCommandManager,
  rev: string,
  repoRoot: string,
  workspaces: readonly string[],
): Promise<string[]> {
  return rootPackageFolders(revisionSource(git, rev), repoRoot, workspaces);
}

/** For `dir/*` (or `*`), the folder whose subfolders it names ('' for the root); else undefined. */
function parentOfPattern(pattern: string): string | undefined {
  if (!pattern.endsWith('/*') && pattern !== '*') return undefined;
  const parent = normalizeLink(pattern.slice(0, -1) || '.');
  return parent === '.' ? '' : parent;
}

/** Whether `workspaces` patterns name `folder` (repository-relative), as `workspaceFolders` reads them. */
export function listsWorkspace(patterns: readonly string[], folder: string): boolean {
  const slash = folder.lastIndexOf('/');
  const parent = slash === -1 ? '' : folder.slice(0, slash);
  return patterns.some((pattern) => {
    const of = parentOfPattern(pattern);
    return of === undefined ? normalizeLink(pattern) === folder : of === parent;
  });
}

/**
 * The paths a source can look up: each that is no repository-relative path is answered right away
 * as an invalid link (`suffix` added to its message); the others are returned.
 */
function refuseInvalidPaths(paths: readonly string[], results: Map<string, FileRead>, suffix = ''): string[] {
  const valid: string[] = [];
  for (const path of paths) {
    const issue = linkIssue(path, 'path');
    if (issue)
      results.set(path, { kind: 'invalid-link', rule: issue.rule, message: `${issue.message}${suffix}` });
    else valid.push(path);
  }
  return valid;
}

/**
 * A stable id of a file's content, for caches: the same text anywhere gives the same id. It is the
 * id git gives the text as a blob (SHA-1), so a handoff read from the working tree (`status`) and the
 * same handoff read from a commit (the hook) share one cache entry instead of evicting each other.
 */
export function contentId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const hash = nodeCrypto().createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes);
  return blobContentId(hash.digest('hex'));
}

/**
 * A working-tree file's text, its content id worked out when first asked for: most commands that
 * read the working tree keep no cache, and hashing would load node:crypto (~3 ms) for nothing.
 */
function textRead(text: string): FileRead {
  let id: string | undefined;
  return {
    kind: 'text',
    text,
    get contentId() {
      id ??= contentId(text);
      return id;
    },
  };
}

/**
 * The content id of a blob in a commit's tree: git's own object id, known without reading the blob
 * (prefixed, so it never collides with a `contentId` of text).
 */
export function blobContentId(oid: string): string {
  return `blob:${oid}`;
}

function unreadable(error: unknown): FileRead {
  if (error instanceof InputError) return { kind: 'unreadable', error };
  throw error;
}

/** The working tree, read through the store's guarded reader (size, type, encoding, symlinks). */
export function workingTreeSource(repoRoot: string): FileSource {
  return {
    kind: 'working-tree',
    label: 'the working tree',
    prefix: '',
    async listFolders(parent) {
      const folder = parent === '' ? repoRoot : workingTreePath(repoRoot, parent);
      try {
        const entries = await fsPromises.readdir(folder, { withFileTypes: true });
        return entries
          .filter((e) => e.isDirectory() && e.name !== '.git')
          .map((e) => (parent === '' ? e.name : `${parent}/${e.name}`))
          .sort();
      } catch {
        return [];
      }
    },
    async readMany(paths) {
      const results = new Map<string, FileRead>();
      const resolved = await resolveLinks(repoRoot, paths);
      await Promise.all(
        paths.map(async (path, index) => {
          const link = resolved[index];
          if (!link) return;
          if (!link.ok) results.set(path, { kind: 'invalid-link', rule: link.rule, message: link.message });
          else if (!link.exists) results.set(path, { kind: 'missing' });
          else {
            try {
              // A plain entry resolveLinks placed inside the repository (its folder's realpath, once)
              // needs no realpath of its own, which cost `status` ~10 ms over 300 handoffs: it is opened
              // without following a symlink instead. Anything else is resolved again as it is read.
              const text = await readUserText(
                link.absPath,
                normalizeLink(path),
                link.plain ? { noFollow: true } : { repoRoot },
              );
              results.set(path, textRead(text));
            } catch (error) {
              const read = unreadable(error);
              results.set(
                path,
                read.kind === 'unreadable' && read.error.rule === 'file/missing' ? { kind: 'missing' } : read,
              );
            }
          }
        }),
      );
      return results;
    },
  };
}

/** A commit's tree, through the git manager's `cat-file` processes. */
export function revisionSource(git: IGitCommandManager, commit: string, name?: string): FileSource {
  const label = `commit ${commit.slice(0, 7)}${name && name !== commit ? ` (${name})` : ''}`;
  return {
    kind: 'revision',
    commit,
    label,
    prefix: '',
    listFolders: (parent) => git.listFolders(commit, parent),
    hint: (folders) => git.tree.hint?.(commit, folders),
    async readMany(paths, options = {}) {
      const results = new Map<string, FileRead>();
      const wanted = refuseInvalidPaths(paths, results);
      const normalized = [...new Set(wanted.map(normalizeLink))];
      const known = options.known;
      const files = await git.tree.read(
        commit,
        normalized,
        DEFAULT_MAX_BYTES,
        known ? (oid) => known(blobContentId(oid)) : undefined,
        options.blobs,
      );
      for (const path of wanted) {
        const file = normalizeLink(path);
        const found = files.get(file);
        if (!found || found.kind === 'missing') results.set(path, { kind: 'missing' });
        else if (found.kind === 'symlink-outside') {
          results.set(path, {
            kind: 'invalid-link',
            rule: 'path/symlink-escape',
            message: `"${path}" resolves through a symlink to ${found.target.slice(0, 200)}, outside the repository (in ${label})`,
          });
        } else if (found.kind === 'symlink-loop') {
          results.set(path, {
            kind: 'invalid-link',
            rule: 'path/symlink-loop',
            message: `"${path}" is a symlink loop (in ${label})`,
          });
        } else if (found.kind === 'not-a-file') {
          results.set(path, {
            kind: 'unreadable',
            error: new InputError(
              `not a regular file (a ${found.type}, in ${label})`,
              { file },
              'file/not-a-file',
            ),
          });
        } else if (found.kind === 'too-large') {
          results.set(path, {
            kind: 'unreadable',
            error: new InputError(
              `file is ${found.size} bytes, over the ${DEFAULT_MAX_BYTES}-byte limit (in ${label})`,
              { file },
              'size/too-large',
            ),
          });
        } else if (found.kind === 'known') {
          results.set(path, { kind: 'known', contentId: blobContentId(found.oid) });
        } else {
          try {
            const text = decodeUserText(found.bytes, file);
            results.set(path, { kind: 'text', text, contentId: blobContentId(found.oid) });
          } catch (error) {
            results.set(path, unreadable(error));
          }
        }
      }
      return results;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Config
// ---------------------------------------------------------------------------------------------

/** Config files looked for at the repository root, in this order (`package.json` under `handoff`). */
export const CONFIG_FILES = ['.handoffrc.json', 'handoff.config.json', 'package.json'] as const;

/** The files a config is read from: the one the caller names (the Action's `config` input), else `CONFIG_FILES`. */
export function configCandidates(configFile: string | undefined): readonly string[] {
  return configFile === undefined ? CONFIG_FILES : [configFile];
}

export interface LoadedConfig {
  config: HandoffConfig;
  /** The file it came from; undefined when the defaults apply. */
  file?: string;
}

function emptyConfigError(file: string): InputError {
  return new InputError('the config file is empty; write {} to use the defaults', { file }, 'json/syntax');
}

function throwUnreadable(read: FileRead, path: string): never {
  if (read.kind === 'unreadable') throw read.error;
  if (read.kind === 'invalid-link') throw new InputError(read.message, { file: path }, read.rule);
  throw new InputError('file not found', { file: path }, 'file/missing');
}

/**
 * Validates what a config file holds; `json` is the whole file, so in package.json (where the config
 * sits under the `handoff` key) pointers are prefixed to find their line:column.
 */
async function configFromText(
  text: string,
  file: string,
  remember?: (raw: unknown) => void,
): Promise<HandoffConfig | undefined> {
  const { raw, json, inPackage } = rawConfigOf(text, file);
  if (inPackage && raw === undefined) {
    remember?.(null);
    return undefined;
  }
  const prefix = inPackage ? '/handoff' : '';
  const locate: ConfigLocator = (pointer, options) => ({
    file,
    ...json.locate(`${prefix}${pointer}`, options),
  });
  const config = await configFromRaw(raw, file, locate);
  remember?.(raw);
  return config;
}

/** A config file's value as written (package.json's `handoff` key), with the located JSON it is in. */
function rawConfigOf(text: string, file: string): { raw: unknown; json: LocatedJson; inPackage: boolean } {
  const inPackage = file === 'package.json' || file.endsWith('/package.json');
  if (!inPackage && text.trim() === '') throw emptyConfigError(file);
  const json: LocatedJson = parseJsonLocated(text, file);
  // A setting written twice keeps only the last, which a reader of the file may not notice (a
  // relaxed value after a strict one): refused, as the registry refuses an agent written twice.
  const twice = json.duplicateKeys.find(
    (d) => !inPackage || d.pointer === '/handoff' || d.pointer.startsWith('/handoff/'),
  );
  if (twice) throw duplicateKeyError(twice, file);
  const raw = inPackage ? (json.value as Record<string, unknown> | null)?.handoff : json.value;
  return { raw, json, inPackage };
}

/**
 * For `validate` past a config with problems: what `file` still says with its faulty keys at their
 * defaults (`configDespite`), or undefined when nothing can be made of it (it cannot be read or
 * parsed, a key that places the registry is at fault).
 */
export async function configDespiteAt(
  source: FileSource,
  file: string,
): Promise<ConfigDespiteProblems | undefined> {
  const read = (await source.readMany([file])).get(file);
  if (read?.kind !== 'text') return undefined;
  try {
    const { raw } = rawConfigOf(read.text, file);
    await prepareFor(raw);
    return configDespite(raw);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** The config a file's value stands for (`null`: a package.json without a `handoff` key). */
async function configFromRaw(
  raw: unknown,
  file: string,
  locate: ConfigLocator = () => ({ file }),
): Promise<HandoffConfig | undefined> {
  if (raw === null && (file === 'package.json' || file.endsWith('/package.json'))) return undefined;
  await prepareFor(raw);
  return resolveConfig(raw, file, locate);
}

/**
 * What reading a config does besides resolving it, for a config taken as remembered (a snapshot's):
 * a task-id pattern of the user's own runs on RE2, loaded only then (see core/config.ts).
 */
export async function prepareFor(config: unknown): Promise<void> {
  if (needsLinearEngine(config)) useLinearEngine((await import('re2js')).RE2JS);
}

/** Keys of KnownValues: what a file held, by its path (the rules differ by name) and content. */
const configKey = (file: string, contentId: string) => `config\0${file}\0${contentId}`;
const registryKey = (statuses: readonly string[], contentId: string) =>
  `registry\0${statuses.join('\0')}\0${contentId}`;

/**
 * The config from `source`: the named file (the Action's `config` input), else the one of
 * `CONFIG_FILES` at the root that holds one (a package.json without a `handoff` key does not), else
 * the defaults. Two that hold one are bad input (`config/ambiguous`): only one would be read, and a
 * rule written in the other would be ignored without a word. Only the repository root: a config in a
 * parent folder belongs to another project.
 */
export async function loadConfigFrom(
  source: FileSource,
  configFile?: string,
  values?: KnownValues,
): Promise<LoadedConfig> {
  const files = configCandidates(configFile);
  // Every candidate in one read (at a revision, the same `git cat-file` round trip as one file).
  const reads = await source.readMany(files, {
    ...(values
      ? { known: (id) => files.some((file) => values.has(configKey(normalizeLink(file), id))) }
      : {}),
  });
  const readOf = async (name: string): Promise<FileRead> => {
    const read = reads.get(name) as FileRead;
    // Known by its content, but as another of the config files (the same text twice): read it.
    if (read.kind === 'known' && !values?.has(configKey(normalizeLink(name), read.contentId)))
      return (await source.readMany([name])).get(name) as FileRead;
    return read;
  };
  if (configFile !== undefined) {
    const file = normalizeLink(configFile);
    const config = await configOfRead(await readOf(configFile), file, values);
    return { config: config ?? resolveConfig(undefined, '(defaults)'), file };
  }
  const holding = await configFilesOf(reads, readOf, values);
  if (holding.length > 1) {
    const named = holding.map((f) => (f === PACKAGE_MANIFEST ? 'the "handoff" key of package.json' : f));
    throw new InputError(
      `${holding.length} config files here and only one would be read: keep one of ${named.join(', ')}`,
      { file: holding[0] as string },
      'config/ambiguous',
    );
  }
  const file = holding[0] ?? PACKAGE_MANIFEST;
  const read = await readOf(file);
  const config = read.kind === 'missing' ? undefined : await configOfRead(read, file, values);
  return config ? { config, file } : { config: resolveConfig(undefined, '(defaults)') };
}

/**
 * The config files at the root of `source` that hold a config, in `CONFIG_FILES` order: more than
 * one is `config/ambiguous`, and `validate` then checks each as the one named (`loadConfigFrom`).
 */
export async function configFilesAt(source: FileSource): Promise<string[]> {
  const reads = await source.readMany(CONFIG_FILES);
  return configFilesOf(reads, async (name) => reads.get(name) as FileRead, undefined);
}

/** `configFilesAt` from the reads of `CONFIG_FILES` (`readOf` reads one again when it must). */
async function configFilesOf(
  reads: ReadonlyMap<string, FileRead>,
  readOf: (name: string) => Promise<FileRead>,
  values: KnownValues | undefined,
): Promise<string[]> {
  // Whether a file is there needs no second read (`readOf` reads again only for the one loaded).
  const dedicated = CONFIG_FILES.filter(
    (name) => name !== PACKAGE_MANIFEST && reads.get(name)?.kind !== 'missing',
  );
  // package.json is read (and its errors named) only where it is the one candidate.
  return dedicated.length > 0 && packageHoldsConfig(await readOf(PACKAGE_MANIFEST), values)
    ? [...dedicated, PACKAGE_MANIFEST]
    : dedicated;
}

const PACKAGE_MANIFEST = 'package.json';

/**
 * Whether package.json holds a config (a `handoff` key), for telling two config files apart: read
 * without validating it, which the one config file read is. A package.json that is not JSON holds
 * none here; where it is the only candidate, loading it names its syntax error.
 */
function packageHoldsConfig(read: FileRead, values: KnownValues | undefined): boolean {
  if (read.kind === 'known') return values?.get(configKey(PACKAGE_MANIFEST, read.contentId)) !== null;
  if (read.kind !== 'text') return false;
  let manifest: unknown;
  try {
    manifest = JSON.parse(read.text);
  } catch {
    return false;
  }
  const holds =
    manifest !== null &&
    typeof manifest === 'object' &&
    (manifest as { handoff?: unknown }).handoff !== undefined;
  // What `configFromText` remembers of a package.json without one: the next push need not read it.
  if (!holds) values?.set(configKey(PACKAGE_MANIFEST, read.contentId), null);
  return holds;
}

/** The config one read file holds (undefined: a package.json without a `handoff` key). */
async function configOfRead(
  read: FileRead,
  file: string,
  values: KnownValues | undefined,
): Promise<HandoffConfig | undefined> {
  // (Without known values, no key: a working-tree read then never needs its content id.)
  const key =
    values && (read.kind === 'known' || read.kind === 'text') ? configKey(file, read.contentId) : '';
  // Known by its id without reading (a commit's tree), or read and known by its text's id.
  if (key && values?.has(key)) return configFromRaw(values.get(key), file);
  if (read.kind === 'text') return configFromText(read.text, file, values && ((raw) => values.set(key, raw)));
  throwUnreadable(read, file);
}

// ---------------------------------------------------------------------------------------------
// Registry and linked handoffs
// ---------------------------------------------------------------------------------------------

export interface RegistryRead {
  registry: Registry;
  /**
   * Its agent entries when they were had before the object (a remembered snapshot's, whose object is
   * made only when asked for): `registryEntries`.
   */
  entries?: AgentEntries;
  file: string;
  exists: boolean;
  /** The text as read (for `validate`'s located problems); undefined when the file does not exist. */
  text?: string;
}

/** A read registry's agent entries, in file order, without making its object when they are at hand. */
export function registryEntries(read: Pick<RegistryRead, 'registry' | 'entries'>): AgentEntries {
  return read.entries ?? agentEntries(read.registry);
}

/**
 * Where an agent's `key` (`details_link`) is in the registry as read: the file, and the line and
 * column when the text is at hand. For an error about one entry, off the usual path: the text is
 * parsed again with positions.
 */
export function registryPlace(read: RegistryRead, agent: string, key: string): SourceLocation {
  if (read.text === undefined) return { file: read.file };
  return { file: read.file, ...parseJsonLocated(read.text, read.file).locate(registryPointer(agent, key)) };
}

/**
 * Where each of `agents`' entries is in a workspace's registry, named from the repository root (a
 * package's registry inside its folder): the file and the line of the entry's `details_link`, of
 * the entry when it has none. A registry the snapshot took as known without reading its text
 * (`ReadOptions.known`) is read here; the text is parsed with positions once for all of them.
 */
export async function registryEntryPlaces(
  workspace: Pick<Workspace, 'source' | 'registry'>,
  agents: readonly string[],
): Promise<Map<string, { file: string; line?: number }>> {
  const { source, registry } = workspace;
  const file = source.prefix === '' ? registry.file : `${source.prefix}/${registry.file}`;
  const places = new Map<string, { file: string; line?: number }>();
  if (agents.length === 0) return places;
  let text = registry.text;
  if (text === undefined && registry.exists) {
    const read = (await source.readMany([registry.file])).get(registry.file);
    if (read?.kind === 'text') text = read.text;
  }
  const json = text === undefined ? undefined : parseJsonLocated(text, registry.file);
  for (const agent of agents) {
    places.set(
      agent,
      json === undefined
        ? { file }
        : { file, line: json.locate(registryPointer(agent, 'details_link')).line },
    );
  }
  return places;
}

/** The registry from `source`; a missing file is an empty registry; anything wrong is an InputError. */
export async function readRegistryFrom(
  source: FileSource,
  config: HandoffConfig,
  values?: KnownValues,
): Promise<RegistryRead> {
  const file = config.registry;
  const key = (id: string) => registryKey(config.statuses, id);
  const read = (await source.readMany([file], values ? { known: (id) => values.has(key(id)) } : {})).get(
    file,
  ) as FileRead;
  if (read.kind === 'missing') return { registry: {}, file, exists: false };
  const known = values && (read.kind === 'known' || read.kind === 'text') ? key(read.contentId) : '';
  if (known && values?.has(known)) {
    // Validated when this text was first read: not parsed again (from a commit, not even read).
    return {
      registry: values.get(known) as Registry,
      file,
      exists: true,
      ...(read.kind === 'text' ? { text: read.text } : {}),
    };
  }
  if (read.kind !== 'text') throwUnreadable(read, file);
  const registry = parseRegistry(read.text, file, config.statuses);
  values?.set(known, registry);
  return { registry, file, exists: true, text: read.text };
}

/** What a registry entry's `details_link` leads to: the one answer every command gives. */
export type LinkedHandoff =
  | { kind: 'none'; detail: string }
  | { kind: 'invalid-link'; link: string; rule: string; message: string }
  | { kind: 'missing'; path: string }
  | { kind: 'unreadable'; path: string; error: InputError }
  /** `text` is absent only when the caller said it knew the content (`ReadOptions.known`). */
  | { kind: 'document'; path: string; text?: string; contentId: string };

/** The text of a `details_link` as the registry holds it, or undefined when there is none. */
export function linkOf(entry: { details_link?: unknown }): string | undefined {
  return typeof entry.details_link === 'string' && entry.details_link.trim() !== ''
    ? entry.details_link
    : undefined;
}

/** Reads every link in one round trip; keyed by the link as written. */
export async function readLinkedHandoffs(
  source: FileSource,
  links: readonly string[],
  options: ReadOptions = {},
): Promise<Map<string, LinkedHandoff>> {
  const unique = [...new Set(links)];
  const reads = await source.readMany(unique, options);
  const result = new Map<string, LinkedHandoff>();
  for (const link of unique) {
    const read = reads.get(link) as FileRead;
    const path = linkProblem(link) ? link : normalizeLink(link);
    if (read.kind === 'invalid-link') {
      result.set(link, { kind: 'invalid-link', link, rule: read.rule, message: read.message });
    } else if (read.kind === 'missing') {
      result.set(link, { kind: 'missing', path });
    } else if (read.kind === 'unreadable') {
      // A link to a folder is a wrong link, like one that leaves the repository.
      if (read.error.rule === 'file/not-a-file') {
        result.set(link, {
          kind: 'invalid-link',
          link,
          rule: 'file/not-a-file',
          message: `details_link "${link}" is not a file`,
        });
      } else result.set(link, { kind: 'unreadable', path, error: read.error });
    } else if (read.kind === 'known') {
      result.set(link, { kind: 'document', path, contentId: read.contentId });
    } else {
      // The id is worked out only when a caller asks (see `textRead`).
      result.set(link, {
        kind: 'document',
        path,
        text: read.text,
        get contentId() {
          return read.contentId;
        },
      });
    }
  }
  return result;
}

export interface Workspace {
  source: FileSource;
  config: HandoffConfig;
  configFile?: string;
  registry: RegistryRead;
  /** Active tasks in registry order. */
  activeTasks: ActiveTask[];
  /** Agent name -> what its `details_link` leads to (agents chosen by `links`). */
  handoffs: Map<string, LinkedHandoff>;
}

export interface ReadWorkspaceOptions {
  /** A config file named by the user (the Action's `config` input), repository-relative. */
  configFile?: string;
  /** Whose handoffs to read: the active tasks' (check, resume) or every entry's (status). */
  links?: 'active' | 'all' | 'none';
  /** A config already loaded from this source (skips reading it again). */
  config?: LoadedConfig;
  /** Handoff contents the caller knows (see `ReadOptions.known`). */
  known?: (contentId: string) => boolean;
  /** Registry and config values worked out before (see `KnownValues`). */
  values?: KnownValues;
}

/** One package of a monorepo's root, read: its workspace, or why it could not be (named from the root). */
export type PackageRead = { folder: string; workspace: Workspace } | { folder: string; error: unknown };

/**
 * The packages of a monorepo's root (the root config's `workspaces`), each read from the root's
 * source, in folder order; one that cannot be read is its own entry's error, its files named from
 * the root, for the caller to judge (`status` shows it beside the others).
 */
export async function readEachPackage(
  root: Pick<Workspace, 'source' | 'config'>,
  options: Pick<ReadWorkspaceOptions, 'known' | 'values' | 'links'> = {},
): Promise<PackageRead[]> {
  const folders = await workspaceFolders(root.source, root.config.workspaces);
  return Promise.all(
    folders.map(async (folder): Promise<PackageRead> => {
      try {
        return { folder, workspace: await readWorkspace(scopedSource(root.source, folder), options) };
      } catch (error) {
        return { folder, error: inPackageFolder(error, folder) };
      }
    }),
  );
}

/**
 * In a monorepo (the root config's `workspaces`), each package's workspace, read from the root's
 * source; one that cannot be read is the whole answer's error (the first in folder order), as the
 * check judges every package.
 */
export async function readPackageWorkspaces(
  root: Workspace,
  options: Pick<ReadWorkspaceOptions, 'known' | 'values'> = {},
): Promise<Array<{ folder: string; workspace: Workspace }>> {
  const packages = await readEachPackage(root, options);
  const failed = packages.find((read) => 'error' in read);
  if (failed && 'error' in failed) throw failed.error;
  return packages as Array<{ folder: string; workspace: Workspace }>;
}

/** The snapshot: config, registry, active tasks and their linked handoffs, from one source. */
export async function readWorkspace(
  source: FileSource,
  options: ReadWorkspaceOptions = {},
): Promise<Workspace> {
  // The registry's and the handoffs' usual folders are listed with the config files, in one go; so
  // is a package's own folder (its config files), so a monorepo's packages share one listing
  // instead of one `git ls-tree` each (1,000 packages took 4 s in the hook).
  source.hint?.(['', folderOf(DEFAULT_CONFIG.registry), DEFAULT_CONFIG.handoffDir]);
  const loaded =
    options.config ?? (await judgedThere(source, loadConfigFrom(source, options.configFile, options.values)));
  const registry = await judgedThere(source, readRegistryFrom(source, loaded.config, options.values));
  const tasks = activeTasks(registry.registry, loaded.config);
  const which = options.links ?? 'active';
  const linked: Array<[string, string | undefined]> =
    which === 'none'
      ? []
      : which === 'active'
        ? tasks.map((t) => [t.agent, t.detailsLink])
        : agentEntries(registry.registry).map(([agent, entry]) => [agent, linkOf(entry)]);
  const links = linked.flatMap(([, link]) => (link === undefined ? [] : [link]));
  const read =
    links.length > 0
      ? await readLinkedHandoffs(source, links, options.known ? { known: options.known } : {})
      : new Map<string, LinkedHandoff>();
  const handoffs = new Map<string, LinkedHandoff>();
  for (const [agent, link] of linked) {
    handoffs.set(
      agent,
      link === undefined
        ? { kind: 'none', detail: `the registry entry of ${agent} has no details_link.` }
        : (read.get(link) as LinkedHandoff),
    );
  }
  const workspace: Workspace = { source, config: loaded.config, registry, activeTasks: tasks, handoffs };
  if (loaded.file !== undefined) workspace.configFile = loaded.file;
  return workspace;
}

/**
 * A bad config or registry read from a commit, said to be that commit's: the working tree's copy,
 * which a user opens first, may be fine or fixed already and not committed (a push of the commit is
 * still refused for it).
 */
async function judgedThere<T>(source: FileSource, read: Promise<T>): Promise<T> {
  if (source.kind !== 'revision') return read;
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof InputError) || error.message.includes(source.label)) throw error;
    const there = new InputError(
      `${error.message} (in ${source.label}, which is judged, not the working tree: commit the fix)`,
      error.location,
      error.rule,
    );
    there.more = error.more;
    throw there;
  }
}

/** The text of a linked document read without `known` (every caller but the check's summaries). */
export function documentText(linked: Extract<LinkedHandoff, { kind: 'document' }>): string {
  if (linked.text === undefined) throw new InternalError(`${linked.path} was read without its text`);
  return linked.text;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Absolute path of a repository-relative file in the working tree. */
export function workingTreePath(repoRoot: string, path: string): string {
  return join(repoRoot, ...normalizeLink(path).split('/'));
}

/**
 * What a project's package.json says about the tools it installs. Pure: the caller reads the file
 * (from the working tree, or from the commit judged).
 */
import { isRecord } from './json-location.js';

/**
 * A package.json's value from its text, or undefined when it is no JSON: a manifest that cannot be
 * read lists nothing (the commands that need it whole report it themselves).
 */
export function manifestOf(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Whether a package.json's value lists `name` among its `dependencies` or `devDependencies`. */
export function listsDependency(manifest: unknown, name: string): boolean {
  if (!isRecord(manifest)) return false;
  return ['dependencies', 'devDependencies'].some((key) => {
    const deps = manifest[key];
    return isRecord(deps) && Object.hasOwn(deps, name);
  });
}

/**
 * How the people of a project run handoff, for the fixes a report shows them (the Action's comment,
 * summary and annotations): `npx handoff` where its package.json lists handoff-guard (installed in
 * the project, as `handoff init` suggests), else `handoff` (on PATH).
 */
export function programOfProject(manifest: unknown): string {
  return listsDependency(manifest, 'handoff-guard') ? 'npx handoff' : 'handoff';
}

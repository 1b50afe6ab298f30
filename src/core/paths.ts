/**
 * Lexical checks of a `details_link`. The registry is shared by every agent and read by the hook and
 * the Action, so a link must name a file inside the repository, the same way on every OS. Symlinks
 * that lead outside are caught by the store (it needs the file system); this part needs only the text.
 */

/**
 * Why `link` cannot be a repository-relative POSIX path, or undefined when it can. `what` names the
 * value in the message (config paths use the same rules).
 */
export function linkProblem(link: string, what = 'details_link'): string | undefined {
  if (link.trim() === '') return `${what} is empty`;
  if (link.includes('\0')) return `${what} contains a NUL character`;
  if (/[\n\r]/.test(link)) return `${what} contains a line break`;
  if (link.startsWith('\\\\') || link.startsWith('//')) return `${what} "${link}" is a UNC/network path`;
  if (/^[A-Za-z]:/.test(link)) return `${what} "${link}" is an absolute Windows path`;
  if (link.startsWith('/')) return `${what} "${link}" is an absolute path`;
  if (link.includes('\\')) {
    return `${what} "${link}" uses backslashes; write a repository-relative path with / separators`;
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(link)) return `${what} "${link}" is a URL, not a file`;
  let depth = 0;
  for (const segment of link.split('/')) {
    if (segment === '..') depth--;
    else if (segment !== '' && segment !== '.') depth++;
    if (depth < 0) return `${what} "${link}" leaves the repository`;
  }
  if (depth === 0) return `${what} "${link}" names the repository root, not a file`;
  return undefined;
}

/** `a/./b//c` → `a/b/c`, resolving `..` lexically; assumes `linkProblem(link)` is undefined. */
export function normalizeLink(link: string): string {
  const parts: string[] = [];
  for (const segment of link.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '' && segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

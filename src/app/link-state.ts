/**
 * What a task's `details_link` leads to, as the freshness rule reads it (core/freshness.ts's
 * `LinkState`): shared by the check, which judges a commit, and `status`, which judges the working
 * tree without a range.
 */
import type { DocumentSummary } from '../adapters/document-cache.js';
import type { FileSource, LinkedHandoff } from '../adapters/workspace.js';
import { InternalError } from '../core/errors.js';
import type { LinkState } from '../core/freshness.js';
import { normalizeLink, type ShownPath } from '../core/paths.js';

/**
 * What a task's link leads to; `summary` is the document's when it leads to one. A missing file is
 * named by `shown` (from where the user is), in `source` when that is a commit.
 */
export function linkState(
  linked: LinkedHandoff | undefined,
  summary: DocumentSummary | undefined,
  source: FileSource,
  shown: ShownPath,
): LinkState {
  if (!linked) return { kind: 'missing', detail: 'the task has no details_link.' };
  switch (linked.kind) {
    case 'none':
      return { kind: 'missing', detail: linked.detail };
    case 'invalid-link':
      return {
        kind: 'invalid-link',
        message: `${linked.message} [${linked.rule}].`,
        ...(linked.rule === 'path/symlink-escape' ? { symlink: normalizeLink(linked.link) } : {}),
      };
    case 'missing':
      return {
        kind: 'missing',
        detail: `${shown(linked.path)} does not exist${source.kind === 'revision' ? ` in ${source.label}` : ''}.`,
      };
    case 'unreadable':
      // Bad input: exit 2 with the file and the rule (the check's taskInputs has thrown already, counting them all).
      throw linked.error;
    case 'document': {
      if (summary === undefined) throw new InternalError(`no summary of ${linked.path} was made`);
      return {
        kind: 'document',
        path: linked.path,
        missingElements: summary.missingElements,
        facts: summary.facts,
      };
    }
  }
}

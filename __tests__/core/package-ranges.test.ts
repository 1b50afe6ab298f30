/** A monorepo's range as its packages see it, against the definition, on random commits and paths. */
import fc from 'fast-check';
import type { CheckedRange, CommitInfo } from '../../src/core/model.js';
import { rangeByFolder } from '../../src/core/package-ranges.js';

describe("a monorepo's range split by package, in one pass", () => {
  /** The definition: a package sees its own files, relative to it; the root sees the files of none. */
  function naive(range: CheckedRange, folders: readonly string[]) {
    const inside = (folder: string) =>
      range.commits.map((c) =>
        c.files.filter((f) => f.path.startsWith(`${folder}/`)).map((f) => f.path.slice(folder.length + 1)),
      );
    const outside = range.commits.map((c) =>
      c.files.filter((f) => !folders.some((folder) => f.path.startsWith(`${folder}/`))).map((f) => f.path),
    );
    return { inside, outside };
  }

  it('gives each package and the root the files the definition gives, every commit kept', () => {
    const segment = fc.constantFrom('a', 'b', 'pkg', 'a.b', 'x y');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(
        fc.uniqueArray(path, { maxLength: 5 }),
        fc.array(fc.array(path, { maxLength: 6 }), { maxLength: 8 }),
        fc.option(fc.array(path, { maxLength: 6 }), { nil: undefined }),
        (folders, commitFiles, atStart) => {
          const range: CheckedRange = {
            description: 'test',
            head: 'h',
            commits: commitFiles.map(
              (files, i): CommitInfo => ({
                sha: `${i}`.padStart(40, '0'),
                parents: [],
                authorName: 'a',
                authorEmail: 'a@example.com',
                authorTime: i,
                commitTime: i,
                subject: `c${i}`,
                body: '',
                taskTrailers: [],
                files: files.map((p) => ({ path: p, added: 1, deleted: 0 })),
              }),
            ),
          };
          // A new branch's commit where it was read from: its files split the same way.
          if (atStart !== undefined) range.changedAtStart = atStart;
          const views = rangeByFolder(range, folders);
          const expected = naive(range, folders);
          const startIn = (folder: string) =>
            atStart?.filter((p) => p.startsWith(`${folder}/`)).map((p) => p.slice(folder.length + 1));
          expect(views.outside.changedAtStart).toEqual(
            atStart?.filter((p) => !folders.some((folder) => p.startsWith(`${folder}/`))),
          );
          for (const folder of folders) expect(views.inside(folder).changedAtStart).toEqual(startIn(folder));
          expect(views.outside.commits.map((c) => c.files.map((f) => f.path))).toEqual(expected.outside);
          for (const folder of folders) {
            const view = views.inside(folder);
            expect(view.commits.map((c) => c.sha)).toEqual(range.commits.map((c) => c.sha));
            expect(view.commits.map((c) => c.files.map((f) => f.path))).toEqual(expected.inside(folder));
          }
        },
      ),
      { seed: 20261202, numRuns: 500 },
    );
  });
});

import { inputErrorFromSystem } from '../../src/core/errors.js';

const systemError = (code: string, path: string, syscall = 'open'): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, path, syscall });

describe('inputErrorFromSystem', () => {
  it('says a path the user chose cannot be used, with its rule', () => {
    const error = inputErrorFromSystem(systemError('EACCES', '/work/p/delegation/x.md'));
    expect(error?.message).toBe('cannot open this path: permission denied');
    expect(error?.rule).toBe('fs/eacces');
    expect(error?.location.file).toBe('/work/p/delegation/x.md');
  });

  it.each([
    ['/work/p/.git/handoff-guard/tmp/123-abc.tmp', '/work/p/.git/handoff-guard'],
    ['/work/p/.git/worktrees/w1/handoff-guard/pending/1.json', '/work/p/.git/worktrees/w1/handoff-guard'],
    ['/work/my p/.git/handoff-guard', "'/work/my p/.git/handoff-guard'"],
  ])('says that %s is the program own folder, which another user left unwritable', (path, folder) => {
    expect(inputErrorFromSystem(systemError('EACCES', path))?.message).toBe(
      `cannot open this path: permission denied; this is handoff-guard's own folder in the git dir (temporary files and caches, nothing that must be kept), made by another user (a sudo git push?): remove it as that user, e.g. sudo rm -rf ${folder}`,
    );
  });

  it('leaves a user folder named handoff-guard outside the git dir alone', () => {
    expect(inputErrorFromSystem(systemError('EACCES', '/work/handoff-guard/x.md'))?.message).toBe(
      'cannot open this path: permission denied',
    );
  });
});

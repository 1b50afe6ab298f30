/**
 * TreeReader over a real repository: blobs of every size come back whole and in order, however git's
 * output is cut into chunks (a 3 MB blob arrives in dozens of them), and known blobs are not read.
 */
import { TreeReader } from '../../src/adapters/git-tree.js';
import { TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

/** Bytes that differ at every offset, so a chunk joined twice or dropped shows. */
function pattern(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
}

describe('TreeReader', () => {
  it('reads large and small blobs of one folder whole, in one round trip', async () => {
    const repo = TempRepo.init();
    repos.push(repo);
    const files: Record<string, Buffer> = {
      'docs/big.bin': pattern(3 * 1024 * 1024 + 17, 1),
      'docs/empty.bin': Buffer.alloc(0),
      'docs/medium.bin': pattern(200_000, 2),
      'docs/small.bin': pattern(10, 3),
      'top.bin': pattern(70_000, 4),
    };
    const head = repo.commit('blobs', files);
    const reader = new TreeReader(repo.dir);
    try {
      const read = await reader.read(head, [...Object.keys(files), 'docs/none.bin'], 4 * 1024 * 1024);
      for (const [path, bytes] of Object.entries(files)) {
        const file = read.get(path);
        expect(file?.kind).toBe('blob');
        expect(file?.kind === 'blob' && Buffer.compare(file.bytes, bytes)).toBe(0);
      }
      expect(read.get('docs/none.bin')).toEqual({ kind: 'missing' });
      // Over the limit: its size learnt as git sends it, its bytes not kept; a blob the caller knows:
      // not read at all.
      const limited = await reader.read(
        head,
        ['docs/big.bin', 'docs/medium.bin'],
        1024 * 1024,
        (oid) => oid === (read.get('docs/medium.bin') as { oid: string }).oid,
      );
      expect(limited.get('docs/big.bin')).toMatchObject({ kind: 'too-large', size: 3 * 1024 * 1024 + 17 });
      expect(limited.get('docs/medium.bin')?.kind).toBe('known');
    } finally {
      reader.close();
    }
  });
});

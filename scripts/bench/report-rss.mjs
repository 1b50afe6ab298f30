// Preloaded with `node --import` into a measured process: on exit, writes its peak resident set size
// (KiB, from the kernel's rusage) to the file named by HANDOFF_BENCH_RSS_FILE. No dependency on GNU time.
import { writeFileSync } from 'node:fs';

const target = process.env.HANDOFF_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}

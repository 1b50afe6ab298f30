// Writes a large lcov report for the bench, in chunks: source files of 400 lines, each line hit or not.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Writes records until the file is at least `bytes` long. Returns the number of source files. */
export async function writeLcovOfSize(path, bytes) {
  const out = createWriteStream(path);
  let written = 0;
  let files = 0;
  while (written < bytes) {
    let record = `TN:\nSF:src/generated/module-${files}.ts\n`;
    let hit = 0;
    for (let line = 1; line <= 400; line++) {
      const count = line % 7 === 0 ? 0 : line % 13;
      if (count > 0) hit++;
      record += `DA:${line},${count}\n`;
    }
    record += `LF:400\nLH:${hit}\nend_of_record\n`;
    written += record.length;
    files++;
    if (!out.write(record)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return files;
}

// A report row's baseline: node reading the same file in the same 64 KB chunks and doing only the
// least any reader must: for XML, saxes tokenizing it (open-tag events, nothing kept); for lines,
// splitting the decoded text into lines. The report rows print the draft's time against it.
//   node scripts/bench/report-floor.mjs xml|lines FILE
import { closeSync, openSync, readSync } from 'node:fs';
import { SaxesParser } from 'saxes';

const [kind, file] = process.argv.slice(2);
const decoder = new TextDecoder();
/** Open tags or lines seen: printed, so the work cannot be skipped. */
let count = 0;
let onText;
let finish = () => {};
if (kind === 'xml') {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', () => count++);
  onText = (text) => parser.write(text);
  finish = () => parser.close();
} else {
  onText = (text) => {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  };
}
const fd = openSync(file, 'r');
for (;;) {
  const buffer = Buffer.allocUnsafe(64 * 1024);
  const read = readSync(fd, buffer, 0, buffer.length, null);
  if (read === 0) break;
  onText(decoder.decode(buffer.subarray(0, read), { stream: true }));
}
closeSync(fd);
onText(decoder.decode());
finish();
process.stdout.write(`${count}\n`);

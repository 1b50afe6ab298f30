const { SaxesParser } = require('saxes');
const fs = require('fs');
const pos = process.argv[2] === 'pos';
const p = new SaxesParser({ xmlns: false, position: pos });
let n = 0;
p.on('opentag', (t) => { n++; });
p.on('error', (e) => { throw e; });
const t0 = performance.now();
const fd = fs.openSync('.bench/junit-100mib.xml', 'r');
const buf = Buffer.alloc(1 << 20);
for (;;) { const k = fs.readSync(fd, buf, 0, buf.length, null); if (!k) break; p.write(buf.latin1Slice(0, k)); }
p.close();
console.log(pos ? 'position' : 'no-position', n, (performance.now() - t0).toFixed(0), 'ms');

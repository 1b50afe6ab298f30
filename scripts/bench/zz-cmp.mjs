import { runActionCase } from './action.mjs';
const root = process.argv[2];
const r = await runActionCase({ root, work: `/work/wt-comment/.bench/${root.replace(/\W/g, '')}`, runs: 9 });
console.log(root, r.ms.toFixed(0), 'ms', r.status, r.stdout, r.samples.map((s) => s.toFixed(0)).join(' '));

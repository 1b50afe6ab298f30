// Writes large JUnit XML reports for the bench, in chunks (the writer must not hold the file either).

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Writes `tests` test cases in suites of 500; every 1000th fails. Returns the number of failures. */
export async function writeJUnit(path, tests) {
  const out = createWriteStream(path);
  let failures = 0;
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n');
  for (let s = 0; s * 500 < tests; s++) {
    let suite = `  <testsuite name="suite ${s}" tests="${Math.min(500, tests - s * 500)}">\n`;
    for (let t = s * 500; t < Math.min(tests, (s + 1) * 500); t++) {
      const name = `handles case ${t} of the synthetic request pipeline with a descriptive name`;
      if (t % 1000 === 999) {
        failures += 1;
        suite += `    <testcase classname="bench.suite${s}" name="${name}" time="0.004"><failure message="expected 200 but got 500">at pipeline.ts:${t}</failure></testcase>\n`;
      } else {
        suite += `    <testcase classname="bench.suite${s}" name="${name}" time="0.002"/>\n`;
      }
    }
    await write(`${suite}  </testsuite>\n`);
  }
  await write('</testsuites>\n');
  out.end();
  await once(out, 'finish');
  return failures;
}

/** Writes suites until the file is at least `bytes` long. Returns the number of test cases written. */
export async function writeJUnitOfSize(path, bytes) {
  // One test case line is ~141 bytes (measured), 500 per suite; aim a little over the size asked for.
  const tests = Math.ceil(bytes / 138);
  await writeJUnit(path, tests);
  return tests;
}

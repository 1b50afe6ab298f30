#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/adapters/reports/detect.ts
function rootElement(head) {
  let rest = head;
  for (; ; ) {
    rest = rest.trimStart();
    if (rest.startsWith("<?")) {
      const end = rest.indexOf("?>");
      if (end < 0) return void 0;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end < 0) return void 0;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith("<!")) {
      const subset = rest.indexOf("[");
      const close = rest.indexOf(">");
      if (close < 0) return void 0;
      if (subset >= 0 && subset < close) {
        const subsetEnd = rest.indexOf("]", subset);
        if (subsetEnd < 0) return void 0;
        const end = rest.indexOf(">", subsetEnd);
        if (end < 0) return void 0;
        rest = rest.slice(end + 1);
      } else rest = rest.slice(close + 1);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
      return match?.[1]?.replace(/^.*:/, "");
    }
  }
}
function rootTag(text, name) {
  const head = text.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const at = head.search(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`));
  if (at < 0) return "";
  const end = head.indexOf(">", at);
  return end < 0 ? head.slice(at) : head.slice(at, end + 1);
}
function xmlFormat(text) {
  const root = rootElement(text);
  switch (root) {
    case "testsuites":
    case "testsuite":
      return /check\.sourceforge\.net\/ns/.test(rootTag(text, root)) ? "check" : "junit";
    case "TestRun": {
      if (/TeamTest/.test(rootTag(text, root))) return "trx";
      const body = text.slice(text.indexOf("<TestRun"));
      if (/<(?:[\w.-]+:)?(?:Results|ResultSummary|TestSettings|TestDefinitions|Times|TestLists|UnitTestResult)\b/.test(
        body
      ))
        return "trx";
      if (/<(?:FailedTests|SuccessfulTests|Statistics|FailedTest|Test)\b/.test(body)) return "cppunit";
      return "trx";
    }
    case "test-results":
    case "test-run":
    case "test-suite":
      return "nunit";
    case "assemblies":
    case "assembly":
      return "xunit";
    case "coverage":
      return "cobertura";
    default:
      return void 0;
  }
}
function jsonFormat(text) {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (/^\{.*"Action"\s*:\s*"/.test(firstLine) && /"(?:Package|Time)"\s*:/.test(firstLine)) return "go-json";
  if (/^\{.*"(?:protocolVersion|runnerVersion)"\s*:/.test(firstLine)) return "dart-json";
  if (/^\{.*"type"\s*:\s*"(?:start|suite|testStart|allSuites|group)"/.test(firstLine)) return "dart-json";
  if (/"(?:numTotalTests|numPassedTests|testResults)"\s*:/.test(text)) return "jest-json";
  if (/"stats"\s*:/.test(text) && /"(?:passes|failures|pending|suites)"\s*:/.test(text)) return "mocha-json";
  if (/"examples"\s*:\s*\[/.test(text) && /"(?:version|summary|summary_line|messages)"\s*:/.test(text))
    return "rspec-json";
  if (/^\{\s*"total"\s*:\s*\{\s*"(?:lines|statements|functions|branches)"\s*:/.test(text))
    return "istanbul-summary";
  return void 0;
}
function byContent(head) {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (/^FAIL\s+\S+\s+\[(?:build|setup) failed\]/.test(text)) {
    const event = text.split(/\r?\n/, 50).find((line) => line.startsWith("{"));
    if (event && jsonFormat(event) === "go-json") return "go-json";
  }
  if (text.startsWith("<")) return xmlFormat(text);
  if (text.startsWith("{")) return jsonFormat(text);
  const firstLine = text.split(/\r?\n/, 50).find((line) => line.trim() !== "" && !/^#(?!\s*Subtest\b)/.test(line)) ?? "";
  if (/^TAP version \d+/i.test(firstLine)) return "tap";
  if (/^(?:(?:not )?ok\b|1\.\.\d+|# Subtest\b)/.test(firstLine)) return "tap";
  if (/^(?:TN|SF):/.test(firstLine)) return "lcov";
  return void 0;
}
function byName(path) {
  const name = path.toLowerCase().replace(/^.*[\\/]/, "");
  if (name.endsWith(".trx")) return "trx";
  if (name.endsWith(".tap")) return "tap";
  if (name.endsWith(".info") || name.endsWith(".lcov")) return "lcov";
  if (name === "coverage-summary.json") return "istanbul-summary";
  if (name === "cobertura.xml" || name === "cobertura-coverage.xml" || name === "coverage.xml")
    return "cobertura";
  if (name.endsWith(".xml")) return "junit";
  return void 0;
}
function reportFormatOfContent(head) {
  return byContent(head);
}
function detectReportFormat(path, head) {
  const fromContent = byContent(head);
  if (fromContent) return fromContent;
  const text = head.replace(/^\uFEFF/, "").trimStart();
  const undecided = text.startsWith("<") && rootElement(text) === void 0 || !/^[<{]/.test(text);
  return undecided ? byName(path) : void 0;
}

export {
  reportFormatOfContent,
  detectReportFormat
};

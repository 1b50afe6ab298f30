/**
 * Which format a report is in, from its first few KB (content first: `results.xml` may be JUnit or
 * Cobertura, `report.json` Jest or Mocha), then from the file name when the content is not decisive.
 */
import type { ReportFormat } from '../../core/model.js';

/** The first element's name, skipping the XML declaration, comments, processing instructions and a DOCTYPE. */
function rootElement(head: string): string | undefined {
  let rest = head;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return undefined;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return undefined;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('<!')) {
      // <!DOCTYPE name [ internal subset ]>: the subset may hold `>` characters, so skip it whole.
      const subset = rest.indexOf('[');
      const close = rest.indexOf('>');
      if (close < 0) return undefined;
      if (subset >= 0 && subset < close) {
        const subsetEnd = rest.indexOf(']', subset);
        if (subsetEnd < 0) return undefined;
        const end = rest.indexOf('>', subsetEnd);
        if (end < 0) return undefined;
        rest = rest.slice(end + 1);
      } else rest = rest.slice(close + 1);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
      return match?.[1]?.replace(/^.*:/, '');
    }
  }
}

/** The root element's start tag (from `<` to `>`), for its namespace; undefined when cut off. */
function rootTag(text: string, name: string): string {
  const head = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const at = head.search(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`));
  if (at < 0) return '';
  const end = head.indexOf('>', at);
  return end < 0 ? head.slice(at) : head.slice(at, end + 1);
}

/**
 * XML dialects by root element, and where two dialects share a root, by namespace or by the elements
 * only one of them has: VSTest TRX and CppUnit/AUnit are both `<TestRun>`; Check's XML and JUnit are
 * both `<testsuites>`.
 */
function xmlFormat(text: string): ReportFormat | undefined {
  const root = rootElement(text);
  switch (root) {
    case 'testsuites':
    case 'testsuite':
      return /check\.sourceforge\.net\/ns/.test(rootTag(text, root)) ? 'check' : 'junit';
    case 'TestRun': {
      if (/TeamTest/.test(rootTag(text, root))) return 'trx';
      const body = text.slice(text.indexOf('<TestRun'));
      if (
        /<(?:[\w.-]+:)?(?:Results|ResultSummary|TestSettings|TestDefinitions|Times|TestLists|UnitTestResult)\b/.test(
          body,
        )
      )
        return 'trx';
      if (/<(?:FailedTests|SuccessfulTests|Statistics|FailedTest|Test)\b/.test(body)) return 'cppunit';
      return 'trx';
    }
    case 'test-results':
    case 'test-run':
    case 'test-suite':
      return 'nunit';
    case 'assemblies':
    case 'assembly':
      return 'xunit';
    case 'coverage':
      return 'cobertura';
    default:
      return undefined;
  }
}

/** JSON reports by their keys; JSON-lines streams (go test -json, dart test --reporter json) by their first line. */
function jsonFormat(text: string): ReportFormat | undefined {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (/^\{.*"Action"\s*:\s*"/.test(firstLine) && /"(?:Package|Time)"\s*:/.test(firstLine)) return 'go-json';
  if (/^\{.*"(?:protocolVersion|runnerVersion)"\s*:/.test(firstLine)) return 'dart-json';
  if (/^\{.*"type"\s*:\s*"(?:start|suite|testStart|allSuites|group)"/.test(firstLine)) return 'dart-json';
  if (/"(?:numTotalTests|numPassedTests|testResults)"\s*:/.test(text)) return 'jest-json';
  if (/"stats"\s*:/.test(text) && /"(?:passes|failures|pending|suites)"\s*:/.test(text)) return 'mocha-json';
  if (/"examples"\s*:\s*\[/.test(text) && /"(?:version|summary|summary_line|messages)"\s*:/.test(text))
    return 'rspec-json';
  if (/^\{\s*"total"\s*:\s*\{\s*"(?:lines|statements|functions|branches)"\s*:/.test(text))
    return 'istanbul-summary';
  return undefined;
}

function byContent(head: string): ReportFormat | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  // go test -json before Go 1.24 may open with plain `FAIL <pkg> [build failed]` lines.
  if (/^FAIL\s+\S+\s+\[(?:build|setup) failed\]/.test(text)) {
    const event = text.split(/\r?\n/, 50).find((line) => line.startsWith('{'));
    if (event && jsonFormat(event) === 'go-json') return 'go-json';
  }
  if (text.startsWith('<')) return xmlFormat(text);
  if (text.startsWith('{')) return jsonFormat(text);
  // TAP may open with comments (`# TAP emitted by Test::More`): the first other line decides.
  const firstLine =
    text.split(/\r?\n/, 50).find((line) => line.trim() !== '' && !/^#(?!\s*Subtest\b)/.test(line)) ?? '';
  if (/^TAP version \d+/i.test(firstLine)) return 'tap';
  if (/^(?:(?:not )?ok\b|1\.\.\d+|# Subtest\b)/.test(firstLine)) return 'tap';
  if (/^(?:TN|SF):/.test(firstLine)) return 'lcov';
  return undefined;
}

function byName(path: string): ReportFormat | undefined {
  const name = path.toLowerCase().replace(/^.*[\\/]/, '');
  if (name.endsWith('.trx')) return 'trx';
  if (name.endsWith('.tap')) return 'tap';
  if (name.endsWith('.info') || name.endsWith('.lcov')) return 'lcov';
  if (name === 'coverage-summary.json') return 'istanbul-summary';
  if (name === 'cobertura.xml' || name === 'cobertura-coverage.xml' || name === 'coverage.xml')
    return 'cobertura';
  if (name.endsWith('.xml')) return 'junit';
  return undefined;
}

/**
 * The report format `head` (a file's first bytes, as text) opens with, by its content alone: a
 * report root element, a report's JSON keys, TAP or lcov lines. For a glance at a file no one named
 * as a report (the agents' Stop hook: a test report left untracked is no work).
 */
export function reportFormatOfContent(head: string): ReportFormat | undefined {
  return byContent(head);
}

/**
 * The report format of `path` whose first bytes are `head` (decoded as text), or undefined when
 * neither the content nor the name says. Content that names a format wins; content that is clearly
 * something else (an XML root that no report uses, JSON of another shape) is not overruled by the name.
 */
export function detectReportFormat(path: string, head: string): ReportFormat | undefined {
  const fromContent = byContent(head);
  if (fromContent) return fromContent;
  const text = head.replace(/^\uFEFF/, '').trimStart();
  // The root element or JSON keys did not fit in the head: fall back to the name.
  const undecided = (text.startsWith('<') && rootElement(text) === undefined) || !/^[<{]/.test(text);
  return undecided ? byName(path) : undefined;
}

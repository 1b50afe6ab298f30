/**
 * Cobertura XML (coverage.py `coverage xml`, Istanbul's `cobertura` reporter, JaCoCo converters,
 * .NET coverlet): the totals are attributes of the `<coverage>` root, so reading stops at the root
 * tag. The exact counts (`lines-covered`/`lines-valid`) win over the rounded `line-rate` when present.
 */
import type { ReportWarning } from '../../core/model.js';
import { coveragePercent, roundPercent } from '../../core/reports.js';
import { type CoverageRead, type CoverageReader, coverageRead, ReportReadError } from './reader.js';
import { numberAttribute, parseXmlFile } from './xml.js';

export async function readCobertura(absPath: string, displayPath: string): Promise<CoverageRead> {
  let linesPercent: number | undefined;
  let branchesPercent: number | undefined;
  let sawRoot = false;

  const warnings: ReportWarning[] = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (name !== 'coverage') {
        throw new ReportReadError(
          `not a Cobertura report: the root element is <${tag.name}>, expected <coverage>`,
          'cobertura/root',
        );
      }
      sawRoot = true;
      const percent = (covered: string, valid: string, rate: string): number | undefined => {
        const c = numberAttribute(tag, covered);
        const v = numberAttribute(tag, valid);
        if (c !== undefined && v !== undefined) return coveragePercent(c, v);
        const r = numberAttribute(tag, rate);
        return r === undefined ? undefined : roundPercent(r * 100);
      };
      linesPercent = percent('lines-covered', 'lines-valid', 'line-rate');
      branchesPercent = percent('branches-covered', 'branches-valid', 'branch-rate');
      if (linesPercent === undefined && numberAttribute(tag, 'lines-valid') !== 0) {
        throw new ReportReadError(
          'the <coverage> element has neither line-rate nor lines-covered/lines-valid',
          'cobertura/attributes',
        );
      }
      return 'stop';
    },
  });
  if (!sawRoot) throw new ReportReadError('not a Cobertura report: no <coverage> element', 'cobertura/root');
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}

export const coberturaReader: CoverageReader = { format: 'cobertura', read: readCobertura };

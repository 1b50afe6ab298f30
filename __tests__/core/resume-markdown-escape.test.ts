import { describe, expect, it } from '@jest/globals';
import { parseHandoff } from '../../src/core/document/parse.js';
import { escapeUserText, neutraliseMentions } from '../../src/core/markdown-escape.js';
import { buildResume, renderResumeMarkdown } from '../../src/core/resume.js';

/** A mention GitHub would link: `@` at the start or after a non-word character, then a name. */
const LIVE_MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}]/u;

describe('neutraliseMentions', () => {
  it('breaks @user and @org/team wherever GitHub would link them, and reads the same', () => {
    for (const text of ['@octocat', 'ping @octocat now', '(@org/team)', 'cc:@a-b']) {
      const out = neutraliseMentions(text);
      expect(out).not.toMatch(LIVE_MENTION);
      expect(out.replace(/\u2060/g, '')).toBe(text);
    }
  });

  it('leaves a lone @ alone; an e-mail address reads the same', () => {
    expect(neutraliseMentions('mail dev@example.com').replace(/\u2060/g, '')).toBe('mail dev@example.com');
    expect(neutraliseMentions('a @ b')).toBe('a @ b');
  });
});

describe('escapeUserText', () => {
  it('escapes markup and neutralises mentions', () => {
    const out = escapeUserText('**@octocat** <b>hi</b> [x](https://e.example)');
    expect(out).not.toMatch(LIVE_MENTION);
    expect(out).not.toMatch(/(?<!\\)\*\*/);
    expect(out).not.toMatch(/(?<!\\)<b>/);
  });
});

describe('renderResumeMarkdown', () => {
  it('pings nobody named in a handoff, the registry or a commit', () => {
    const doc = parseHandoff('# T\n\n## Current Blockers\n\n- waiting for @octocat and @acme/reviewers\n');
    const markdown = renderResumeMarkdown(
      buildResume({
        taskId: 'TASK-1',
        agent: '@agent',
        status: 'in_progress',
        briefNote: 'ask @someone',
        handoff: { path: 'h.md', document: doc },
        commitsSince: [
          {
            sha: 'a'.repeat(40),
            parents: [],
            authorName: 'A',
            authorEmail: 'a@example.com',
            authorTime: 0,
            commitTime: 0,
            subject: 'Thanks @helper',
            body: '',
            taskTrailers: [],
            files: [],
          },
        ],
        now: new Date('2025-11-10T00:00:00Z'),
      }),
    );
    for (const line of markdown.split('\n')) expect(line).not.toMatch(LIVE_MENTION);
    expect(markdown.replace(/\u2060/g, '')).toContain('@octocat');
  });
});

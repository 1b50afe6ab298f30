/**
 * Interactive prompts for what facts cannot know: decisions with their reasons, new blockers, new next
 * steps. Only used when stdin and stdout are terminals (the caller decides); a script or an agent
 * piping into `handoff draft` never waits on a question.
 */
import { createInterface } from 'node:readline';
import { isPlaceholderText } from '../core/document/elements.js';
import type { DraftAnswers } from '../core/draft.js';

const QUESTIONS: { key: keyof DraftAnswers; title: string }[] = [
  { key: 'decisions', title: 'Decisions made this session, each with its reason' },
  { key: 'blockers', title: 'New blockers (open ones from the last handoff are carried over)' },
  { key: 'nextSteps', title: 'New next steps, most urgent first' },
];

/**
 * Asks the three questions; one item per line, an empty line ends a list. When the input ends
 * (Ctrl-D), what was typed is kept and the rest stays a placeholder.
 */
export async function promptForAnswers(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<DraftAnswers> {
  const rl = createInterface({ input, output, terminal: Boolean((output as { isTTY?: boolean }).isTTY) });
  // The iterator buffers lines, so text typed (or piped) ahead of a prompt is not lost.
  const lines = rl[Symbol.asyncIterator]();
  const answers: DraftAnswers = {};
  try {
    output.write(
      'Fill in what the facts cannot know (an empty line ends each list, Ctrl-D skips the rest):\n',
    );
    for (const { key, title } of QUESTIONS) {
      output.write(`\n${title}:\n`);
      const items: string[] = [];
      for (;;) {
        output.write('  - ');
        const next = await lines.next();
        if (next.done) {
          if (items.length > 0) answers[key] = items;
          return answers;
        }
        const line = String(next.value).trim();
        if (line === '') break;
        // As `draft` refuses such answers given as flags (core/draft-input.ts): asked again instead.
        if (isPlaceholderText(line)) {
          output.write(
            `    "${line}" reads as template text, which the check counts as empty: say what it is, or press Enter to end the list.\n`,
          );
          continue;
        }
        items.push(line);
      }
      if (items.length > 0) answers[key] = items;
    }
    return answers;
  } finally {
    rl.close();
  }
}

/**
 * Interactive prompts for what facts cannot know: where the work stands, decisions with their
 * reasons, new blockers, new next steps, progress, the time remaining. Only used when stdin and
 * stdout are terminals (the caller decides); a script or an agent piping into `handoff draft` never waits on a question. The
 * answers are a `DraftInput`, the same as flags or `--input` JSON give, and go through the same rules.
 */
import { createInterface } from 'node:readline';
import { isPlaceholderText } from '../core/document/elements.js';
import { checkRemaining, type DraftInput, parseProgress } from '../core/draft-input.js';
import { InputError } from '../core/errors.js';

const LISTS: { key: 'decisions' | 'blockers' | 'next'; title: string }[] = [
  { key: 'decisions', title: 'Decisions made this session, each with its reason' },
  { key: 'blockers', title: 'New blockers (open ones from the last handoff are carried over)' },
  { key: 'next', title: 'New next steps, most urgent first' },
];

/** As `draft` refuses such answers given as flags (core/draft-input.ts): asked again instead. */
const templateText = (line: string) =>
  `    "${line}" reads as template text, which the check counts as empty: say what it is, or press Enter to skip.\n`;

/**
 * Ctrl-C at a question: the person wants out, so nothing is written (Ctrl-D, the input's end, keeps
 * what was typed). In a terminal readline takes Ctrl-C as a key, not the signal that would end the
 * process: the command says so and exits 130, as a shell reports a command ended by Ctrl-C.
 */
export class PromptInterrupted extends Error {
  constructor() {
    super('interrupted (Ctrl-C): nothing written');
    this.name = 'PromptInterrupted';
  }
}

/**
 * Asks the questions: a line for the state, one item per line for each list (an empty line ends
 * it), a percentage, the time remaining (not asked at 100%, which states 0 hours). When the input
 * ends (Ctrl-D), what was typed is kept and the rest stays a placeholder; Ctrl-C throws
 * PromptInterrupted.
 */
export async function promptForDraftInput(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<DraftInput> {
  const rl = createInterface({ input, output, terminal: Boolean((output as { isTTY?: boolean }).isTTY) });
  let interrupted = false;
  let ended = false;
  rl.on('SIGINT', () => {
    interrupted = true;
    rl.close();
  });
  // The iterator buffers lines, so text typed (or piped) ahead of a prompt is not lost.
  const lines = rl[Symbol.asyncIterator]();
  /** The next line typed, trimmed; undefined once the input has ended. */
  const nextLine = async (): Promise<string | undefined> => {
    const next = await lines.next();
    if (interrupted) throw new PromptInterrupted();
    if (!next.done) return String(next.value).trim();
    // Ctrl-D leaves the cursor after a question: what the command says next starts a line of its own.
    if (!ended) output.write('\n');
    ended = true;
    return undefined;
  };
  const answers: DraftInput = {};
  try {
    output.write(
      'Fill in what the facts cannot know (Enter skips a question or ends a list, Ctrl-D the rest):\n',
    );

    output.write(
      '\nWhere the work stands, in a line (opens Current State; the registry keeps it as the note):\n  ',
    );
    for (;;) {
      const line = await nextLine();
      if (line === undefined) return answers;
      if (line !== '' && isPlaceholderText(line)) {
        output.write(`${templateText(line)}  `);
        continue;
      }
      if (line !== '') answers.note = line;
      break;
    }

    for (const { key, title } of LISTS) {
      output.write(`\n${title}:\n`);
      const items: string[] = [];
      for (;;) {
        output.write('  - ');
        const line = await nextLine();
        if (line === undefined) {
          if (items.length > 0) answers[key] = items;
          return answers;
        }
        if (line === '') break;
        if (isPlaceholderText(line)) {
          output.write(templateText(line));
          continue;
        }
        items.push(line);
      }
      if (items.length > 0) answers[key] = items;
    }

    output.write('\nProgress of the task, in percent:\n  ');
    for (;;) {
      const line = await nextLine();
      if (line === undefined) return answers;
      if (line === '') break;
      try {
        answers.progress = parseProgress(line);
        break;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        output.write(
          `    "${line}" is not a percentage from 0 to 100: a number such as 40, or Enter to skip.\n  `,
        );
      }
    }
    if (answers.progress === 100) return answers;

    output.write('\nTime remaining (e.g. 3h, 2 days):\n  ');
    for (;;) {
      const line = await nextLine();
      if (line === undefined || line === '') return answers;
      try {
        checkRemaining(line);
        answers.remaining = line;
        return answers;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        output.write(
          `    "${line}" is not a time: amounts with their units, such as 3h or 2 days, or Enter to skip.\n  `,
        );
      }
    }
  } finally {
    rl.close();
  }
}

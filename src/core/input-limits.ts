/**
 * The limits of schema/draft-input.schema.json (a note of 500 characters, items of 2,000, lists of
 * 50) for all that a person or an agent tells a command, not only `draft --input` JSON: flags and
 * MCP arguments too. Without them a 6 MB `--note` made a registry over the size limit, which no
 * command could read again (not even `start`, to put it right).
 */
import validateDraftInputSchema from '../generated/draft-input.validator.js';
import { InputError } from './errors.js';
import { schemaRuleWords } from './schema-words.js';

/**
 * Throws InputError (`schema/<keyword>`) naming the flag when `input` breaks the schema's rules.
 * Empty values are left out first, as the commands leave them out: an empty `--note` clears the
 * note, an empty `--next` adds nothing.
 */
export function checkGivenInput(input: Record<string, unknown>): void {
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === '' || value === undefined) continue;
    given[key] = Array.isArray(value)
      ? value.filter((item) => typeof item !== 'string' || item.trim() !== '')
      : value;
  }
  if (validateDraftInputSchema(given)) return;
  const error = validateDraftInputSchema.errors?.[0];
  const [key = '', item] = (error?.instancePath ?? '').split('/').slice(1);
  // The flag the key stands for: `decisions` is `--decision`, `timeSpent` is `--time-spent`.
  const flag = (key === 'decisions' || key === 'blockers' ? key.slice(0, -1) : key).replace(
    /[A-Z]/g,
    (letter) => `-${letter.toLowerCase()}`,
  );
  const what = `the ${key} (--${flag}${item === undefined ? '' : `, item ${Number(item) + 1}`})`;
  throw new InputError(
    `${what} ${error === undefined ? 'is invalid' : schemaRuleWords(error)}`,
    {},
    `schema/${error?.keyword ?? 'invalid'}`,
  );
}

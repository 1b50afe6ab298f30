/**
 * A schema rule broken, in the plain words every message about a JSON file or an input uses: the
 * registry, the config, `draft --input` JSON and the flags the same schema limits. ajv's own messages
 * read as its source does (`must NOT have fewer than 1 characters`, `must be <= 100`); each caller
 * puts its own subject before these words (`config key "wordBudget"`, `"status" of agent "bob"`,
 * `"progress"`).
 */
import type { ErrorObject } from 'ajv';
import { pointerSegment } from './json-location.js';

/**
 * What the value must be, or what its object lacks: `must be a number`, `must be a string or null`,
 * `must not be empty`, `must be at most 100`, `has no "status"`, `has an unknown key "x"` (a caller
 * that knows the keys says more with `unknownKeyMessage`).
 */
export function schemaRuleWords(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const limit = params.limit as number;
  switch (error.keyword) {
    case 'required':
      return `has no "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `has an unknown key "${String(params.additionalProperty)}"`;
    case 'type':
      return `must be ${[params.type].flat().map(typeWords).join(' or ')}`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`;
    case 'maxLength':
      return `must be at most ${limit} characters long`;
    case 'minItems':
      return `must list at least ${limit} item${limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must list at most ${limit} item${limit === 1 ? '' : 's'}`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'uniqueItems': {
      // ajv names the later item first, both counted from 0.
      const [first, second] = [params.j as number, params.i as number].sort((a, b) => a - b);
      return `must not list an item twice (items ${(first ?? 0) + 1} and ${(second ?? 0) + 1} are the same)`;
    }
    default:
      return error.message ?? 'is invalid';
  }
}

/** The JSON pointer of the value an error is about: for an unknown key, that key's. */
export function schemaErrorPointer(error: ErrorObject): string {
  if (error.keyword !== 'additionalProperties') return error.instancePath;
  const key = String((error.params as { additionalProperty: string }).additionalProperty);
  return `${error.instancePath}/${pointerSegment(key)}`;
}

/** A JSON type as a sentence says it: `an integer`, `a string`, `null`. */
function typeWords(type: unknown): string {
  const name = String(type);
  if (name === 'null') return 'null';
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}

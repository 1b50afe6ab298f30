import type { ErrorObject } from 'ajv';
import { schemaErrorPointer, schemaRuleWords } from '../../src/core/schema-words.js';
import validateRegistrySchema from '../../src/generated/agent-handoffs.validator.js';

/** The first error ajv gives for `value` under the registry's schema. */
function registryError(value: unknown): ErrorObject {
  expect(validateRegistrySchema(value)).toBe(false);
  return validateRegistrySchema.errors?.[0] as ErrorObject;
}

const error = (keyword: string, params: Record<string, unknown>, instancePath = '/a'): ErrorObject => ({
  keyword,
  params,
  instancePath,
  schemaPath: `#/${keyword}`,
  message: 'raw ajv words',
});

describe('schemaRuleWords', () => {
  it('a missing required key is said as the entry having no such key, at the entry', () => {
    const missing = registryError({ bob: { current_task: 'T-1' } });
    expect(schemaRuleWords(missing)).toBe('has no "status"');
    expect(schemaErrorPointer(missing)).toBe('/bob');
  });

  it("says each rule in plain words, not ajv's", () => {
    expect(schemaRuleWords(error('type', { type: 'number' }))).toBe('must be a number');
    expect(schemaRuleWords(error('type', { type: ['string', 'null'] }))).toBe('must be a string or null');
    expect(schemaRuleWords(error('type', { type: 'integer' }))).toBe('must be an integer');
    expect(schemaRuleWords(error('type', { type: ['object', 'null'] }))).toBe('must be an object or null');
    expect(schemaRuleWords(error('minLength', { limit: 1 }))).toBe('must not be empty');
    expect(schemaRuleWords(error('minLength', { limit: 3 }))).toBe('must be at least 3 characters long');
    expect(schemaRuleWords(error('maxLength', { limit: 500 }))).toBe('must be at most 500 characters long');
    expect(schemaRuleWords(error('maxItems', { limit: 50 }))).toBe('must list at most 50 items');
    expect(schemaRuleWords(error('minItems', { limit: 1 }))).toBe('must list at least 1 item');
    expect(schemaRuleWords(error('minimum', { limit: 0 }))).toBe('must be at least 0');
    expect(schemaRuleWords(error('maximum', { limit: 100 }))).toBe('must be at most 100');
    expect(schemaRuleWords(error('enum', { allowedValues: ['allow', 'block'] }))).toBe(
      'must be one of "allow", "block"',
    );
    expect(schemaRuleWords(error('uniqueItems', { i: 2, j: 0 }))).toBe(
      'must not list an item twice (items 1 and 3 are the same)',
    );
    expect(schemaRuleWords(error('additionalProperties', { additionalProperty: 'x' }))).toBe(
      'has an unknown key "x"',
    );
    expect(schemaErrorPointer(error('additionalProperties', { additionalProperty: 'a/b' }, ''))).toBe(
      '/a~1b',
    );
  });
});

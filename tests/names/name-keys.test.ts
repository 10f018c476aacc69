import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAssetKey } from '../../src/import/parse/normalise.js';
import { nameKey } from '../../src/names/names.js';

/** Asset codes as reports write them: Latin letters, digits and the separators people put between them. */
const writtenCode = fc
  .array(fc.constantFrom(...'abcXYZ0123456789'.split(''), '-', ' ', '.', '_', '/'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));

describe('the two "same name" keys', () => {
  it('gives the same identity key to spellings the importer reads as one code', () => {
    fc.assert(
      fc.property(writtenCode, writtenCode, (a, b) => {
        if (normaliseAssetKey(a) === normaliseAssetKey(b)) expect(nameKey(a)).toBe(nameKey(b));
      }),
      { numRuns: 2_000 },
    );
  });

  it('derives the identity key from the reading key for such codes', () => {
    fc.assert(
      fc.property(writtenCode, (code) => {
        expect(nameKey(normaliseAssetKey(code))).toBe(nameKey(code));
      }),
      { numRuns: 2_000 },
    );
  });

  it('folds accents in the identity key only: the reading key keeps what the report wrote', () => {
    expect(nameKey('Zoë Müller')).toBe(nameKey('zoe muller'));
    expect(normaliseAssetKey('Zoë')).not.toBe(normaliseAssetKey('Zoe'));
  });
});

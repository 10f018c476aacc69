/*
 * Entity resolution: which written names mean the same asset, party, team or service.
 *
 * Two keys exist on purpose. `nameKey` (here) is the identity key: it is what
 * `name_key` and `alias_key` columns store and what lookups, aliases and merges
 * compare, so it folds everything a spelling may vary in, accents included.
 * The importer's `normaliseAssetKey` (src/import/normalise.ts) is a reading
 * key, `VMS-10` for `vms010`: it keeps the letter and number runs of a code
 * apart because the importer reads them (the prefix gives the kind, learned
 * kinds are stored per prefix). For codes in Latin letters and digits, two
 * spellings with the same reading key have the same identity key, so what the
 * importer groups the graph stores as one entity; tests/names checks that.
 */

/**
 * The key two spellings of one name share: case, spaces, dashes, dots and
 * leading zeros of numbers do not count, so `VMS010`, `vms-010`, `VMS 010` and
 * `VMS10` meet, as do `MASTER-02` and `Master 2`.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/(^|\D)0+(?=\d)/g, '$1');
}

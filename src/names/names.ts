/*
 * Two "same name" keys, on purpose. `nameKey` is identity: name_key and alias_key store it, lookups,
 * aliases and merges compare it, and it folds accents too. The importer's `normaliseAssetKey` (`VMS-10`)
 * keeps a code's letter and number runs apart because it reads them (the prefix gives the kind).
 * Spellings one reading key groups get one identity key (tests/names).
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

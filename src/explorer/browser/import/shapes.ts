import type { Fact } from './review-model.js';

/** A glyph per kind of fact, so chips differ by shape and text as well as colour. */
export const KIND_GLYPHS: Record<Fact['kind'], string> = {
  INCIDENT: '▣',
  ENTRY: '●',
  TIME: '◷',
  PARTY: '☺',
  ASSET: '■',
  TEAM: '⬢',
  SERVICE: '⬭',
  CAUSE: '▲',
  FINDING: '△',
  RECOMMENDATION: '◆',
  SIGN_OFF: '✎',
  ASSET_FACT: '▪',
};

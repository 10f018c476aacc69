import type { SourceSpan } from './report-types.js';

export interface Sentence {
  text: string;
  span: SourceSpan;
}

function lineAt(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line += 1;
  return line;
}

/** Splits at ". " before a capital or quote; "Ltd." or "e.g." inside a sentence stay whole often enough for a report. */
export function sentences(text: string, span: SourceSpan): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?](?=\s+["'(]?[A-Z0-9])/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const lead = raw.length - raw.trimStart().length;
      const s = lineAt(text, start + lead, span.startLine);
      const e = lineAt(text, start + lead + trimmed.length - 1, span.startLine);
      out.push({ text: trimmed, span: { startLine: s, endLine: Math.max(s, e) } });
    }
    start = end;
  };
  for (const m of text.matchAll(boundary)) push(m.index + 1);
  push(text.length);
  return out;
}

export interface Hit {
  index: number;
  end: number;
  surface: string;
}

export function hits(text: string, pattern: RegExp): Hit[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const re = new RegExp(pattern.source, flags);
  return [...text.matchAll(re)].filter((m) => m[0] !== '').map((m) => ({ index: m.index, end: m.index + m[0].length, surface: m[0] }));
}

/** Keeps the longest of overlapping hits so "HNFS/RCN panel" is not also counted as "panel". Linear after sorting. */
export function longestFirst<T extends Hit>(all: T[]): T[] {
  const sorted = [...all].sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index));
  const kept: T[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (!last || h.index >= last.end) kept.push(h);
    else if (h.end - h.index > last.end - last.index) kept[kept.length - 1] = h;
  }
  return kept;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

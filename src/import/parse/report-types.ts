import type { CauseReference } from './cause-references.js';

/** 1-based, inclusive line numbers in the original markdown. */
export interface SourceSpan {
  startLine: number;
  endLine: number;
}

export interface ParsedParty {
  ordinal: number;
  name: string;
  title: string;
  span: SourceSpan;
}

export interface ParsedLocation {
  label: string | null;
  text: string;
  span: SourceSpan;
}

export interface ParsedTime {
  time: string;
  qualifier: 'at' | 'around' | 'by' | null;
  phrase: string;
  /** The sentence the time was written in, so each time of an entry can be told apart. */
  sentence: string;
  /** Set when the text did not say morning or afternoon and the reading chose one; says which and why. */
  assumed?: string;
  /** The day it happened: the entry's first day unless the text puts it on another ("02:40 on 7 May"); set once the entry is read. */
  date?: string;
}

export interface ParsedParagraph {
  text: string;
  span: SourceSpan;
  times: ParsedTime[];
}

export interface ParsedTimelineEntry {
  order: number;
  startDate: string;
  endDate: string;
  dateText: string;
  span: SourceSpan;
  paragraphs: ParsedParagraph[];
}

export interface ParsedItem {
  text: string;
  span: SourceSpan;
  /** Causes the item names itself (a tag, its wording, or the group line it stands under); recommendations only. */
  causeReferences?: CauseReference[];
  /** The label a cause is written with (`RC1`), which recommendations may refer to; causes only. */
  label?: string;
  /** Who is to carry a recommendation out and by when, as written after it ("Owner: Raymond Ho, due 30/06/2026"). */
  owner?: string;
  due?: string;
}

/** What a sign-off line records: who wrote, checked, reviewed, approved, endorsed, signed off or closed the report. */
export type SignOffLine =
  | 'REPORT_BY' | 'VERIFIED_BY' | 'ADDITIONAL_VERIFICATION' | 'REVIEWED_BY' | 'APPROVED_BY' | 'ENDORSED_BY' | 'SIGNED_OFF_BY' | 'CLOSED_BY';

export interface ParsedSignOffLine {
  kind: SignOffLine;
  names: string[];
  span: SourceSpan;
}

export interface ReportProblem {
  line: number | null;
  message: string;
  code: string;
}

/** A non-empty line of the report that produced no fact, and why. */
export interface UnreadLine {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedReport {
  title: string;
  department: string | null;
  organisation: string | null;
  parties: ParsedParty[];
  locations: ParsedLocation[];
  period: { start: string; end: string; span: SourceSpan };
  symptoms: { text: string; items: string[]; span: SourceSpan };
  timeline: ParsedTimelineEntry[];
  causes: ParsedItem[];
  recommendations: ParsedItem[];
  signOffs: ParsedSignOffLine[];
  /** Oddities that do not stop the import (missing sign-offs, unknown sections, raw HTML kept as text). */
  warnings: ReportProblem[];
  /** Every non-empty line that produced nothing, with its reason; empty when the whole report was read. */
  unread: UnreadLine[];
}

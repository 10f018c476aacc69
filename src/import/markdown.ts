import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceSpan } from './report-types.js';

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

export function spanOf(node: Nodes, fallbackLine = 1): SourceSpan {
  const start = node.position?.start.line ?? fallbackLine;
  const end = node.position?.end.line ?? start;
  return { startLine: start, endLine: Math.max(start, end) };
}

/** Plain text of a node; raw HTML is kept verbatim as text so nothing the author wrote is silently dropped. */
export function textOf(node: Nodes): string {
  return toString(node, { includeHtml: true }).replace(/[ \t]+/g, ' ').trim();
}

/** The exact source of a node, for the few places where mdast structure hides what the author typed. */
export function sourceOf(markdown: string, node: Nodes): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return '';
  return markdown.slice(s, e);
}

export type Block = RootContent;

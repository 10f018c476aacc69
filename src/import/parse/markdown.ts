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
  return withBreaks(node).replace(/[ \t]+/g, ' ').trim();
}

// A hard line break ("text  " or "<br>" from HTML) ends a line, as it does on the page.
function withBreaks(node: Nodes): string {
  if (node.type === 'break') return '\n';
  // The items of a list nested under a bullet are lines of their own, not one run-on sentence.
  if (node.type === 'list') return node.children.map((c) => withBreaks(c)).join('\n');
  if ('children' in node) return node.children.map((c) => withBreaks(c as Nodes)).join('');
  return toString(node, { includeHtml: true });
}

/** The exact source of a node, for the few places where mdast structure hides what the author typed. */
export function sourceOf(markdown: string, node: Nodes): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return '';
  return markdown.slice(s, e);
}

export type Block = RootContent;

import mammoth from 'mammoth';
import { htmlToMarkdown } from './html.js';

/** A Word document as Markdown: Word's headings, lists and bold survive through HTML. */
export async function docxToMarkdown(content: Buffer): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: content });
  return htmlToMarkdown(value);
}

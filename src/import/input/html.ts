import TurndownService from 'turndown';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_', strongDelimiter: '**' });
  service.remove(['head', 'title', 'script', 'style', 'noscript']);
  // Markdown characters are not escaped: "1. Name - Title" typed as a paragraph must stay a list item, as it reads.
  service.escape = (text: string) => text;
  return service;
}

/** HTML as a wiki or Word exports it, as Markdown; the import's line numbers then point at this Markdown. */
export function htmlToMarkdown(html: string): string {
  return turndown().turndown(html);
}

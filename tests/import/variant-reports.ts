import { readFileSync } from 'node:fs';

/** A report in the template with the parts a test varies given as text; everything else is the template's. */
export function variantReport(parts: {
  title?: string;
  parties?: string;
  period?: string;
  timelineHeader?: string;
  timeline?: string;
  causesHeader?: string;
  causes?: string;
  recommendationsHeader?: string;
  recommendations?: string;
  signOffs?: string;
  extra?: string;
} = {}): string {
  return [
    parts.title ?? '# Incident report for Mail relay outage',
    '',
    'Information Technology Department',
    '',
    '**Related Parties:**',
    '',
    parts.parties ?? '1. Anson Tsang - Network Architect\n2. Jia Jun - Security Architect',
    '',
    parts.period ?? 'Date: 13 Aug 2024 - 15 Aug 2024',
    '',
    '**Summarized Symptoms:**',
    '',
    'Mail delayed',
    '',
    parts.timelineHeader ?? '**Incident Description:**',
    '',
    parts.timeline ?? '- 13 Aug 2024\n\nThe relay stopped at 23:00.',
    '',
    ...(parts.extra ? [parts.extra, ''] : []),
    parts.causesHeader ?? '**Incident Caused:**',
    '',
    parts.causes ?? '- The relay disk filled up.',
    '',
    parts.recommendationsHeader ?? '**Follow up recommendation:**',
    '',
    parts.recommendations ?? '- Monitor the relay disk.',
    '',
    parts.signOffs ?? 'Report by: Anson Tsang\n\nVerified by: Jia Jun',
  ].join('\n');
}

export function variantFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/variants/${name}`, import.meta.url), 'utf8');
}

export const lineOf = (markdown: string, needle: string): number => markdown.split('\n').findIndex((l) => l.includes(needle)) + 1;

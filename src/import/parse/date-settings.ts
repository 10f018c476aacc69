/**
 * How the organisation writes numeric dates: "05/11/2025" is 5 November day-first (the default, as in
 * Hong Kong and the UK) and 11 May month-first. Set IMPORT_DATE_ORDER=month-first to change it.
 */
export type DateOrder = 'day-first' | 'month-first';

export interface DateContext {
  order: DateOrder;
  /** The report's period, once read; a date written without a year is placed inside it. */
  period: { start: string; end: string } | null;
}

export function dateOrderFromEnv(env: NodeJS.ProcessEnv = process.env): DateOrder {
  return env.IMPORT_DATE_ORDER === 'month-first' ? 'month-first' : 'day-first';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The API's dates (`2024-08-16`) as UTC midnights, so no time zone moves a day. */
export const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export const DAY_MS = 86_400_000;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** `16 Aug 2024`; `May 2024` for a date known to the month. */
export function formatDay(date: Date | string, precision: string | null = 'DAY'): string {
  const d = typeof date === 'string' ? utcDay(date) : date;
  const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return precision === 'MONTH' ? month : `${d.getUTCDate()} ${month}`;
}

/** `16 Aug`: tick labels inside one incident. */
export const formatShortDay = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** `Aug 2024`: tick labels across years. */
export const formatMonth = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

import { utcTicks } from 'd3-time';

export interface TimeAxis {
  (date: Date): number;
  domain: readonly [Date, Date];
  /** Calendar-aligned ticks (days, weeks, months …) from d3-time, about `count` of them. */
  ticks(count: number): Date[];
}

/** Maps dates linearly onto [left, right]. */
export function timeAxis(from: Date, to: Date, left: number, right: number): TimeAxis {
  const span = to.getTime() - from.getTime() || 1;
  const axis = ((date: Date) => left + ((date.getTime() - from.getTime()) / span) * (right - left)) as TimeAxis;
  axis.domain = [from, to];
  axis.ticks = (count) => utcTicks(from, to, count);
  return axis;
}

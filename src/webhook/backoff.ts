/** Attempts per delivery round; the waits between them add up to more than a day. */
export const MAX_ATTEMPTS = 8;

const FIRST_WAIT_SECONDS = 15;
const GROWTH = 5;
const LONGEST_WAIT_SECONDS = 12 * 60 * 60;
/** Each wait is stretched by up to this share, so receivers coming back are not hit by every sender at once. */
const JITTER = 0.2;

/** Seconds to wait after failed attempt `attempt` (1-based): 15 s, 75 s, ~6 min, ~31 min, ~2.6 h, then 12 h. */
export function retryDelaySeconds(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_WAIT_SECONDS * GROWTH ** (attempt - 1), LONGEST_WAIT_SECONDS);
  return Math.round(base * (1 + JITTER * random()));
}

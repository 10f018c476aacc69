/** A small seeded PRNG (mulberry32): the synthetic graph is the same for the same seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A version-4-shaped UUID drawn from the stream, so link rows can name rows before they are stored. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/**
 * Draws ranks 0…n-1 with probability ∝ 1/(rank+1)^s: a few items take most of
 * the draws, as a few hosts and categories do in real incident records.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(readonly size: number, exponent: number) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i++) this.cumulative[i] = total += 1 / (i + 1) ** exponent;
    for (let i = 0; i < size; i++) this.cumulative[i]! /= total;
  }

  draw(random: Random): number {
    const u = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid]! < u) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** `count` distinct ranks (fewer when the population is smaller). */
  distinct(random: Random, count: number): number[] {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < Math.min(count, this.size) && tries < count * 20; tries++) chosen.add(this.draw(random));
    return [...chosen];
  }
}

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

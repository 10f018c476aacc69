/** Every benchmark server stops by itself after `seconds`, and on SIGTERM/SIGINT. */
export function boundLifetime(seconds: number, stop: () => Promise<void>): void {
  let stopping = false;
  const end = async () => {
    if (stopping) return;
    stopping = true;
    await stop().catch(() => {});
    process.exit(0);
  };
  setTimeout(end, seconds * 1000).unref();
  process.on('SIGTERM', end);
  process.on('SIGINT', end);
}

/** Tells the parent where the server listens: one JSON line on stdout. */
export const announce = (url: string) => console.log(JSON.stringify({ url }));

export const lifetimeSeconds = () => Number(process.env.BENCH_SERVER_LIFETIME ?? 120);
export const poolSize = () => Number(process.env.BENCH_POOL_SIZE ?? 10);

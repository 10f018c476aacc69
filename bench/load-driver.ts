import autocannon from 'autocannon';
import { quantile } from './stats.js';

/**
 * Drives one server with autocannon from its own process (so the load
 * generator does not share an event loop with the server): a warm-up, then a
 * fixed measured window; prints one JSON line with req/s and latency quantiles.
 */
interface DriveOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

async function drive(options: DriveOptions, record: boolean) {
  const latencies: number[] = [];
  let wrong = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: options.body,
        connections: options.connections, duration: record ? options.seconds : options.warmupSeconds, timeout: 30,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) wrong++;
      latencies.push(responseTime);
    });
  });
  return { result, latencies, wrong };
}

const options = JSON.parse(process.argv[2] ?? '{}') as DriveOptions;
await drive(options, false);
const { result, latencies, wrong } = await drive(options, true);
console.log(JSON.stringify({
  requestsPerSecond: result.requests.total / options.seconds,
  p50: quantile(latencies, 0.5),
  p95: quantile(latencies, 0.95),
  requests: result.requests.total,
  errors: result.errors + result.timeouts + wrong,
}));

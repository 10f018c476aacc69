import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadCauseClassifier } from '../classification/load.js';
import type { LearnedCue } from '../classification/types.js';
import { extractFacts } from './extract/extract-facts.js';
import { parseReport, ReportParseError } from './parse/parse-report.js';
import type { ReportProblem } from './parse/report-types.js';

/**
 * Reads reports (parse + extract) on a worker thread with a time budget, so one slow or hostile
 * report can neither block the server's other requests nor run for minutes.
 *
 * The worker runs this same module (`import.meta.url`): from the sources under tsx, and from the
 * Lambda bundle, where it is the bundle file and this module's top level is inside it.
 */
const ROLE = 'incident-report-reader';

export const DEFAULT_READ_DEADLINE_MS = 5_000;

type Facts = ReturnType<typeof extractFacts>;
type Report = ReturnType<typeof parseReport>;
type Reply = { id: number; ok: true; report: Report; facts: Facts } | { id: number; ok: false; problems?: ReportProblem[]; message: string };

/** The report could not be read in its budget, or its reader failed; the caller's input is to blame. */
export class ReportUnreadableError extends Error {
  constructor(message: string, readonly code: 'READ_TIMEOUT' | 'UNREADABLE') {
    super(message);
    this.name = 'ReportUnreadableError';
  }
}

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE) {
  const port = parentPort!;
  port.on('message', async ({ id, markdown, cues }: { id: number; markdown: string; cues: LearnedCue[] }) => {
    try {
      const report = parseReport(markdown);
      const classifier = await loadCauseClassifier(cues);
      port.postMessage({ id, ok: true, report, facts: extractFacts(report, classifier) } satisfies Reply);
    } catch (error) {
      const problems = error instanceof ReportParseError ? error.problems : undefined;
      port.postMessage({ id, ok: false, problems, message: (error as Error)?.message ?? String(error) } satisfies Reply);
    }
  });
  // The language model loads before the thread says it is ready, so a report's budget never pays for it.
  void loadCauseClassifier().then(
    () => port.postMessage('ready'),
    () => port.postMessage('ready'),
  );
}

interface Job {
  id: number;
  markdown: string;
  cues: LearnedCue[];
  deadlineMs: number;
  resolve(value: { report: Report; facts: Facts }): void;
  reject(error: Error): void;
}

let worker: { thread: Worker; ready: Promise<void> } | undefined;
const queue: Job[] = [];
let running: (Job & { timer?: NodeJS.Timeout; thread?: Worker }) | undefined;
let nextId = 1;

function startWorker() {
  const url = new URL(import.meta.url);
  const options = { workerData: { role: ROLE }, resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 } };
  // From the TypeScript sources (tsx, the tests) the thread registers tsx's loader first; a bundle is plain JavaScript.
  const thread = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { ...options, eval: true })
    : new Worker(url, options);
  const ready = new Promise<void>((resolve, reject) => {
    thread.once('message', () => resolve());
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`report reader exited with ${code}`)));
  });
  ready.catch(() => {});
  thread.on('message', (reply: Reply | 'ready') => reply !== 'ready' && finish(reply));
  // Only the job running on this thread fails with it: a terminated thread's late events must not touch the next one's job.
  thread.on('error', (error) => running?.thread === thread && fail(new ReportUnreadableError(`The report could not be read: ${error.message}`, 'UNREADABLE')));
  thread.on('exit', () => {
    if (worker?.thread === thread) worker = undefined;
    if (running?.thread === thread) fail(new ReportUnreadableError('The report could not be read: its reader stopped', 'UNREADABLE'));
  });
  return { thread, ready };
}

function finish(reply: Reply) {
  const job = running;
  if (!job || job.id !== reply.id) return;
  clearTimeout(job.timer);
  running = undefined;
  if (reply.ok) job.resolve({ report: reply.report, facts: reply.facts });
  else if (reply.problems) job.reject(new ReportParseError(reply.problems));
  else job.reject(new ReportUnreadableError(`The report could not be read: ${reply.message}`, 'UNREADABLE'));
  pump();
}

function fail(error: Error) {
  const job = running;
  if (!job) return;
  clearTimeout(job.timer);
  running = undefined;
  job.reject(error);
  pump();
}

function pump() {
  if (running) return;
  const job = queue.shift();
  if (!job) {
    worker?.thread.unref();
    return;
  }
  worker ??= startWorker();
  const current = worker;
  running = Object.assign(job, { thread: current.thread });
  current.thread.ref();
  current.ready.then(
    () => {
      if (running !== job) return;
      // The budget counts from when the reader has the report, not from a cold thread's start.
      running.timer = setTimeout(() => {
        if (running !== job) return;
        if (worker === current) worker = undefined;
        fail(new ReportUnreadableError(`The report took longer than ${job.deadlineMs} ms to read; simplify its formatting (deep nesting, long runs of * or _) and retry`, 'READ_TIMEOUT'));
        void current.thread.terminate();
      }, job.deadlineMs);
      current.thread.postMessage({ id: job.id, markdown: job.markdown, cues: job.cues });
    },
    (error: Error) => {
      if (worker === current) worker = undefined;
      if (running === job) fail(new ReportUnreadableError(`The report could not be read: ${error.message}`, 'UNREADABLE'));
    },
  );
}

/** Parses and reads a report on the reader thread, classifying causes with the learned cues given; rejects with ReportParseError, or ReportUnreadableError past the budget. */
export function readReportOffThread(
  markdown: string,
  cues: LearnedCue[] = [],
  deadlineMs = DEFAULT_READ_DEADLINE_MS,
): Promise<{ report: Report; facts: Facts }> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, markdown, cues, deadlineMs, resolve, reject });
    pump();
  });
}

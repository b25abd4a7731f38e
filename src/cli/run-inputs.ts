/**
 * Runs every input, in this thread or, with --jobs N, on this thread and
 * N − 1 worker threads, and hands records, messages and texts on in input
 * order either way, so the output of a parallel run is byte-identical to a
 * single-threaded one.
 *
 * Workers start once and stay: inputs are handed out in batches (larger at
 * first, smaller towards the end so every thread finishes at about the same
 * time), and each worker posts its records as JSON text in small bundles,
 * which costs less to send between threads than the objects themselves.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { readStdin } from './stdin.js';
import { processInput, type InputOptions, type InputSink, type InputSummary } from './process-input.js';

const require = createRequire(import.meta.url);
/** Loaded only when there is a worker to start: a run of one thread (every one-profile run) does without it. */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');

/** `done` with `started: false`: an input of a batch that a stop (Ctrl-C) came before; it has no summary. */
export type WorkerEvent =
  | { index: number; kind: 'record'; json: string }
  | { index: number; kind: 'message'; line: string }
  | { index: number; kind: 'text'; path: string; text: string }
  | { index: number; kind: 'done'; summary: InputSummary; started: boolean };

/** Inputs first..first + paths.length − 1, for one worker. */
export interface WorkerBatch {
  first: number;
  paths: string[];
  options: InputOptions;
  stdin?: Uint8Array;
}

/** What a worker posts: events of its inputs, in order, then `idle` when its batch is done. */
export type WorkerPost = WorkerEvent[] | 'idle';

/** A sink that turns one input's records, messages and texts into events. */
export function eventSink(index: number, emit: (event: WorkerEvent) => void, stopped?: () => boolean): InputSink {
  return {
    record: (record, json) => emit({ index, kind: 'record', json: json ?? JSON.stringify(record) }),
    message: (line) => emit({ index, kind: 'message', line }),
    text: (path, text) => emit({ index, kind: 'text', path, text }),
    stopped,
  };
}

/** Runs the inputs of a batch in order; once `stopped`, the rest are reported not started. */
export async function runBatch(batch: WorkerBatch, emit: (event: WorkerEvent) => void, stopped: () => boolean, afterEach?: () => Promise<unknown>): Promise<void> {
  for (const [i, path] of batch.paths.entries()) {
    const index = batch.first + i;
    if (stopped()) {
      emit({ index, kind: 'done', summary: { shown: path, records: 0, failed: false }, started: false });
      continue;
    }
    const summary = await processInput(path, batch.options, eventSink(index, emit, stopped), path === '-' ? batch.stdin : undefined);
    emit({ index, kind: 'done', summary, started: true });
    await afterEach?.();
  }
}

function deliver(event: WorkerEvent, sink: InputSink): void {
  if (event.kind === 'record') sink.record(JSON.parse(event.json), event.json);
  else if (event.kind === 'message') sink.message(event.line);
  else if (event.kind === 'text') sink.text(event.path, event.text);
}

/** Lets queued worker messages (and a Ctrl-C) in between two inputs of this thread. */
const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `signal` stops the run (Ctrl-C, or the output folder failing): no input is
 * started after it, and the inputs being read stop after their current
 * profile. The summaries are those of the inputs started, in input order.
 */
export async function runInputs(paths: readonly string[], options: InputOptions, jobs: number, sink: InputSink, signal?: AbortSignal): Promise<InputSummary[]> {
  const stdin = paths.includes('-') ? await readStdin() : undefined;
  if (jobs <= 1 || paths.length <= 1) {
    const summaries: InputSummary[] = [];
    const stoppable: InputSink = signal ? { ...sink, stopped: () => signal.aborted } : sink;
    for (const path of paths) {
      if (signal?.aborted) break;
      const summary = await processInput(path, options, stoppable, path === '-' ? stdin : undefined);
      summaries.push(summary);
      sink.done?.(summary);
    }
    return summaries;
  }

  const threads = Math.min(jobs, paths.length);
  const stopped = () => signal?.aborted === true;
  const summaries: InputSummary[] = [];
  let dispatched = 0;
  /** The next batch: a quarter of each thread's share of what is left, at most 64 inputs; none once stopped. */
  const nextBatch = (): WorkerBatch | null => {
    if (dispatched >= paths.length || stopped()) return null;
    const size = Math.max(1, Math.min(64, Math.ceil((paths.length - dispatched) / (4 * threads))));
    const first = dispatched;
    dispatched = Math.min(paths.length, first + size);
    return { first, paths: paths.slice(first, dispatched), options, stdin };
  };

  // Events of the input at the head of the line go out at once; later inputs' wait their turn.
  const waiting = new Map<number, WorkerEvent[]>();
  let next = 0;
  let settle: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (settle = resolve));
  const checkDone = () => {
    if (next === paths.length || (stopped() && next === dispatched)) settle();
  };
  const complete = (event: WorkerEvent & { kind: 'done' }) => {
    next++;
    if (!event.started) return;
    summaries.push(event.summary);
    sink.done?.(event.summary);
  };
  const receive = (event: WorkerEvent) => {
    if (event.index !== next) {
      const queue = waiting.get(event.index);
      if (queue) queue.push(event);
      else waiting.set(event.index, [event]);
      return;
    }
    if (event.kind !== 'done') return deliver(event, sink);
    complete(event);
    for (let queue = waiting.get(next); queue; queue = waiting.get(next)) {
      waiting.delete(next);
      const done = queue.find((e) => e.kind === 'done');
      for (const e of queue) if (e.kind !== 'done') deliver(e, sink);
      if (!done || done.kind !== 'done') break;
      complete(done);
    }
    checkDone();
  };

  const workers: Worker[] = [];
  let closing = false;
  const failed = new Promise<never>((_, reject) => {
    const give = (worker: Worker) => {
      const batch = nextBatch();
      if (batch) worker.postMessage(batch);
    };
    for (let i = 1; i < threads; i++) {
      const worker = new (workerThreads().Worker)(new URL('./worker.js', import.meta.url));
      worker.on('message', (post: WorkerPost) => {
        if (post === 'idle') give(worker);
        else for (const event of post) receive(event);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => closing || reject(new Error(`a worker thread stopped early (exit code ${code})`)));
      workers.push(worker);
      give(worker);
    }
  });
  failed.catch(() => {});
  // Workers finish the profile they are on and report the rest of their batch not started.
  signal?.addEventListener('abort', () => {
    for (const w of workers) w.postMessage('stop');
    checkDone();
  });

  // This thread takes batches too, and lets the workers' messages in after each input.
  const own = (async () => {
    for (let batch = nextBatch(); batch; batch = nextBatch()) await runBatch(batch, receive, stopped, yieldToEvents);
  })();
  try {
    await Promise.race([Promise.all([own, allDone]), failed]);
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return summaries;
}

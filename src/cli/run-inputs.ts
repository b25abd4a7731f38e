/**
 * Runs every input, in this thread or on N worker threads (--jobs N), and
 * hands records, messages and texts on in input order either way, so the
 * output of a parallel run is byte-identical to a single-threaded one.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { CrtxRecord } from '../record/schema.js';
import { processInput, type InputOptions, type InputSink, type InputSummary } from './process-input.js';

export type WorkerEvent =
  | { index: number; kind: 'record'; record: CrtxRecord }
  | { index: number; kind: 'message'; line: string }
  | { index: number; kind: 'text'; path: string; text: string }
  | { index: number; kind: 'done'; summary: InputSummary };

export interface WorkerJob {
  index: number;
  path: string;
  options: InputOptions;
  stdin?: Uint8Array;
}

function deliver(event: WorkerEvent, sink: InputSink): void {
  if (event.kind === 'record') sink.record(event.record);
  else if (event.kind === 'message') sink.message(event.line);
  else if (event.kind === 'text') sink.text(event.path, event.text);
}

export async function runInputs(paths: readonly string[], options: InputOptions, jobs: number, sink: InputSink): Promise<InputSummary[]> {
  const stdinOf = (path: string) => (path === '-' ? readFileSync(0) : undefined);
  if (jobs <= 1 || paths.length <= 1) {
    const summaries: InputSummary[] = [];
    for (const path of paths) summaries.push(await processInput(path, options, sink, stdinOf(path)));
    return summaries;
  }

  const summaries: InputSummary[] = new Array(paths.length);
  const waiting = new Map<number, WorkerEvent[]>();
  let next = 0;
  let dispatched = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = () => {
      for (const w of workers) void w.terminate();
      resolve(summaries);
    };
    // Events of the input at the head of the line go out at once; later inputs' wait their turn.
    const receive = (event: WorkerEvent) => {
      if (event.index !== next) {
        waiting.set(event.index, [...(waiting.get(event.index) ?? []), event]);
        return;
      }
      if (event.kind !== 'done') return deliver(event, sink);
      summaries[event.index] = event.summary;
      next++;
      while (waiting.has(next)) {
        const queued = waiting.get(next)!;
        waiting.delete(next);
        const done = queued.find((e) => e.kind === 'done');
        for (const e of queued) deliver(e, sink);
        if (!done || done.kind !== 'done') break;
        summaries[next] = done.summary;
        next++;
      }
      if (next === paths.length) finish();
    };
    const dispatch = (worker: Worker) => {
      if (dispatched >= paths.length) return;
      const index = dispatched++;
      const job: WorkerJob = { index, path: paths[index]!, options, stdin: stdinOf(paths[index]!) };
      worker.postMessage(job);
    };
    for (let i = 0; i < Math.min(jobs, paths.length); i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      worker.on('message', (event: WorkerEvent) => {
        receive(event);
        if (event.kind === 'done') dispatch(worker);
      });
      worker.on('error', reject);
      workers.push(worker);
      dispatch(worker);
    }
  });
}

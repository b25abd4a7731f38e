/**
 * Runs every input, in this thread or on N worker threads (--jobs N), and
 * hands records, messages and texts on in input order either way, so the
 * output of a parallel run is byte-identical to a single-threaded one.
 */
import { Worker } from 'node:worker_threads';
import type { CrtxRecord } from '../record/schema.js';
import { readStdin } from './stdin.js';
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

/**
 * `signal` stops the run (Ctrl-C, or the output folder failing): no input is
 * started after it, and the inputs being read stop after their current
 * profile. The summaries are those of the inputs started, in input order.
 */
export async function runInputs(paths: readonly string[], options: InputOptions, jobs: number, sink: InputSink, signal?: AbortSignal): Promise<InputSummary[]> {
  const stdin = paths.includes('-') ? await readStdin() : undefined;
  const stdinOf = (path: string) => (path === '-' ? stdin : undefined);
  if (jobs <= 1 || paths.length <= 1) {
    const summaries: InputSummary[] = [];
    const stoppable: InputSink = signal ? { ...sink, stopped: () => signal.aborted } : sink;
    for (const path of paths) {
      if (signal?.aborted) break;
      summaries.push(await processInput(path, options, stoppable, stdinOf(path)));
    }
    return summaries;
  }

  const summaries: InputSummary[] = [];
  const waiting = new Map<number, WorkerEvent[]>();
  let next = 0;
  let dispatched = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = () => {
      for (const w of workers) void w.terminate();
      resolve(summaries);
    };
    const allDone = () => next === paths.length || (signal?.aborted === true && next === dispatched);
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
      if (allDone()) finish();
    };
    const dispatch = (worker: Worker) => {
      if (dispatched >= paths.length || signal?.aborted) return;
      const index = dispatched++;
      const job: WorkerJob = { index, path: paths[index]!, options, stdin: stdinOf(paths[index]!) };
      worker.postMessage(job);
    };
    // Workers finish the profile they are on and report the input done; nothing new is sent.
    signal?.addEventListener('abort', () => {
      for (const w of workers) w.postMessage({ stop: true });
      if (allDone()) finish();
    });
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

/** A worker thread of `crtx extract --jobs N`: runs inputs and posts their records and messages back. */
import { parentPort } from 'node:worker_threads';
import { processInput } from './process-input.js';
import type { WorkerEvent, WorkerJob } from './run-inputs.js';

const port = parentPort!;
let stopped = false;
port.on('message', async (job: WorkerJob | { stop: true }) => {
  if ('stop' in job) {
    stopped = true;
    return;
  }
  const post = (event: WorkerEvent) => port.postMessage(event);
  // A job sent just before the stop reached this thread: answered at once, so the main thread is not left waiting.
  if (stopped) return post({ index: job.index, kind: 'done', summary: { shown: job.path, records: 0, failed: false, interrupted: true } });
  const summary = await processInput(job.path, job.options, {
    record: (record) => post({ index: job.index, kind: 'record', record }),
    message: (line) => post({ index: job.index, kind: 'message', line }),
    text: (path, text) => post({ index: job.index, kind: 'text', path, text }),
    stopped: () => stopped,
  }, job.stdin);
  post({ index: job.index, kind: 'done', summary });
});

/** A worker thread of `crtx extract --jobs N`: runs inputs and posts their records and messages back. */
import { parentPort } from 'node:worker_threads';
import { processInput } from './process-input.js';
import type { WorkerEvent, WorkerJob } from './run-inputs.js';

const port = parentPort!;
port.on('message', async (job: WorkerJob) => {
  const post = (event: WorkerEvent) => port.postMessage(event);
  const summary = await processInput(job.path, job.options, {
    record: (record) => post({ index: job.index, kind: 'record', record }),
    message: (line) => post({ index: job.index, kind: 'message', line }),
    text: (path, text) => post({ index: job.index, kind: 'text', path, text }),
  }, job.stdin);
  post({ index: job.index, kind: 'done', summary });
});

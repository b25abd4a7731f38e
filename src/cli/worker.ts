/**
 * A worker thread of `crtx extract --jobs N`: started once, it runs each batch
 * of inputs it is sent and posts their events back in bundles, then `idle`
 * to ask for the next batch.
 */
import { parentPort } from 'node:worker_threads';
import { processInput } from './process-input.js';
import { eventSink, type WorkerBatch, type WorkerEvent, type WorkerPost } from './run-inputs.js';

const port = parentPort!;
/** Events are sent in bundles of this many (one message each costs more than the event). */
const BUNDLE = 32;

port.on('message', async (batch: WorkerBatch) => {
  let bundle: WorkerEvent[] = [];
  const post = (p: WorkerPost) => port.postMessage(p);
  const emit = (event: WorkerEvent) => {
    bundle.push(event);
    if (bundle.length >= BUNDLE) {
      post(bundle);
      bundle = [];
    }
  };
  for (const [i, path] of batch.paths.entries()) {
    const index = batch.first + i;
    const summary = await processInput(path, batch.options, eventSink(index, emit), path === '-' ? batch.stdin : undefined);
    emit({ index, kind: 'done', summary });
  }
  if (bundle.length > 0) post(bundle);
  post('idle');
});

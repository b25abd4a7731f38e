/**
 * A worker thread of `crtx extract --jobs N`: started once, it runs each batch
 * of inputs it is sent and posts their events back in bundles, then `idle`
 * to ask for the next batch. `stop` (Ctrl-C): the input being read ends after
 * its current profile, the rest of the batch is reported not started.
 */
import { parentPort } from 'node:worker_threads';
import { runBatch, type WorkerBatch, type WorkerEvent, type WorkerPost } from './run-inputs.js';

const port = parentPort!;
/** Events are sent in bundles of this many (one message each costs more than the event). */
const BUNDLE = 32;
let stopped = false;

port.on('message', async (message: WorkerBatch | 'stop') => {
  if (message === 'stop') {
    stopped = true;
    return;
  }
  let bundle: WorkerEvent[] = [];
  const post = (p: WorkerPost) => port.postMessage(p);
  const emit = (event: WorkerEvent) => {
    bundle.push(event);
    if (bundle.length >= BUNDLE) {
      post(bundle);
      bundle = [];
    }
  };
  // Between inputs the event loop runs once, so a stop is seen before the next input starts.
  await runBatch(message, emit, () => stopped, () => new Promise((resolve) => setImmediate(resolve)));
  if (bundle.length > 0) post(bundle);
  post('idle');
});

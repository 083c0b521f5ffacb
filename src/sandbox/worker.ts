/**
 * The sandbox's Web Worker: the engine runs here, off the page's main thread. Requests are
 * answered one at a time, in the order they came (each may wait on a file or a compressor).
 */
import { SandboxHost, type SandboxRequest, type ViewParts } from './host.ts';

/** A request as posted by the page. */
export interface WorkerMessage {
  id: number;
  request: SandboxRequest;
  parts: ViewParts;
}

const host = new SandboxHost();
let queue: Promise<void> = Promise.resolve();

self.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
  const { id, request, parts } = event.data;
  queue = queue.then(async () => {
    const response = await host.handle(request, parts);
    self.postMessage({ id, response });
  });
});

// Runs ELK off the main thread: a few seconds of layout for a large model must not freeze the page.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from './elk-graph';

const elk = new ELK();

interface Ctx {
  onmessage: ((event: MessageEvent<{ id: number; graph: ElkNode }>) => void) | null;
  postMessage(message: unknown): void;
}
const ctx = self as unknown as Ctx;

// elk.bundled.js installs its own onmessage when loaded in a worker; this assignment replaces it
// (imports run first), so only our protocol is spoken here.
ctx.onmessage = (event) => {
  const { id, graph } = event.data;
  elk
    .layout(graph as Parameters<typeof elk.layout>[0])
    .then((result) => ctx.postMessage({ id, ok: true, result }))
    .catch((e: unknown) => ctx.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) }));
};

// Reads Server-Sent Events frames from a live channel stream (server/realtime/open-model-stream.ts)
// in integration tests.

export interface SseFrame {
  event: string;
  id?: string;
  data: unknown;
}

/**
 * Collects frames until `done(frames)` holds, the stream ends or `timeoutMs` passes (then throws,
 * or with `onTimeout: 'return'` returns what arrived).
 */
export async function readSseFrames(
  stream: ReadableStream<Uint8Array>,
  done: (frames: SseFrame[]) => boolean,
  { timeoutMs = 5_000, onTimeout = 'throw' }: { timeoutMs?: number; onTimeout?: 'throw' | 'return' } = {},
): Promise<SseFrame[]> {
  const reader = stream.getReader();
  const frames: SseFrame[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const end = Date.now() + timeoutMs;
  try {
    while (!done(frames)) {
      if (Date.now() > end) {
        if (onTimeout === 'return') break;
        throw new Error(`timed out; got ${JSON.stringify(frames.map((f) => f.event))}`);
      }
      const { value, done: finished } = await reader.read();
      if (finished) break;
      buffer += decoder.decode(value, { stream: true });
      let at;
      while ((at = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (block.startsWith(':') || block.startsWith('retry:')) continue;
        const frame: SseFrame = { event: 'message', data: null };
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) frame.event = line.slice(7);
          else if (line.startsWith('id: ')) frame.id = line.slice(4);
          else if (line.startsWith('data: ')) frame.data = JSON.parse(line.slice(6));
        }
        frames.push(frame);
      }
    }
  } finally {
    reader.releaseLock();
  }
  return frames;
}

// A small Server-Sent Events client over node:http for load tests: parses frames as the
// EventSource spec does (id/event/data/retry fields, comments, CRLF or LF), timestamps each frame
// when its last chunk arrives, and reconnects after a drop, resending Last-Event-ID like a browser.
// It asks for compression as browsers do and decodes it, so a server that compresses (and maybe
// buffers) the stream is measured as a browser would see it; `responseHeaders` shows what came.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

export interface SseFrame {
  event: string;
  data: string;
  id: string | null;
  /** performance.now() when the chunk completing the frame arrived. */
  at: number;
}

export interface SseClientOptions {
  /** Read again on every (re)connect, so it can carry a resume point such as `?since=`. */
  url: string | (() => string);
  headers?: Record<string, string>;
  onFrame(frame: SseFrame): void;
  /** A connection attempt failed or an open stream ended while the client was not closed. */
  onDrop?(why: string): void;
  /** Wait before reconnecting when the server sent no `retry:` (ms). */
  retryMs?: number;
}

export class SseClient {
  private req: http.ClientRequest | null = null;
  private closed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryMs: number;
  /** The last event id received (resent as Last-Event-ID on reconnect). */
  lastEventId: string | null = null;
  connects = 0;
  drops = 0;
  /** HTTP headers of the latest response (e.g. to see whether a proxy compressed the stream). */
  responseHeaders: http.IncomingHttpHeaders = {};

  constructor(private readonly options: SseClientOptions) {
    this.retryMs = options.retryMs ?? 2000;
  }

  open(): void {
    if (this.closed) return;
    this.connects++;
    const headers: Record<string, string> = { accept: 'text/event-stream', 'accept-encoding': 'gzip, deflate, br', 'cache-control': 'no-cache', ...this.options.headers };
    if (this.lastEventId !== null) headers['last-event-id'] = this.lastEventId;
    let dropped = false;
    const drop = (why: string) => {
      if (dropped || this.closed) return;
      dropped = true;
      this.drops++;
      this.req?.destroy();
      this.req = null;
      this.options.onDrop?.(why);
      this.timer = setTimeout(() => this.open(), this.retryMs);
    };
    const url = typeof this.options.url === 'function' ? this.options.url() : this.options.url;
    const req = http.request(url, { method: 'GET', headers, agent: false }, (res) => {
      this.responseHeaders = res.headers;
      if (res.statusCode !== 200) {
        res.resume();
        drop(`HTTP ${res.statusCode}`);
        return;
      }
      const encoding = res.headers['content-encoding'] ?? 'identity';
      const decoders: Record<string, () => Readable> = {
        gzip: () => res.pipe(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH })),
        deflate: () => res.pipe(zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH })),
        br: () => res.pipe(zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH })),
        identity: () => res,
      };
      const decode = decoders[encoding];
      if (!decode) {
        res.resume();
        drop(`unsupported content-encoding ${encoding}`);
        return;
      }
      const body = decode();
      body.setEncoding('utf8');
      let buffer = '';
      let event = '';
      let data: string[] = [];
      let id: string | null = null;
      body.on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        for (;;) {
          const nl = buffer.search(/\r\n|\r|\n/);
          if (nl < 0) break;
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1));
          if (line === '') {
            if (id !== null) this.lastEventId = id;
            if (data.length) this.options.onFrame({ event: event || 'message', data: data.join('\n'), id, at });
            event = '';
            data = [];
            id = null;
            continue;
          }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? '' : line.slice(colon + 1);
          if (value.startsWith(' ')) value = value.slice(1);
          if (field === 'event') event = value;
          else if (field === 'data') data.push(value);
          else if (field === 'id' && !value.includes('\0')) id = value;
          else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
        }
      });
      body.on('end', () => drop('stream ended'));
      body.on('error', (e) => drop(e.message));
      res.on('aborted', () => drop('aborted'));
      res.on('error', (e) => drop(e.message));
    });
    req.on('error', (e) => drop(e.message));
    req.on('socket', (socket) => socket.setNoDelay(true));
    req.end();
    this.req = req;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.req?.destroy();
    this.req = null;
  }
}

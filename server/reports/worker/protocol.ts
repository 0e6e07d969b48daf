import 'server-only';

export type WorkerProgress = { stage: 'preparing' } | { stage: 'printing'; done: number; total: number } | { stage: 'assembling' };

export type WorkerMessage =
  | ({ type: 'progress' } & WorkerProgress)
  /** The worker's own heap and off-heap memory, sent while it is not busy computing. */
  | { type: 'heap'; bytes: number }
  | { type: 'done'; pdf: Uint8Array; blocked: string[] };

import 'server-only';

export type WorkerProgress =
  | { stage: 'preparing' }
  | { stage: 'layout'; done: number; total: number }
  | { stage: 'second-pass' };

export type WorkerMessage = ({ type: 'progress' } & WorkerProgress) | { type: 'done'; pdf: Uint8Array; memory: number };

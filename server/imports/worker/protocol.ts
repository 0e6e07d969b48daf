import 'server-only';
import type { ImportFormat } from '@/lib/interop/types';
import type { ConvertedUpload, ConvertStage } from '../convert-upload';

/** What the conversion worker tells the request thread. */
export type ConvertWorkerMessage =
  | { type: 'stage'; stage: ConvertStage; format: ImportFormat | null }
  | { type: 'done'; converted: ConvertedUpload }
  | { type: 'refused'; status: number; code: string; message: string; details: Record<string, unknown> | null }
  | { type: 'failed'; message: string };

import 'server-only';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { MAX_IMPORT_FILE_BYTES } from '@/lib/interop/import-request';
import { convertImport, detectImportFormat, parseImportText, unknownFormatMessage } from '@/lib/interop/registry';
import { ImportFormatError, importFormatLabels, type ImportFormat, type ImportReport } from '@/lib/interop/types';
import { AppError } from '../errors';

export interface ConvertedUpload {
  format: ImportFormat;
  document: ModelDocument;
  report: ImportReport;
}

export type ConvertStage = 'parsing' | 'converting' | 'validating';

const MB = 1024 * 1024;

/** 413 with the file's size and the limit, before anything is parsed. */
export function assertImportSize(content: string): void {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_IMPORT_FILE_BYTES) {
    throw new AppError(413, 'too_large', `This file is ${(bytes / MB).toFixed(1)} MB; files up to ${MAX_IMPORT_FILE_BYTES / MB} MB can be imported.`, { maxBytes: MAX_IMPORT_FILE_BYTES, bytes });
  }
}

/** A file that is not a valid instance of its format: 422 with the converter's message and where. */
export function invalidFile(error: ImportFormatError, format: ImportFormat | null): AppError {
  return new AppError(422, 'invalid_file', error.message, { format, formatLabel: format ? importFormatLabels[format] : null, path: error.path ?? null });
}

/**
 * Size check, JSON parse, format detection, conversion and validation of an uploaded file; writes
 * nothing. Every failure is a 413 or 422 with a message for people; a converter crashing on a
 * hostile file is a 422 too (and logged), never a 500 or a partial model.
 */
export function convertUpload(content: string, onStage: (stage: ConvertStage, format: ImportFormat | null) => void = () => undefined): ConvertedUpload {
  assertImportSize(content);
  onStage('parsing', null);
  let format: ImportFormat | null = null;
  try {
    const json = parseImportText(content);
    format = detectImportFormat(json);
    if (!format) throw new ImportFormatError(unknownFormatMessage());
    onStage('converting', format);
    const converted = convertImport(json, format);
    onStage('validating', format);
    return { format, document: converted.document, report: converted.report };
  } catch (e) {
    if (e instanceof ImportFormatError) throw invalidFile(e, format);
    if (e instanceof AppError) throw e;
    console.error('[threatline] an import converter failed', e);
    const label = format ? importFormatLabels[format] : 'this';
    throw new AppError(422, 'invalid_file', `The file could not be read as a ${label} file: it has an unexpected structure.`, { format, formatLabel: format ? importFormatLabels[format] : null, path: null });
  }
}

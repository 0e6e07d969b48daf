import { documentCounts, parseModelDocument } from '../exchange/check-document';
import { MODEL_DOCUMENT_FORMAT, type ModelDocument } from '../exchange/model-document';
import { importCycloneDx, isCycloneDx } from './cyclonedx/import';
import { importOtm, isOtm } from './otm/import';
import { importThreatComposer, isThreatComposer } from './threat-composer/import';
import { importThreatDragon, isThreatDragon } from './threat-dragon/import';
import { importTmBom, isTmBom } from './tmbom/import';
import { ImportFormatError, importFormatLabels, type ImportFormat, type ImportReport, type ImportResult } from './types';

// Detection and dispatch for every file format an upload may be in. Each converter is pure
// (lib/interop/<format>/) and either returns a document with its report or throws
// ImportFormatError; whatever it returns is validated again here exactly like a Threatline file,
// so a converter bug can never write an inconsistent model.

export interface Converter {
  format: ImportFormat;
  /** Cheap structural sniffing: does this parsed JSON look like the format? */
  detect(json: unknown): boolean;
  convert(json: unknown): ImportResult;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Our own format: the report is the document's counts (nothing is approximated). */
export function threatlineReport(doc: ModelDocument): ImportReport {
  const c = documentCounts(doc);
  return {
    format: 'threatline',
    source: `Threatline JSON v${doc.formatVersion}${doc.generator.name ? ` (${doc.generator.name})` : ''}`,
    counts: { elements: c.elements, boundaries: c.boundaries, flows: c.flows, threats: c.threats, mitigations: c.mitigations, links: doc.mitigations.reduce((n, m) => n + m.links.length, 0) },
    approximations: [],
    unmapped: [],
  };
}

const threatline: Converter = {
  format: 'threatline',
  detect: (json) => isObject(json) && json.format === MODEL_DOCUMENT_FORMAT,
  convert: (json) => {
    const parsed = parseModelDocument(json);
    if (!parsed.ok) throw new ImportFormatError(parsed.message);
    return { document: parsed.document, report: threatlineReport(parsed.document) };
  },
};

/** In detection order: the first whose `detect` accepts the file converts it. */
export const converters: readonly Converter[] = [
  threatline,
  { format: 'threat-dragon', detect: isThreatDragon, convert: (json) => importThreatDragon(json) },
  { format: 'threat-composer', detect: isThreatComposer, convert: (json) => importThreatComposer(json) },
  { format: 'otm', detect: isOtm, convert: (json) => importOtm(json) },
  { format: 'cyclonedx', detect: isCycloneDx, convert: (json) => importCycloneDx(json) },
  { format: 'tm-bom', detect: isTmBom, convert: (json) => importTmBom(json) },
];

/** Formats this installation imports, for the upload dialog and the docs. */
export const supportedImportFormats: readonly ImportFormat[] = converters.map((c) => c.format);

export function detectImportFormat(json: unknown): ImportFormat | null {
  for (const c of converters) {
    // A detector that throws on odd input simply does not claim the file.
    try {
      if (c.detect(json)) return c.format;
    } catch {
      /* not this one */
    }
  }
  return null;
}

export function unknownFormatMessage(): string {
  return `This file's format was not recognised. Threatline imports: ${supportedImportFormats.map((f) => importFormatLabels[f]).join(', ')}.`;
}

/**
 * Converts a parsed upload into a validated ModelDocument. Throws ImportFormatError for files
 * that are not (valid instances of) a supported format, with a user-facing message.
 */
export function convertImport(json: unknown, format: ImportFormat | null = detectImportFormat(json)): ImportResult & { format: ImportFormat } {
  const converter = converters.find((c) => c.format === format);
  if (!converter || !format) throw new ImportFormatError(unknownFormatMessage());
  const result = converter.convert(json);
  if (format === 'threatline') return { ...result, format };
  const checked = parseModelDocument(result.document);
  if (!checked.ok) throw new ImportFormatError(`The ${importFormatLabels[format]} file could not be turned into a valid model. ${checked.message}`);
  return { document: checked.document, report: result.report, format };
}

/** JSON.parse with a user-facing error naming the position. (Size limits are the caller's.) */
export function parseImportText(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(trimmed);
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^JSON\.parse: /, '').slice(0, 200) : '';
    throw new ImportFormatError(`This file is not valid JSON${detail ? ` (${detail})` : ''}.`);
  }
}

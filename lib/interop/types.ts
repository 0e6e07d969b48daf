import type { ModelDocument } from '../exchange/model-document';

// Importing other tools' files: each format has a pure converter in lib/interop/<format>/ that
// turns the parsed JSON into a Threatline ModelDocument plus an ImportReport saying what was
// created, what was mapped approximately (and how) and what could not be mapped. Nothing is
// dropped silently: whatever the document cannot hold is listed in `unmapped`. The server then
// creates the model from the document exactly as for a Threatline JSON import (one transaction).

export const importFormats = ['threatline', 'threat-dragon', 'threat-composer', 'otm', 'cyclonedx', 'tm-bom'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importFormatLabels: Record<ImportFormat, string> = {
  threatline: 'Threatline JSON',
  'threat-dragon': 'OWASP Threat Dragon (v2)',
  'threat-composer': 'AWS Threat Composer',
  otm: 'Open Threat Model (OTM 0.2)',
  cyclonedx: 'CycloneDX ML-BOM',
  'tm-bom': 'OWASP TM-BOM (threat model library)',
};

export interface ImportNote {
  /** What it is about, e.g. "Element “Web app” (Threat Dragon process)" or "Threat “SQLi”". */
  subject: string;
  /** What happened / why, in plain words, e.g. "Mapped to Inference service: the name mentions an API". */
  detail: string;
  /** Where in the source file (JSON pointer-ish path), when useful. */
  path?: string;
}

export interface ImportCounts {
  elements: number;
  boundaries: number;
  flows: number;
  threats: number;
  mitigations: number;
  /** Threat–mitigation links. */
  links: number;
}

export interface ImportReport {
  format: ImportFormat;
  /** e.g. "Threat Dragon 2.2", "OTM 0.2.0". */
  source: string;
  /** What the import will create. */
  counts: ImportCounts;
  /** Mapped, but not one to one (a generic shape typed by its name, a 0–100 score on our 1–5 scale...). */
  approximations: ImportNote[];
  /** In the file but not representable here; listed so nothing disappears silently. */
  unmapped: ImportNote[];
}

export interface ImportResult {
  document: ModelDocument;
  report: ImportReport;
}

/** A file that is not a valid instance of the format: shown to the user as a 422 with this message. */
export class ImportFormatError extends Error {
  constructor(
    message: string,
    /** Where the problem is (e.g. "detail.diagrams[0].cells[3]"). */
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

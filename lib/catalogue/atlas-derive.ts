import type { AtlasReference } from './schema';

// Pure so that scripts/derive-reference.ts and the compatibility test share one implementation;
// the caller parses the YAML. Only ids and names are kept: they are facts, and the descriptions in
// ATLAS are not ours to ship.

export const ATLAS_SOURCE = 'MITRE ATLAS data (github.com/mitre-atlas/atlas-data, dist/ATLAS.yaml)';
export const ATLAS_LICENCE = 'Apache-2.0';

interface Named {
  id: string;
  name: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickNamed(list: unknown, pattern: RegExp, what: string): Named[] {
  if (!Array.isArray(list)) throw new Error(`ATLAS: ${what} is not a list.`);
  const out = new Map<string, Named>();
  for (const entry of list) {
    // Mapping blocks inside entries (e.g. the misplaced AML.T0052.001 in the `ml-lifecycle` lists
    // of AML.M0018 and AML.M0034) are never read: only top-level entries of the list count.
    if (!isRecord(entry)) throw new Error(`ATLAS: an entry of ${what} is not an object.`);
    const { id, name } = entry;
    if (typeof id !== 'string' || !pattern.test(id)) throw new Error(`ATLAS: unexpected ${what} id ${String(id)}.`);
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`ATLAS: ${id} has no name.`);
    if (out.has(id)) throw new Error(`ATLAS: ${id} appears twice.`);
    out.set(id, { id, name: name.trim() });
  }
  // Code-unit order, not locale order, so output is identical on every machine.
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Turns the parsed ATLAS.yaml document into the committed reference file's content. */
export function deriveAtlasReference(doc: unknown): AtlasReference {
  if (!isRecord(doc)) throw new Error('ATLAS: document is not a mapping.');
  const version = doc.version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error('ATLAS: missing version.');
  const matrices = doc.matrices;
  if (!Array.isArray(matrices) || matrices.length === 0) throw new Error('ATLAS: no matrices.');
  const techniques: Named[] = [];
  const mitigations: Named[] = [];
  for (const matrix of matrices) {
    if (!isRecord(matrix)) throw new Error('ATLAS: a matrix is not a mapping.');
    techniques.push(...pickNamed(matrix.techniques, /^AML\.T\d{4}(\.\d{3})?$/, 'techniques'));
    mitigations.push(...pickNamed(matrix.mitigations ?? [], /^AML\.M\d{4}$/, 'mitigations'));
  }
  return {
    source: ATLAS_SOURCE,
    licence: ATLAS_LICENCE,
    version,
    techniques: pickNamed(techniques, /./, 'techniques'),
    mitigations: pickNamed(mitigations, /./, 'mitigations'),
  };
}

/** Stable text form: two-space JSON, one trailing newline. */
export function formatAtlasReference(reference: AtlasReference): string {
  return `${JSON.stringify(reference, null, 2)}\n`;
}

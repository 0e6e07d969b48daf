import atlasJson from './reference/atlas.json';
import { atlasReferenceSchema, type AtlasReference } from './schema';

// Parsed once at load: the file is generated, but a hand edit or a bad merge should fail loudly.
export const atlasReference: AtlasReference = atlasReferenceSchema.parse(atlasJson);

const names = new Map<string, string>([
  ...atlasReference.techniques.map((t) => [t.id, t.name] as const),
  ...atlasReference.mitigations.map((m) => [m.id, m.name] as const),
]);

/** The name of an ATLAS technique, sub-technique or mitigation as ATLAS spells it. */
export function atlasName(id: string): string | undefined {
  return names.get(id);
}

/** Sub-techniques prefixed with their parent, e.g. "Exfiltration via AI Inference API: Invert AI Model". */
export function atlasQualifiedName(id: string): string | undefined {
  const name = names.get(id);
  const parentId = /^(AML\.T\d{4})\.\d{3}$/.exec(id)?.[1];
  const parent = parentId ? names.get(parentId) : undefined;
  return name && parent ? `${parent}: ${name}` : name;
}

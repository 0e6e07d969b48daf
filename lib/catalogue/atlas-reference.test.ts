// Tests may read files; application code in lib/ may not (see eslint.config.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deriveAtlasReference, formatAtlasReference } from './atlas-derive';
import atlasJson from './reference/atlas.json';
import { atlasReferenceSchema } from './schema';

const committedFile = new URL('./reference/atlas.json', import.meta.url);
// The shared reference data sits next to the project (../shared); it is not part of the repository.
const sharedAtlas = new URL('../../../shared/reference/atlas/ATLAS.yaml', import.meta.url);
const sharedPresent = existsSync(sharedAtlas);

describe('committed ATLAS reference (lib/catalogue/reference/atlas.json)', () => {
  const reference = atlasReferenceSchema.parse(atlasJson);

  it('matches its schema and holds techniques and mitigations', () => {
    expect(reference.techniques.length).toBeGreaterThan(100);
    expect(reference.mitigations.length).toBeGreaterThan(20);
  });

  it('is sorted by id without duplicates', () => {
    for (const list of [reference.techniques, reference.mitigations]) {
      const ids = list.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('lists each sub-technique after a parent that exists', () => {
    const ids = new Set(reference.techniques.map((t) => t.id));
    for (const t of reference.techniques) if (/\.\d{3}$/.test(t.id)) expect(ids.has(t.id.slice(0, -4)), t.id).toBe(true);
  });

  it('is stored in the stable format the script writes', () => {
    expect(readFileSync(committedFile, 'utf8')).toBe(formatAtlasReference(reference));
  });
});

describe('deriveAtlasReference', () => {
  const doc = {
    id: 'ATLAS',
    version: '9.9.9',
    matrices: [
      {
        techniques: [
          { id: 'AML.T0002.000', name: 'Child', description: 'not kept' },
          { id: 'AML.T0002', name: 'Parent ' },
        ],
        mitigations: [
          {
            id: 'AML.M0018',
            name: 'User Training',
            techniques: [{ id: 'AML.T0002', use: 'x' }],
            // The 5.6.0 quirk: a technique mapping inside the lifecycle list.
            'ml-lifecycle': ['Deployment', { id: 'AML.T0052.001', use: 'y' }],
          },
        ],
      },
    ],
  };

  it('keeps only ids and names, sorted, and ignores mappings nested in entries', () => {
    expect(deriveAtlasReference(doc)).toEqual({
      source: expect.any(String),
      licence: 'Apache-2.0',
      version: '9.9.9',
      techniques: [
        { id: 'AML.T0002', name: 'Parent' },
        { id: 'AML.T0002.000', name: 'Child' },
      ],
      mitigations: [{ id: 'AML.M0018', name: 'User Training' }],
    });
  });

  it('refuses malformed input rather than writing a partial file', () => {
    expect(() => deriveAtlasReference({ version: '1.0.0', matrices: [] })).toThrow();
    expect(() => deriveAtlasReference({ matrices: doc.matrices })).toThrow(/version/);
    const duplicate = { version: '1.0.0', matrices: [{ techniques: [{ id: 'AML.T0001', name: 'a' }, { id: 'AML.T0001', name: 'b' }] }] };
    expect(() => deriveAtlasReference(duplicate)).toThrow(/twice/);
  });
});

describe('compatibility with the shared ATLAS data', () => {
  it.skipIf(!sharedPresent)(
    're-deriving from ../shared/reference/atlas/ATLAS.yaml reproduces atlas.json (SKIPPED when ../shared is absent; run npx tsx scripts/derive-reference.ts after an update)',
    () => {
      const derived = formatAtlasReference(deriveAtlasReference(parse(readFileSync(sharedAtlas, 'utf8'))));
      expect(derived).toBe(readFileSync(committedFile, 'utf8'));
    },
  );
});

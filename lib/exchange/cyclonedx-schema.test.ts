import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { templates } from '../templates';
import { documentOf, handMadeGraph } from './aibom-test-document';
import { modelToCycloneDx } from './cyclonedx';

// The library's validator compiles the CycloneDX 1.6 JSON schema bundled in node_modules (no network).
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
const now = new Date('2026-11-20T12:00:00.000Z');
const serialNumber = 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79';

describe('CycloneDX 1.6 schema', () => {
  it.each(templates.map((t) => [t.id, t] as const))('the BOM of the %s template validates', async (_id, template) => {
    const bom = modelToCycloneDx(documentOf(template.build()), { now, serialNumber });
    expect(bom.components.length).toBeGreaterThan(0);
    expect(await validator.validate(JSON.stringify(bom))).toBeNull();
  });

  it('the BOM of the hand-made document validates', async () => {
    expect(await validator.validate(JSON.stringify(modelToCycloneDx(documentOf(handMadeGraph()), { now, serialNumber })))).toBeNull();
    expect(await validator.validate(JSON.stringify(modelToCycloneDx(documentOf(handMadeGraph()), { now })))).toBeNull();
  });

  it('rejects an invalid BOM (so these tests can fail)', async () => {
    const bom = modelToCycloneDx(documentOf(handMadeGraph()), { now, serialNumber });
    const broken = (mutate: (b: Record<string, unknown> & typeof bom) => void) => {
      const copy = structuredClone(bom) as Record<string, unknown> & typeof bom;
      mutate(copy);
      return validator.validate(JSON.stringify(copy));
    };
    expect(await broken((b) => { b.components[0]!.type = 'neural-net' as never; })).not.toBeNull();
    expect(await broken((b) => { b.components[0]!.licenses = [{ license: { id: 'Not-An-SPDX-Id' } }]; })).not.toBeNull();
    expect(await broken((b) => { b.components[0]!.hashes = [{ alg: 'SHA-256', content: 'xyz' }]; })).not.toBeNull();
    expect(await broken((b) => { b.serialNumber = 'not-a-urn'; })).not.toBeNull();
    expect(await broken((b) => { b.unknownField = true; })).not.toBeNull();
  });
});

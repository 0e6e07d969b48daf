import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { MODEL_DOCUMENT_SCHEMA_PATH, modelDocumentJsonSchema, modelDocumentJsonSchemaText } from './json-schema';
import { modelDocumentSchema } from './model-document';
import { sampleDocument } from './test-document';

const committed = () => readFileSync(path.resolve(import.meta.dirname, '../..', MODEL_DOCUMENT_SCHEMA_PATH), 'utf8');

describe('published JSON Schema of the model document', () => {
  it('is up to date (regenerate with `npx tsx scripts/write-json-schema.ts`)', () => {
    expect(committed()).toBe(modelDocumentJsonSchemaText());
  });

  it('compiles, accepts a real document and refuses what zod refuses', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(committed()));
    const doc = JSON.parse(JSON.stringify(sampleDocument()));
    expect(modelDocumentSchema.safeParse(doc).success).toBe(true);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    for (const broken of [{ ...doc, format: 'other' }, { ...doc, formatVersion: 2 }, { ...doc, threats: [{ ...doc.threats[0], likelihood: 6 }] }]) {
      expect(modelDocumentSchema.safeParse(broken).success).toBe(false);
      expect(validate(broken)).toBe(false);
    }
  });

  it('describes the top-level fields and pins the format', () => {
    const schema = modelDocumentJsonSchema() as { required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.required).toEqual(['format', 'formatVersion', 'exportedAt', 'generator', 'model', 'graph', 'threats', 'mitigations', 'suggestions']);
    expect(schema.properties.format?.const).toBe('threatline.model');
    expect(schema.properties.formatVersion?.const).toBe(1);
  });
});

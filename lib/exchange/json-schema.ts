import { z } from 'zod';
import { MODEL_DOCUMENT_VERSION, modelDocumentSchema } from './model-document';

/** Where the published schema lives (served at /schemas/threatline-model-v1.schema.json). */
export const MODEL_DOCUMENT_SCHEMA_PATH = `public/schemas/threatline-model-v${MODEL_DOCUMENT_VERSION}.schema.json`;
export const MODEL_DOCUMENT_SCHEMA_ID = `urn:threatline:model-document:v${MODEL_DOCUMENT_VERSION}`;

/** The JSON Schema (draft 2020-12) of the model document, generated from the zod schema. */
export function modelDocumentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(modelDocumentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: MODEL_DOCUMENT_SCHEMA_ID,
    title: 'Threatline model document',
    description: `A Threatline threat model (diagram, threats, mitigations, rule suggestions and history), format version ${MODEL_DOCUMENT_VERSION}. See docs/exchange-format.md.`,
    ...rest,
  };
}

/** The file's exact text, so the committed copy can be compared byte for byte. */
export function modelDocumentJsonSchemaText(): string {
  return `${JSON.stringify(modelDocumentJsonSchema(), null, 2)}\n`;
}

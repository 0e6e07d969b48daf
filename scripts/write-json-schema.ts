import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { modelDocumentJsonSchemaText, MODEL_DOCUMENT_SCHEMA_PATH } from '../lib/exchange/json-schema';

// Regenerates the published JSON Schema of the model document; run after changing the format:
//   npx tsx scripts/write-json-schema.ts
const target = path.resolve(import.meta.dirname, '..', MODEL_DOCUMENT_SCHEMA_PATH);
writeFileSync(target, modelDocumentJsonSchemaText());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);

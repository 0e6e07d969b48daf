// Regenerates lib/catalogue/reference/atlas.json from the shared MITRE ATLAS data file.
// Usage: npx tsx scripts/derive-reference.ts [path/to/ATLAS.yaml]
// The app and the tests read only the committed JSON, so ../shared may be absent at build time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { deriveAtlasReference, formatAtlasReference } from '../lib/catalogue/atlas-derive';

const root = path.resolve(import.meta.dirname, '..');
const input = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'reference', 'atlas', 'ATLAS.yaml'));
const output = path.join(root, 'lib', 'catalogue', 'reference', 'atlas.json');

if (!existsSync(input)) {
  console.error(`ATLAS data not found at ${input}. Pass the path to ATLAS.yaml as the first argument.`);
  process.exit(1);
}

const reference = deriveAtlasReference(parse(readFileSync(input, 'utf8')));
const text = formatAtlasReference(reference);
const before = existsSync(output) ? readFileSync(output, 'utf8') : '';
writeFileSync(output, text);
console.log(
  `${path.relative(root, output)}: ATLAS ${reference.version}, ${reference.techniques.length} techniques, ` +
    `${reference.mitigations.length} mitigations${before === text ? ' (unchanged)' : ''}.`,
);

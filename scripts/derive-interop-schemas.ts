// Copies the published JSON Schemas of the formats Threatline exchanges with (Threat Dragon v2,
// Open Threat Model 0.2, Threat Composer v1 — all Apache-2.0) from ../shared/reference/samples
// into lib/interop/schemas/, so export validation tests run on a fresh clone without ../shared.
// Usage: npx tsx scripts/derive-interop-schemas.ts [path/to/samples]
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const samples = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'reference', 'samples'));
const out = path.join(root, 'lib', 'interop', 'schemas');
const files: [from: string, to: string][] = [
  ['threat-dragon/threat-dragon-v2.schema.json', 'threat-dragon-v2.schema.json'],
  ['threat-dragon/open-threat-model.schema.json', 'otm-0.2.0.schema.json'],
  ['threat-composer/threat-composer-v1.schema.json', 'threat-composer-v1.schema.json'],
];
let missing = 0;
for (const [from, to] of files) {
  const source = path.join(samples, from);
  if (!existsSync(source)) {
    console.error(`Not found: ${source}`);
    missing++;
    continue;
  }
  const target = path.join(out, to);
  const same = existsSync(target) && readFileSync(target, 'utf8') === readFileSync(source, 'utf8');
  copyFileSync(source, target);
  console.log(`${path.relative(root, target)}${same ? ' (unchanged)' : ''}`);
}
process.exit(missing ? 1 : 0);

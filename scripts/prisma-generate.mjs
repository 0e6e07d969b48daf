// `prisma generate` without the native schema engine: the CLI only checks that the engine file
// exists before generating, so point it at a stub that FAILS. A stub that exits 0 would make a
// native `prisma migrate deploy` report success while applying nothing.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stub = path.join(root, 'node_modules', '.cache', 'threatline', 'schema-engine-unavailable');
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  if (!existsSync(stub)) {
    mkdirSync(path.dirname(stub), { recursive: true });
    writeFileSync(
      stub,
      '#!/bin/sh\necho "The native Prisma schema engine is not installed here: use npm run db:migrate / db:migration (WebAssembly engine)." >&2\nexit 1\n',
    );
    chmodSync(stub, 0o755);
  }
}
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);

// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter. This is
// the same engine the native `prisma migrate` uses, so migrations are recorded in
// `_prisma_migrations` exactly as `prisma migrate deploy` would record them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine as SchemaEngineType } from '@prisma/schema-engine-wasm';

type Bindings = typeof import('@prisma/schema-engine-wasm');

let bindings: Promise<Bindings> | undefined;

/** Instantiates the wasm module once (Node 20 cannot `import` .wasm files as ES modules). */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bg = (await import(
      /* @vite-ignore */ pathToUrl(path.join(pkgDir, 'schema_engine_bg.js'))
    )) as Bindings & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const bytes = readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

function pathToUrl(p: string): string {
  return new URL(`file://${p}`).href;
}

export interface EngineOptions {
  /** Connection string of the database to migrate; omit for offline commands such as `diff`. */
  url?: string;
  /** Prisma schema text (only used for its datasource provider). */
  schema: string;
  schemaPath?: string;
  log?: (line: string) => void;
}

export interface Engine {
  engine: SchemaEngineType;
  close(): Promise<void>;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const { SchemaEngine } = await loadBindings();
  const factory = options.url ? new PrismaPg({ connectionString: options.url }) : offlineFactory();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = options.log ?? (() => undefined);
  const engine = await SchemaEngine.new(
    { datamodels: [[options.schemaPath ?? 'schema.prisma', options.schema]] },
    (line: string) => log(line),
    adapter,
  );
  return {
    engine,
    async close() {
      engine.free();
    },
  };
}

/**
 * An adapter that never connects: schema-to-schema `diff` needs no database, but the engine
 * still asks its adapter for connection info. Any query fails loudly.
 */
function offlineFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = async (): Promise<never> => {
    throw new Error('This schema-engine command was opened without a database connection.');
  };
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    // The engine probes the server version when it connects; answer as PostgreSQL 16.
    queryRaw: async (query) => {
      if (!query.sql.includes('server_version_num')) return refuse();
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 16.0 (offline)', 160000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ schemaName: 'public', supportsRelationJoins: true }),
    dispose: async () => undefined,
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
}

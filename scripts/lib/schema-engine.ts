// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter. This is
// the same engine the native `prisma migrate` uses, so migrations are recorded in
// `_prisma_migrations` exactly as `prisma migrate deploy` would record them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
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
      './schema_engine_bg.js': withUnrefTimers(bg as unknown as WebAssembly.ModuleImports),
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return bindings;
}

/**
 * The engine arms 10-second timers (timeouts around its queries) that it does not clear when it
 * is freed, so every CLI would linger 10 s after finishing. Unref them: a timer alone must not
 * keep the process alive.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const patched: WebAssembly.ModuleImports = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof value !== 'function') continue;
    patched[name] = (...args: unknown[]) => {
      const timer: unknown = (value as (...a: unknown[]) => unknown)(...args);
      if (timer && typeof timer === 'object' && 'unref' in timer && typeof timer.unref === 'function') timer.unref();
      return timer;
    };
  }
  return patched;
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
  /** The PostgreSQL error of the last failed migration script, with its position in the script. */
  lastScriptError(): pg.DatabaseError | undefined;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const { SchemaEngine } = await loadBindings();
  // Our own pool, so close() can end it: otherwise idle connections keep the process alive and
  // block `CREATE DATABASE ... TEMPLATE` on a freshly migrated template database.
  const pool = options.url ? new pg.Pool({ connectionString: options.url, max: 2 }) : undefined;
  const scriptErrors: pg.DatabaseError[] = [];
  const factory = pool ? scriptSafeFactory(new PrismaPg(pool), pool, scriptErrors) : offlineFactory();
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
      await pool?.end();
    },
    lastScriptError: () => scriptErrors.at(-1),
  };
}

/**
 * `@prisma/adapter-pg` runs a migration script by splitting it on every ';' and sending the pieces
 * one by one. That breaks any statement with a ';' inside a literal or a `DO $$ ... $$` body, and
 * a failure half-way leaves the earlier statements applied. The native engine sends the whole
 * script as one simple-protocol query, which PostgreSQL runs as a single implicit transaction;
 * do the same, so a failed migration leaves nothing behind.
 */
function scriptSafeFactory(
  inner: PrismaPg,
  pool: pg.Pool,
  scriptErrors: pg.DatabaseError[],
): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script); // no parameters => simple query protocol, multi-statement
      } catch (error) {
        if (!(error instanceof pg.DatabaseError)) throw error;
        // The engine reduces the error to a summary; keep the original for a precise report.
        scriptErrors.push(error);
        throw new DriverAdapterError({
          kind: 'postgres',
          code: error.code ?? 'unknown',
          severity: error.severity ?? 'ERROR',
          message: error.message,
          detail: error.detail,
          column: error.column,
          hint: error.hint,
        });
      }
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patch(await inner.connect()),
    // Shadow databases have their own pool inside the adapter; we never use them (no `migrate dev`).
    connectToShadowDb: () => inner.connectToShadowDb(),
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

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = bindings.SchemaEngine;
export type MigrationList = bindings.MigrationList;

export const NO_FILTERS: bindings.SchemaFilter = { externalTables: [], externalEnums: [] };

let instantiated: Promise<void> | undefined;

// The package's main entry imports the .wasm file as an ES module, which Node refuses,
// so the bindings are wired to an instance built here. Once per process is enough.
function instantiateBindings(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = join(dirname(bindingsPath), 'schema_engine_bg.wasm');
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': bindings });
    const exports = instance.exports as { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return instantiated;
}

/**
 * Runs `use` with Prisma's schema engine (the one behind `prisma migrate`) connected through
 * the adapter. Freeing the engine does not close the connections it opened (a SQLite file
 * would stay locked), so they are tracked here and disposed afterwards.
 */
export async function withSchemaEngine<T>(
  schema: { path: string; content: string },
  adapter: SqlMigrationAwareDriverAdapterFactory,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await instantiateBindings();
  const opened: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    opened.push(await connection);
    return opened[opened.length - 1] as SqlDriverAdapter;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: () => track(adapter.connect()),
    connectToShadowDb: () => track(adapter.connectToShadowDb()),
  };
  const ignoreLogs = () => {};
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    ignoreLogs,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  try {
    return await use(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connection) => connection.dispose()));
  }
}

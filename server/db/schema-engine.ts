// Drives Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned
// exactly: its loader interface is internal) through driver adapters, with the fixes those
// adapters need for migration scripts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { scratchPglite } from './migration-targets.js';

export type SchemaFiles = { files: Array<{ path: string; content: string }> };


type WasmModule = typeof import('@prisma/schema-engine-wasm');
type PanicRegistry = { message: string; set_message(message: string): void };
// Cached on globalThis: the glue module is a single instance per process, so a second
// instantiation (this file loaded twice, as test runners do per project) would swap the
// memory under the first one's feet.
const WASM = Symbol.for('agreement-hub.schema-engine-wasm');
const wasmHolder = globalThis as { [WASM]?: Promise<WasmModule> };
let wasmModule: Promise<WasmModule> | undefined;

// The package's own entry imports the .wasm as an ES module, which Node does not support
// without a flag, so instantiate it by hand. Its glue (`schema_engine_bg.js`) is internal
// and changes with every build: the version is pinned exactly in package.json.
function loadWasm(): Promise<WasmModule> {
  wasmModule ??= wasmHolder[WASM];
  wasmModule ??= wasmHolder[WASM] = (async () => {
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as WasmModule &
      Record<string, unknown> & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    const timerImport = Object.keys(glue).find((key) => key.startsWith('__wbg_setTimeout_'));
    if (!timerImport)
      throw new Error('schema-engine-wasm glue changed: no setTimeout import (check the pinned version)');
    // The engine arms a 10 s timer per command and never clears it: unreffed, it no longer
    // holds the process open after the work is done.
    imports[timerImport] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    // The engine reports a panic's reason here before trapping (`RuntimeError: unreachable`).
    const registry: PanicRegistry = {
      message: '',
      set_message(message) {
        registry.message = message;
      },
    };
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= registry;
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': imports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return wasmModule;
}

export interface EngineOptions {
  schema?: SchemaFiles;
  /** Replay migrations here instead of in a fresh in-memory PGlite. */
  shadow?: PGlite;
}

// The wasm glue module is shared by the whole process and is not re-entrant: two commands at
// once (e.g. two test projects' global setups) corrupt each other's strings. Commands run one
// at a time; the queue lives on globalThis because this file may be loaded more than once
// (test runners give each project its own module graph) while the glue is loaded once.
const QUEUE = Symbol.for('agreement-hub.schema-engine-queue');
const queueHolder = globalThis as { [QUEUE]?: Promise<unknown> };

export function withEngine<T>(
  main: SqlDriverAdapterFactory,
  options: EngineOptions,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const result = (queueHolder[QUEUE] ?? Promise.resolve()).then(() => withEngineNow(main, options, run));
  queueHolder[QUEUE] = result.catch(() => undefined);
  return result;
}

async function withEngineNow<T>(
  main: SqlDriverAdapterFactory,
  { schema, shadow }: EngineOptions,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const wasm = await loadWasm();
  const adapters = trackAdapters(main, shadow);
  const log = process.env.DEBUG?.includes('schema-engine') ? (line: string) => console.error(line) : () => {};
  let engine: SchemaEngine | undefined;
  const bound = bindMigrationAwareSqlAdapterFactory(adapters.factory);
  try {
    engine = await wasm.SchemaEngine.new(
      { datamodels: schema?.files.map((file): [string, string] => [file.path, file.content]) },
      log,
      bound,
    );
    return await run(engine);
  } catch (error) {
    throw engineError(thrownByAdapter(error, bound.errorRegistry));
  } finally {
    engine?.free();
    // The engine leaves its connections open; a PrismaPg pool would keep the process alive.
    await adapters.closeAll();
  }
}

/**
 * An error the adapter threw that is not a database error (a connection closed by something
 * that is not PostgreSQL, an unreachable network) reaches the engine as an id, and its
 * message is then "External error id#0": all a failed start printed. The adapter's registry
 * keeps the error itself.
 */
function thrownByAdapter(error: unknown, registry: ErrorRegistry): unknown {
  const id = /External error id#(\d+)/.exec(String((error as { message?: unknown } | null)?.message))?.[1];
  return (id !== undefined && registry.consumeError(Number(id))?.error) || error;
}

function engineError(error: unknown): Error {
  const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY;
  if (error instanceof WebAssembly.RuntimeError) {
    // No call is safe after a panic, and the glue module cannot be re-instantiated (it
    // caches views of the old memory): refuse further commands in this process.
    wasmModule = wasmHolder[WASM] = Promise.reject(new Error('schema engine panicked earlier in this process: restart it'));
    wasmModule.catch(() => {});
    return new Error(`schema engine panicked: ${panic?.message || error.message}`, { cause: error });
  }
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown })?.message;
  return new Error(typeof message === 'string' ? message : JSON.stringify(error), { cause: error });
}

/**
 * Hands the engine its connections and remembers them so each command closes what it
 * opened. The shadow database is always a throwaway in-memory PGlite: a server shadow
 * would need CREATEDB, and adapter-pg's would land in the main database's cluster.
 */
function trackAdapters(main: SqlDriverAdapterFactory, shadow?: PGlite) {
  const closers: Array<() => Promise<void>> = [];
  const own = (adapter: SqlDriverAdapter, pglite: PGlite | undefined, ownsPglite: boolean) => {
    let disposed: Promise<void> | undefined;
    const dispose = adapter.dispose.bind(adapter);
    // Idempotent: the engine may dispose too, and ending a pg pool twice throws.
    adapter.dispose = () => (disposed ??= dispose());
    if (pglite) awaitPgliteScripts(adapter, pglite);
    else wholePgScripts(adapter);
    closers.push(async () => {
      await adapter.dispose();
      if (ownsPglite) await pglite?.close();
    });
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = await main.connect();
      const client = (adapter as { client?: unknown }).client;
      // The caller's PGlite: fix its scripts, but leave closing it to the caller.
      return own(adapter, client instanceof PGlite ? client : undefined, false);
    },
    async connectToShadowDb() {
      const pglite = shadow ?? (await scratchPglite());
      return own(await new PrismaPGlite(pglite).connect(), pglite, !shadow);
    },
  };
  return {
    factory,
    closeAll: async () => {
      for (const close of closers.splice(0).reverse()) await close();
    },
  };
}

// adapter-pg 7.10 runs a script by splitting it on every ";", which breaks any migration
// with a semicolon in a comment, a string or a function body (our append-only trigger).
// PostgreSQL's simple-query protocol takes the whole script in one round trip instead.
function wholePgScripts(adapter: SqlDriverAdapter) {
  const client = (adapter as { client?: { query(sql: string): Promise<unknown> } }).client;
  if (typeof client?.query !== 'function') return;
  adapter.executeScript = async (script: string) => {
    try {
      await client.query(script);
    } catch (error) {
      throw asDriverError(error);
    }
  };
}

function asDriverError(error: unknown): unknown {
  const e = error as { code?: string; severity?: string; message: string; detail?: string; hint?: string };
  if (typeof e?.code !== 'string') return error;
  // Shaped like adapter-pg's errors so the engine reports the database's own message.
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: e.severity ?? 'ERROR',
    message: e.message,
    detail: e.detail,
    column: undefined,
    hint: e.hint,
  });
}

// pglite-prisma-adapter 0.7.2 starts a script without awaiting it: a failing migration
// would be recorded as applied and its error would surface as an unhandled rejection.
function awaitPgliteScripts(adapter: SqlDriverAdapter, pglite: PGlite) {
  adapter.executeScript = async (script: string) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      throw asDriverError(error);
    }
  };
}

// Types for scripts/postgres.mjs (plain Node so that it runs without a build step).
export interface PostgresServer {
  /** The application role's URL (owner of the database, not a superuser). */
  url: string;
  superuserUrl: string;
  dataDir: string;
  port: number;
  /** Stops the server and deletes its data dir. Synchronous. */
  stop(): void;
  /** Stops the server (fast shutdown: every session ends) and keeps its data. */
  halt(): void;
  /** Starts a halted server again on the same port. */
  resume(): void;
}

export interface StartPostgresOptions {
  dataDir?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  /** Default true: stop the server when this process exits. */
  stopOnExit?: boolean;
}

export function startPostgres(options?: StartPostgresOptions): Promise<PostgresServer>;
/** Stops and deletes a cluster made by startPostgres; throws for a dir that holds none. */
export function stopPostgres(dataDir: string): void;

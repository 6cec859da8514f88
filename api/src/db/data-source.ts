import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { CountingLogger } from './sql-counter';

export interface DataSourceOptions {
  logSql?: boolean;
  /** Keep failed statements out of the log (tests that expect the database to refuse them). */
  quiet?: boolean;
  poolSize?: number;
  applicationName?: string;
}

/** The one way the app, the CLIs and the tests reach PostgreSQL. Schema changes come only from MIGRATIONS. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logger: new CountingLogger(
      options.logSql
        ? ['query', 'error', 'warn', 'schema', 'migration']
        : options.quiet
          ? ['warn']
          : ['error', 'warn', 'migration'],
    ),
    applicationName: options.applicationName ?? 'tablero-abierto',
    // The reads are named prepared statements keyed by id arrays (common/prepared.ts). Left to
    // itself, PostgreSQL may re-plan them at every execution (a custom plan per set of ids), and
    // planning their public-reach conditions costs more than running them: one generic plan each.
    extra: { max: options.poolSize ?? 10, options: '-c plan_cache_mode=force_generic_plan' },
  });
}

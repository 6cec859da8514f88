import { createDataSource } from './data-source';

/**
 * For the TypeORM CLI (`npx typeorm migration:generate -d dist/api/src/db/cli-data-source.js`),
 * which wants exactly one exported DataSource per file. Needs DATABASE_URL.
 */
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required for the TypeORM CLI');
export const dataSource = createDataSource(process.env.DATABASE_URL, { logSql: true });

import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import type { DataSource, EntityManager } from 'typeorm';
import { formatError, requestScopePlugin } from '../../api/src/app';
import { createContext, type Context } from '../../api/src/common/context';
import { createDataSource } from '../../api/src/db/data-source';
import { newRequestScope, scopedManager } from '../../api/src/db/sql-counter';
import { buildAppSchema } from '../../api/src/schema';
import { PUBLIC_VIEWER, type Viewer } from '../../api/src/common/viewer';

export interface Result<T> {
  data: T | null | undefined;
  errors: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  /** SQL statements the operation cost. */
  statements: number;
}

/** The test database (migrated and seeded by the global setup) and the real schema over it. */
export class TestApi {
  private constructor(
    readonly dataSource: DataSource,
    private readonly apollo: ApolloServer<Context>,
    readonly logged: string[],
  ) {}

  /** Over the shared test database, or over `url` (a suite's own database, see ownDatabase). */
  static async open(url = process.env.TEST_DATABASE_URL): Promise<TestApi> {
    if (!url) throw new Error('TEST_DATABASE_URL is set by test/support/global-setup.ts');
    const dataSource = createDataSource(url, { poolSize: 4, quiet: true });
    await dataSource.initialize();
    const logged: string[] = [];
    const apollo = new ApolloServer<Context>({
      schema: await buildAppSchema(),
      includeStacktraceInErrorResponses: false,
      formatError,
      plugins: [requestScopePlugin((line) => logged.push(line))],
    });
    await apollo.start();
    return new TestApi(dataSource, apollo, logged);
  }

  /**
   * Runs an operation as `viewer`. `options.manager` runs it inside a transaction the caller
   * controls (and may roll back); `options.requestId` tags its audit rows.
   */
  async query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer: Viewer = PUBLIC_VIEWER,
    options: { manager?: EntityManager; requestId?: string } = {},
  ): Promise<Result<T>> {
    const requestId = options.requestId ?? 'test-request';
    const scope = newRequestScope(requestId);
    const manager = scopedManager(options.manager ?? this.dataSource.manager, scope);
    const response = await this.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(manager, scope, viewer) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    return {
      data: response.body.singleResult.data as T | null | undefined,
      errors: response.body.singleResult.errors as Result<T>['errors'],
      statements: scope.statements,
    };
  }

  /** Like query, but fails the test on any GraphQL error. */
  async data<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer: Viewer = PUBLIC_VIEWER,
  ): Promise<T> {
    const result = await this.query<T>(query, variables, viewer);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async close(): Promise<void> {
    await this.apollo.stop();
    await this.dataSource.destroy();
  }
}

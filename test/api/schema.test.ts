import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { createDataSource } from '../../api/src/db/data-source';
import { buildAppSchema, printAppSchema, RESOLVER_FILE } from '../../api/src/schema';

describe('the schema as documentation and as a contract', () => {
  it('matches the committed schema.graphql (run `npm run schema` after changing the code)', async () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });

  it('takes its resolvers from every module file that declares one, with nothing to register', async () => {
    const modules = join(PROJECT_ROOT, 'api/src/modules');
    const declaring = readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && readFileSync(join(modules, file), 'utf8').includes('@Resolver('),
    );
    expect(declaring.length).toBeGreaterThan(30);
    // A file of another name is never loaded: its fields would be missing from the schema.
    expect(declaring.filter((file) => !RESOLVER_FILE.test(file))).toEqual([]);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the database schema', () => {
  // TypeORM reads the catalog for several tables at once on one connection (enum columns of every
  // table in parallel): its clients run in pg's pipeline mode, which takes statements while others run.
  let dataSource: DataSource;
  beforeAll(async () => {
    const options = createDataSource(process.env.TEST_DATABASE_URL as string).options;
    dataSource = new DataSource({ ...options, extra: { ...options.extra, pipeline: true } } as typeof options);
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('is exactly what the entities describe: the migrations leave nothing to generate', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

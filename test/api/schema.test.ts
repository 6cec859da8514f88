import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { buildAppSchema, printAppSchema, RESOLVER_FILE } from '../../api/src/schema';
import { TestApi } from '../support/api';

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
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it('is exactly what the entities describe: the migrations leave nothing to generate', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

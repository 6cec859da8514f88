import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../api/src/common/paths';

interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  customElement?: boolean;
  attributes?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  events?: { name: string; description?: string }[];
}

/** What is generated and committed for the widgets stays in step with its sources. */
describe('generated widget files', () => {
  it('has the typed operations codegen writes from schema.graphql (graphql-codegen --check)', () => {
    const result = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/changes detected|Failed|Error/i);
    expect(result.status).toBe(0);
  });

  it('keeps operations as plain strings: no GraphQL runtime reaches the bundle', () => {
    const generated = readFileSync(join(PROJECT_ROOT, 'widgets', 'src', 'generated', 'graphql.ts'), 'utf8');
    expect(generated).toContain('export const CommitmentProgressDocument = new TypedDocumentString(');
    expect(generated).not.toMatch(/from ['"]graphql['"]/);
  });

  const committed = () => readFileSync(join(PROJECT_ROOT, 'widgets', 'custom-elements.json'), 'utf8');

  it("has the Custom Elements Manifest the analyzer writes from the classes' JSDoc", () => {
    const fresh = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./widgets/build.mjs'); process.stdout.write(await m.customElementsManifest());",
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(fresh).toBe(committed());
  });

  it('is valid against the official Custom Elements Manifest schema, in its current version', () => {
    const schema = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'node_modules', 'custom-elements-manifest', 'schema.json'), 'utf8'),
    );
    const { version } = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'node_modules', 'custom-elements-manifest', 'package.json'), 'utf8'),
    );
    const manifest = JSON.parse(committed());
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate.errors ?? (validate(manifest) ? [] : validate.errors)).toEqual([]);
    expect(version).toBe('2.1.0');
    expect(manifest.schemaVersion).toBe(version);
  });

  it('describes the served bundle, and defines each tag on the class that declares it', () => {
    const manifest = JSON.parse(committed());
    expect(manifest.modules.map((m: { path: string }) => m.path)).toEqual(['tablero-widgets.js']);
    const [bundle] = manifest.modules as {
      path: string;
      declarations: Declaration[];
      exports: { kind: string; name: string; declaration: { name: string; module: string } }[];
    }[];
    const definitions = bundle.exports.filter((e) => e.kind === 'custom-element-definition');
    expect(definitions.map((d) => d.name).sort()).toEqual([
      'ta-commitment-progress',
      'ta-pages-counter',
      'ta-session-calendar',
    ]);
    for (const definition of definitions) {
      expect(definition.declaration.module).toBe(bundle.path);
      expect(bundle.declarations.find((d) => d.name === definition.declaration.name)?.tagName).toBe(definition.name);
    }
    // Every reference inside the manifest resolves: to a package, or to a declaration of the bundle.
    const references: { name: string; module?: string; package?: string }[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if (['superclass', 'inheritedFrom', 'declaration'].includes(key)) references.push(child as { name: string });
        else collect(child);
      }
    };
    collect(manifest);
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) {
      if (reference.package) continue;
      expect([reference.name, reference.module]).toEqual([reference.name, bundle.path]);
      expect(bundle.declarations.map((d) => d.name)).toContain(reference.name);
    }
  });

  it("gives TypeScript each tag's element type through HTMLElementTagNameMap", () => {
    const check = (code: string) => {
      const file = join(PROJECT_ROOT, 'widgets', 'src', '__tag-map-check.ts');
      const host = ts.createCompilerHost({});
      const readFile = host.readFile;
      host.readFile = (name) => (name === file ? code : readFile(name));
      host.fileExists = (
        (exists) => (name: string) =>
          name === file || exists(name)
      )(host.fileExists);
      const config = ts.getParsedCommandLineOfConfigFile(
        join(PROJECT_ROOT, 'widgets', 'tsconfig.json'),
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
      );
      const program = ts.createProgram(
        [join(PROJECT_ROOT, 'widgets', 'src', 'index.ts'), file],
        { ...config!.options, noEmit: true },
        host,
      );
      return ts
        .getPreEmitDiagnostics(program, program.getSourceFile(file))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    };
    expect(
      check(
        `import './index';\nconst counter = document.createElement('ta-pages-counter');\ncounter.exercise = 'coahuila-2015-2017';\ndocument.querySelector('ta-session-calendar')!.feedUrl = '/calendar/exercises/coahuila-2015-2017.ics';\ndocument.createElement('ta-commitment-progress').commitmentId = undefined;\n`,
      ),
    ).toEqual([]);
    expect(check(`import './index';\ndocument.createElement('ta-pages-counter').feedUrl = 'x';\n`).join()).toMatch(
      /feedUrl.*does not exist on type 'TaPagesCounter'/,
    );
  });

  it('points to the manifest from widgets/package.json', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'widgets', 'package.json'), 'utf8'));
    expect(existsSync(join(PROJECT_ROOT, 'widgets', pkg.customElements))).toBe(true);
  });

  it('documents each element: summary, attributes, parts, custom properties and events', () => {
    const manifest = JSON.parse(committed());
    const elements: Declaration[] = manifest.modules
      .flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
      .filter((d: Declaration) => d.customElement && d.tagName);
    const byTag: Record<string, Declaration> = Object.fromEntries(elements.map((d) => [d.tagName, d]));
    expect(Object.keys(byTag).sort()).toEqual(['ta-commitment-progress', 'ta-pages-counter', 'ta-session-calendar']);
    const attributes = (tag: string) => byTag[tag].attributes?.map((a) => a.name).sort();
    expect(attributes('ta-commitment-progress')).toEqual(['commitment-id', 'endpoint', 'lang', 'plan-id']);
    expect(attributes('ta-pages-counter')).toEqual([
      'commitment-id',
      'endpoint',
      'exercise',
      'lang',
      'organization-id',
      'plan-id',
    ]);
    expect(attributes('ta-session-calendar')).toEqual(['endpoint', 'exercise', 'feed-url', 'lang', 'month']);
    for (const element of elements) {
      expect(element.summary?.length).toBeGreaterThan(40);
      expect(element.events?.map((e) => e.name)).toEqual(['ta-load', 'ta-error']);
      expect(element.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['status', 'retry', 'demo']));
      for (const attribute of element.attributes ?? []) expect(attribute.description).toBeTruthy();
    }
    expect(byTag['ta-commitment-progress'].cssParts?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['bar', 'fill', 'unknown', 'known']),
    );
    expect(byTag['ta-session-calendar'].cssParts?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['grid', 'day', 'list', 'entry', 'feed']),
    );
    expect(byTag['ta-commitment-progress'].cssProperties?.map((p) => p.name)).toEqual([
      '--ta-color-accent',
      '--ta-color-track',
    ]);
  });
});

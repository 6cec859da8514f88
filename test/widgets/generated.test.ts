import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('has the Custom Elements Manifest the analyzer writes from the classes\' JSDoc', () => {
    const fresh = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('./widgets/build.mjs'); process.stdout.write(await m.customElementsManifest());"],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(fresh).toBe(committed());
  });

  it('points to the manifest from widgets/package.json', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'widgets', 'package.json'), 'utf8'));
    expect(existsSync(join(PROJECT_ROOT, 'widgets', pkg.customElements))).toBe(true);
  });

  it('documents each element: summary, attributes, parts, custom properties and events', () => {
    const manifest = JSON.parse(committed());
    const elements: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.customElement && d.tagName);
    const byTag: Record<string, Declaration> = Object.fromEntries(elements.map((d) => [d.tagName, d]));
    expect(Object.keys(byTag).sort()).toEqual(['ta-commitment-progress', 'ta-pages-counter', 'ta-session-calendar']);
    const attributes = (tag: string) => byTag[tag].attributes?.map((a) => a.name).sort();
    expect(attributes('ta-commitment-progress')).toEqual(['commitment-id', 'endpoint', 'lang', 'plan-id']);
    expect(attributes('ta-pages-counter')).toEqual(['commitment-id', 'endpoint', 'exercise', 'lang', 'organization-id', 'plan-id']);
    expect(attributes('ta-session-calendar')).toEqual(['endpoint', 'exercise', 'feed-url', 'lang', 'month']);
    for (const element of elements) {
      expect(element.summary?.length).toBeGreaterThan(40);
      expect(element.events?.map((e) => e.name)).toEqual(['ta-load', 'ta-error']);
      expect(element.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['status', 'retry', 'demo']));
      for (const attribute of element.attributes ?? []) expect(attribute.description).toBeTruthy();
    }
    expect(byTag['ta-commitment-progress'].cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['bar', 'fill', 'unknown', 'known']));
    expect(byTag['ta-session-calendar'].cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['grid', 'day', 'list', 'entry', 'feed']));
    expect(byTag['ta-commitment-progress'].cssProperties?.map((p) => p.name)).toEqual(['--ta-color-accent', '--ta-color-track']);
  });
});

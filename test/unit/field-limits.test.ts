import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import ts from 'typescript';
import * as LIMITS from '../../api/src/common/field-limits';
import { appResolvers } from '../../api/src/schema';

/**
 * Text limits have one definition (api/src/common/field-limits.ts). The API's inputs and the
 * admin's validators import it; the admin's forms still name a few limits by number, so this
 * reads them (the admin cannot load in Jest: react-admin is ESM-only) and holds every limit the
 * admin puts on a field to the limit the API's input puts on it.
 */

// The modules' resolver files declare the inputs (and their limits) as they load.
appResolvers();

type Meta = { propertyName: string; name?: string; constraints: unknown[] };
const metadata = (getMetadataStorage() as unknown as { validationMetadatas: Map<Function, Meta[]> })
  .validationMetadatas;

/** Input class → field → the length the API allows (MaxLength, or what a bounded pattern allows). */
function apiLimits(): Map<string, Map<string, number>> {
  const limits = new Map<string, Map<string, number>>();
  const add = (input: string, field: string, limit: number) =>
    limits.set(input, (limits.get(input) ?? new Map()).set(field, limit));
  for (const [target, list] of metadata) {
    for (const meta of list) {
      if (meta.name === 'maxLength') add(target.name, meta.propertyName, meta.constraints[0] as number);
      if (meta.name === 'matches') {
        const pattern = meta.constraints[0] as RegExp;
        const longest = (char: string) => {
          let n = 0;
          while (n <= 1000 && pattern.test(char.repeat(n + 1))) n++;
          return n;
        };
        const bound = Math.max(longest('a'), longest('A'));
        if (bound > 0 && bound <= 1000) add(target.name, meta.propertyName, bound);
      }
    }
  }
  // Checked by the account service rather than class-validator (test/auth/accounts.test.ts).
  add('StaffAccountInvitationInput', 'displayName', LIMITS.DISPLAY_NAME);
  return limits;
}

/** The API's limit on a field of the admin form in `file`: the one input with that field, or the form's own ("people/…" → PersonInput). */
function apiLimitFor(api: Map<string, Map<string, number>>, file: string, field: string): number | undefined {
  const candidates = [...api].filter(([, fields]) => fields.has(field));
  const singular = file
    .split('/')[0]
    .replace(/^people$/, 'person')
    .replace(/ia$/, 'ion')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
  const own = `${singular[0].toUpperCase()}${singular.slice(1)}Input`;
  const [, fields] = candidates.length === 1 ? candidates[0] : (candidates.find(([input]) => input === own) ?? []);
  return fields?.get(field);
}

const ADMIN = join(__dirname, '../../admin/src');
const tsxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );

/** A number written as a literal or as a field-limits constant. */
function valueOf(node: ts.Expression): number {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  const constant = ts.isIdentifier(node) ? (LIMITS as Record<string, unknown>)[node.text] : undefined;
  if (typeof constant === 'number') return constant;
  throw new Error(`a text limit the test cannot read: ${node.getText()}`);
}

/** The admin validators' own limits: requiredText's and optionalText's defaults, sourceNote's. */
function validatorDefaults(): Record<string, number> {
  const file = ts.createSourceFile(
    'validation.ts',
    readFileSync(join(ADMIN, 'common/validation.ts'), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const defaults: Record<string, number> = {};
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isArrowFunction(init) && init.parameters[0]?.initializer)
        defaults[node.name.text] = valueOf(init.parameters[0].initializer);
      if (ts.isArrayLiteralExpression(init))
        for (const element of init.elements)
          if (ts.isCallExpression(element) && element.expression.getText() === 'maxLength')
            defaults[node.name.text] = valueOf(element.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return defaults;
}

interface AdminLimit {
  file: string;
  field: string;
  limit: number;
}

function adminLimits(): AdminLimit[] {
  const defaults = validatorDefaults();
  const found: AdminLimit[] = [];
  for (const path of tsxFiles(ADMIN)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node) => {
      if (ts.isJsxAttributes(node)) {
        const attribute = (name: string) =>
          node.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);
        const source = attribute('source')?.initializer;
        const validate = attribute('validate')?.initializer;
        if (source && ts.isStringLiteral(source) && validate) {
          const limits: number[] = [];
          const inspect = (part: ts.Node) => {
            if (ts.isCallExpression(part)) {
              const callee = part.expression.getText();
              if (callee === 'maxLength') limits.push(valueOf(part.arguments[0]));
              else if (callee in defaults)
                limits.push(part.arguments[0] ? valueOf(part.arguments[0]) : defaults[callee]);
            } else if (ts.isIdentifier(part) && part.text in defaults && !ts.isCallExpression(part.parent))
              limits.push(defaults[part.text]);
            ts.forEachChild(part, inspect);
          };
          inspect(validate);
          for (const limit of limits) found.push({ file: path.slice(ADMIN.length + 1), field: source.text, limit });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('text limits: the admin and the API agree', () => {
  it('gives the admin validators the API constants', () => {
    expect(validatorDefaults()).toEqual({
      requiredText: LIMITS.SHORT_TEXT,
      optionalText: LIMITS.LONG_TEXT,
      sourceNote: LIMITS.SOURCE_NOTE,
    });
  });

  it('limits every field in the admin forms as the API limits it', () => {
    const api = apiLimits();
    const found = adminLimits();
    expect(found.length).toBeGreaterThan(30);
    const disagreeing = found
      .map((each) => ({ ...each, api: apiLimitFor(api, each.file, each.field) }))
      .filter(({ limit, api }) => limit !== api);
    expect(disagreeing).toEqual([]);
  });
});

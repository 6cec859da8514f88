import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { ARMOR_LIMITS } from '../../api/src/app';
import { operationCost, QUERY_LIMITS } from '../../api/src/common/query-limits';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { clientOperationNames } from '../../api/src/ops/known-operations';
import * as G from '../../admin/src/generated/graphql';

const MAX_TOKENS = 2000;

/** Every operation document codegen generated for the back-office, by export name. */
const documents = Object.entries(G)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof G.TypedDocumentString)
  .map(([name, value]) => [name, String(value)] as const)
  .filter(([, text]) => /^\s*(query|mutation)\b/.test(text));

describe('the back-office operations', () => {
  const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();

  it('cover every write of every kind of record the admin edits', () => {
    const names = new Set(documents.map(([name]) => name));
    const kinds = [
      'ActionPlan',
      'Agreement',
      'Commitment',
      'Evaluation',
      'EvaluationCriterion',
      'Event',
      'Exercise',
      'InformationDelivery',
      'InformationRequest',
      'Membership',
      'Milestone',
      'Organization',
      'Person',
      'Post',
      'Recommendation',
      'Region',
      'Secretariat',
      'Session',
      'Theme',
      'Venue',
    ];
    for (const kind of kinds)
      for (const op of ['Create', 'Update', 'Delete', 'Get', 'Restore'])
        expect(names).toContain(`${op}${kind}Document`);
    expect(names).toContain('ReviewMilestoneDocument');
    expect(names).toContain('SignInDocument');
  });

  it.each(documents)(
    '%s is valid against schema.graphql and inside the API limits (depth, aliases, tokens, cost)',
    (_name, text) => {
      let document: DocumentNode;
      expect(() => (document = parse(text, { maxTokens: MAX_TOKENS }))).not.toThrow();
      expect(validate(schema, parse(text), armor.validationRules).map((e) => e.message)).toEqual([]);
      expect(operationCost(schema, parse(text))).toBeLessThanOrEqual(QUERY_LIMITS.cost);
    },
  );

  it('are all labelled by name in the metrics, wherever their .graphql file sits', () => {
    const known = clientOperationNames();
    for (const [name, text] of documents)
      expect([name, known.has(/^\s*(?:query|mutation)\s+(\w+)/.exec(text)![1])]).toEqual([name, true]);
  });
});

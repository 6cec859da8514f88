import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { createAccount } from '../../api/src/modules/account/account.service';
import { generateSynthetic } from '../../api/src/modules/synthetic/synthetic';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from './api';
import { ownDatabase, type OwnDatabase } from './databases';
import { TEST_PASSWORD } from './staff';
import { PUBLIC_VIEWER, StaffRole, type Viewer } from '../../api/src/common/viewer';

/**
 * Two states side by side in a suite's own database: Coahuila as seeded, and a synthetic state's
 * exercise (the first synthetic one, in the first state by ISO code). Writes attacked from one
 * state at the other's records, and from one agency at another's, are tried here.
 *
 * Each side has a `Scope`: the records a valid input names. `ours` is commitment 2 of Coahuila
 * (DIPETRE responsible, Movimiento Magisterial following); `theirs` is commitment 6 of Coahuila
 * (CONAGUA, through its Coahuila office); `other` is the second state's.
 */
export type Role =
  'public' | 'agency' | 'otherAgency' | 'follower' | 'institute' | 'otherInstitute' | 'evaluator' | 'platform';
export const ROLES: Role[] = [
  'public',
  'agency',
  'otherAgency',
  'follower',
  'institute',
  'otherInstitute',
  'evaluator',
  'platform',
];

export interface Scope {
  state: string;
  exercise: string;
  /** An exercise with no Secretariat yet (a Secretariat is one per exercise). */
  bareExercise: string;
  plan: string;
  commitment: string;
  secretariat: string;
  session: string;
  meeting: string;
  request: string;
  evaluation: string;
  criterion: string;
  /** A criterion no score uses yet (a score is one per commitment and criterion). */
  freeCriterion: string;
  post: string;
  person: string;
  organization: string;
  municipality: string;
  region: string;
  venue: string;
  theme: string;
}

export interface TwoStates {
  database: OwnDatabase;
  api: TestApi;
  viewers: Record<Role, Viewer>;
  /** The agency each agency role edits for, and the state code of each side. */
  ours: Scope;
  theirs: Scope;
  other: Scope;
  otherStateCode: string;
  /** Runs a create as the platform admin and returns the new record's id. */
  build: Builder;
  close(): Promise<void>;
}

let serial = 0;
export const unique = () => `${(serial += 1)}-${randomUUID().slice(0, 8)}`;

async function account(
  manager: EntityManager,
  role: StaffRole,
  organizationId: string | null,
  stateId: string | null,
): Promise<Viewer> {
  const created = await createAccount(manager, null, {
    email: `${role.toLowerCase()}-${unique()}@test.tablero.mx`,
    displayName: role,
    password: TEST_PASSWORD,
    role,
    organizationId,
    stateId,
  });
  return {
    kind: 'staff',
    accountId: created.id,
    role,
    organizationId: created.organizationId,
    stateId: created.stateId,
    sessionTokenHash: 'none',
  };
}

/** Creates a record as the platform admin and returns its id. */
export type Builder = (kind: string, input: Record<string, unknown>) => Promise<string>;

/** A builder running each create as `platform`, published unless the input says otherwise. */
export const builder =
  (api: TestApi, platform: Viewer): Builder =>
  async (name, input) =>
    (
      await api.data(
        `mutation($i: ${name}Input!) { record: create${name}(input: $i) { id } }`,
        { i: { publication: 'PUBLISHED', ...input } },
        platform,
      )
    ).record.id as string;

/** The seeded or synthetic records a side starts from; `scope` builds the rest. */
type ScopeBase = Pick<
  Scope,
  | 'state'
  | 'exercise'
  | 'plan'
  | 'commitment'
  | 'secretariat'
  | 'session'
  | 'evaluation'
  | 'organization'
  | 'municipality'
>;

/** The records a side's inputs name, built (as the platform admin, published) where the seed has none. */
export async function scope(build: Builder, base: ScopeBase): Promise<Scope> {
  const n = unique();
  const region = await build('Region', { stateId: base.state, name: `Región ${n}` });
  const secretariatFree = await build('Exercise', {
    slug: `sin-secretariado-${n}`,
    title: 'Ejercicio sin Secretariado',
    stateId: base.state,
  });
  return {
    ...base,
    bareExercise: secretariatFree,
    meeting: await build('Event', {
      exerciseId: base.exercise,
      kind: 'WORKING_MEETING',
      title: `Reunión ${n}`,
      commitmentIds: [base.commitment],
    }),
    request: await build('InformationRequest', {
      commitmentId: base.commitment,
      subject: `Solicitud ${n}`,
      recipientDescription: 'Dependencias',
    }),
    criterion: await build('EvaluationCriterion', {
      evaluationId: base.evaluation,
      code: `PRUEBA_${serial}`,
      dimension: 'QUALITY',
      position: 90,
      label: 'Criterio',
    }),
    freeCriterion: await build('EvaluationCriterion', {
      evaluationId: base.evaluation,
      code: `LIBRE_${serial}`,
      dimension: 'QUALITY',
      position: 91,
      label: 'Criterio libre',
    }),
    post: await build('Post', {
      secretariatId: base.secretariat,
      label: `Asiento ${n}`,
      role: 'ALTERNATE',
      voting: true,
    }),
    person: await build('Person', { name: `Persona ${n}`, stateId: base.state }),
    region,
    venue: await build('Venue', { municipalityId: base.municipality, name: `Sede ${n}` }),
    theme: await build('Theme', { exerciseId: base.exercise, name: `Tema ${n}` }),
  };
}

const X = 'coahuila-2015-2017';

/**
 * Coahuila as seeded around one of its commitments (commitment 2 unless told): its exercise,
 * plan, Secretariat with its first session, evaluation, DIPETRE and Saltillo.
 */
export async function coahuilaBase(
  dataSource: DataSource,
  commitment = seedId(`commitment:${X}:c2`),
): Promise<ScopeBase> {
  const [firstSession] = await dataSource.query(
    `SELECT s.id FROM session s WHERE s.secretariat_id = $1 ORDER BY s.type, s.number LIMIT 1`,
    [seedId(`secretariat:${X}:stga`)],
  );
  return {
    state: seedId('state:MX-COA'),
    exercise: seedId(`exercise:${X}`),
    plan: seedId(`plan:${X}:pal`),
    commitment,
    secretariat: seedId(`secretariat:${X}:stga`),
    session: firstSession.id as string,
    evaluation: seedId(`evaluation:${X}:pal`),
    organization: seedId('organization:dipetre'),
    municipality: seedId('municipality:MX-COA:030'),
  };
}

export async function twoStates(label: string): Promise<TwoStates> {
  const database = await ownDatabase(label);
  await generateSynthetic(database.dataSource, { count: 1, seed: 12, drafts: 0, deleted: 0 });
  const api = await TestApi.open(database.url);
  const q = (sql: string, params: unknown[] = []) => database.dataSource.query(sql, params);
  const coahuila = seedId('state:MX-COA');
  const [{ id: otherExercise, state_id: otherState, code: otherStateCode }] = await q(
    `SELECT x.id, x.state_id, s.code FROM exercise x JOIN state s ON s.id = x.state_id WHERE x.is_synthetic`,
  );
  const m = database.dataSource.manager;
  const viewers: Record<Role, Viewer> = {
    public: PUBLIC_VIEWER,
    agency: await account(m, StaffRole.AGENCY_EDITOR, seedId('organization:dipetre'), null),
    otherAgency: await account(m, StaffRole.AGENCY_EDITOR, seedId('organization:conagua'), coahuila),
    follower: await account(m, StaffRole.CIVIL_SOCIETY_FOLLOWER, seedId('organization:movimiento-magisterial'), null),
    institute: await account(m, StaffRole.INSTITUTE_ADMIN, seedId('organization:icai'), null),
    otherInstitute: await account(m, StaffRole.INSTITUTE_ADMIN, null, otherState),
    evaluator: await account(m, StaffRole.NATIONAL_EVALUATOR, seedId('organization:inai'), null),
    platform: await account(m, StaffRole.PLATFORM_ADMIN, null, null),
  };
  const build = builder(api, viewers.platform);
  const base = await coahuilaBase(database.dataSource);
  const ours = await scope(build, base);
  const theirs = await scope(build, {
    ...base,
    commitment: seedId(`commitment:${X}:c6`),
    organization: seedId('organization:conagua'),
  });

  // The second state: its synthetic exercise, and a municipality (the reference data loads Coahuila's only).
  const [plan] = await q(`SELECT id FROM action_plan WHERE exercise_id = $1`, [otherExercise]);
  const [commitment] = await q(
    `SELECT c.id, co.organization_id FROM commitment c JOIN commitment_organization co ON co.commitment_id = c.id AND co.role = 'RESPONSIBLE' WHERE c.plan_id = $1 ORDER BY c.number LIMIT 1`,
    [plan.id],
  );
  const [secretariat] = await q(`SELECT id FROM secretariat WHERE exercise_id = $1`, [otherExercise]);
  const [session] = await q(`SELECT id FROM session WHERE secretariat_id = $1 ORDER BY number LIMIT 1`, [
    secretariat.id,
  ]);
  const [evaluation] = await q(`SELECT id FROM evaluation WHERE plan_id = $1`, [plan.id]);
  const municipality = randomUUID();
  await q(
    `INSERT INTO municipality (id, state_id, inegi_key, cvegeo, name, time_zone) VALUES ($1, $2, '001', '99001', 'Municipio de prueba', 'America/Mexico_City')`,
    [municipality, otherState],
  );
  const other = await scope(build, {
    state: otherState,
    exercise: otherExercise,
    plan: plan.id,
    commitment: commitment.id,
    secretariat: secretariat.id,
    session: session.id,
    evaluation: evaluation.id,
    organization: commitment.organization_id,
    municipality,
  });
  return {
    database,
    api,
    viewers,
    ours,
    theirs,
    other,
    otherStateCode,
    build,
    close: async () => {
      await api.close();
      await database.drop();
    },
  };
}

import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { storeBytes } from '../../api/src/modules/document/document.storage';
import { seedId } from '../../api/src/seed/upsert';
import { unique, type Builder, type Role, type Scope } from './two-states';

/**
 * The one table of valid writes, per kind staff write, for the two suites that write every kind:
 * `test/auth/write-attacks.test.ts` (a foreign id in each ID field, as every role) and
 * `test/auth/permission-matrix.test.ts` (every role × kind × action on commitment 2 of Coahuila).
 * A kind with a `create<Kind>` mutation and no entry here fails both, naming it.
 *
 * Who writes a kind is written here, from the rule in the README ("Staff accounts and writes"),
 * not read from the code under test.
 */
export interface WriteFixture {
  /**
   * Who writes a record of this kind in the scope its input names: an agency where it is
   * responsible for every commitment the record serves, an institute in its own state.
   */
  writers: readonly Role[];
  /** Who writes other records of this kind only (the evaluator a document of an evaluation): it may create some. */
  writersElsewhere?: readonly Role[];
  /** The input field whose record decides the row's exercise or state. */
  anchor: string;
  /** A valid create input within `s`; may build parents first (as the platform admin) with `build`. */
  input: (s: Scope, build: Builder) => Promise<Record<string, unknown>>;
  /** A harmless change, naming no record. */
  patch: () => Record<string, unknown>;
}

/** The institute of the record's state and the platform admin: they write every kind. */
export const ADMINS: readonly Role[] = ['institute', 'platform'];
const AGENCY: readonly Role[] = ['agency', ...ADMINS];
const EVALUATION: readonly Role[] = ['evaluator', ...ADMINS];

/** A number no other input of the run uses (positions, session numbers, codes). */
const next = () => Number(unique().split('-')[0]);
/** A month of its own, so that two holders of one seat never overlap. */
const month = () => {
  const year = 2100 + (next() % 800);
  return { startDate: `${year}-01-01`, endDate: `${year}-02-01` };
};

/** The file every document names, real bytes under their own hash as an upload leaves them. */
const PDF = Buffer.from('%PDF-1.4\n% documento de prueba\n%%EOF\n');
const PDF_SHA256 = createHash('sha256').update(PDF).digest('hex');
/** Stores that file, as a suite must before writing a document. */
export const storeDocumentFile = (manager: EntityManager) => storeBytes(manager, PDF);

export const WRITE_FIXTURES: Record<string, WriteFixture> = {
  Region: {
    writers: ADMINS,
    anchor: 'stateId',
    input: async (s) => ({ stateId: s.state, name: `Región ${unique()}` }),
    patch: () => ({ name: `Región ${unique()}` }),
  },
  Venue: {
    writers: ADMINS,
    anchor: 'municipalityId',
    input: async (s) => ({ municipalityId: s.municipality, name: `Sede ${unique()}` }),
    patch: () => ({ name: `Sede ${unique()}` }),
  },
  Organization: {
    writers: ADMINS,
    anchor: 'stateId',
    input: async (s) => ({
      slug: `org-${unique()}`,
      name: 'Organización de prueba',
      kind: 'STATE_AGENCY',
      stateId: s.state,
    }),
    patch: () => ({ abbreviation: 'OP' }),
  },
  Person: {
    writers: ADMINS,
    anchor: 'stateId',
    input: async (s) => ({ name: `Persona ${unique()}`, stateId: s.state }),
    patch: () => ({ honorificPrefix: 'Lic.' }),
  },
  Exercise: {
    writers: ADMINS,
    anchor: 'stateId',
    input: async (s) => ({ slug: `prueba-${unique()}`, title: 'Ejercicio de prueba', stateId: s.state }),
    patch: () => ({ description: 'Cambio' }),
  },
  Theme: {
    writers: ADMINS,
    anchor: 'exerciseId',
    input: async (s) => ({ exerciseId: s.exercise, name: `Tema ${unique()}` }),
    patch: () => ({ name: `Tema ${unique()}` }),
  },
  // A Secretariat is one per exercise: each goes in an exercise of its own.
  Secretariat: {
    writers: ADMINS,
    anchor: 'exerciseId',
    input: async (s, build) => ({
      exerciseId: await build('Exercise', {
        slug: `sin-secretariado-${unique()}`,
        title: 'Ejercicio',
        stateId: s.state,
      }),
      name: 'Secretariado de prueba',
    }),
    patch: () => ({ abbreviation: 'SP' }),
  },
  Post: {
    writers: ADMINS,
    anchor: 'secretariatId',
    input: async (s) => ({
      secretariatId: s.secretariat,
      label: `Asiento ${unique()}`,
      role: 'ALTERNATE',
      voting: true,
    }),
    patch: () => ({ label: `Asiento ${unique()}` }),
  },
  Membership: {
    writers: ADMINS,
    anchor: 'postId',
    input: async (s) => ({ postId: s.post, personId: s.person, ...month() }),
    patch: () => ({ title: 'Titular' }),
  },
  Session: {
    writers: ADMINS,
    anchor: 'secretariatId',
    input: async (s) => ({
      secretariatId: s.secretariat,
      type: 'EXTRAORDINARY',
      number: 1000 + next(),
      date: '2018-02-01',
    }),
    patch: () => ({ summary: 'Cambio' }),
  },
  SessionAttendance: {
    writers: ADMINS,
    anchor: 'sessionId',
    input: async (s) => ({ sessionId: s.session, description: `Asistentes ${unique()}` }),
    patch: () => ({ description: 'Cambio' }),
  },
  Agreement: {
    writers: AGENCY,
    anchor: 'eventId',
    input: async (s) => ({ eventId: s.meeting, position: next(), text: 'Acuerdo de prueba' }),
    patch: () => ({ status: 'DONE', statusNote: 'Cumplido' }),
  },
  Event: {
    writers: AGENCY,
    anchor: 'exerciseId',
    input: async (s) => ({
      exerciseId: s.exercise,
      kind: 'WORKING_MEETING',
      title: `Reunión ${unique()}`,
      commitmentIds: [s.commitment],
    }),
    patch: () => ({ description: 'Cambio' }),
  },
  ActionPlan: {
    writers: ADMINS,
    anchor: 'exerciseId',
    input: async (s) => ({ exerciseId: s.exercise, title: `Plan ${unique()}` }),
    patch: () => ({ methodology: 'Cambio' }),
  },
  Commitment: {
    writers: ADMINS,
    anchor: 'planId',
    input: async (s) => ({ planId: s.plan, title: `Compromiso ${unique()}` }),
    patch: () => ({ objective: 'Cambio' }),
  },
  Milestone: {
    writers: AGENCY,
    anchor: 'commitmentId',
    input: async (s) => ({ commitmentId: s.commitment, position: next(), title: `Hito ${unique()}` }),
    patch: () => ({ status: 'IN_PROGRESS' }),
  },
  InformationRequest: {
    writers: AGENCY,
    anchor: 'commitmentId',
    input: async (s) => ({ commitmentId: s.commitment, subject: 'Solicitud', recipientDescription: 'Dependencias' }),
    patch: () => ({ response: 'FULL' }),
  },
  InformationDelivery: {
    writers: AGENCY,
    anchor: 'commitmentId',
    input: async (s) => ({ commitmentId: s.commitment, description: 'Entrega', pages: 10, pagesQualifier: 'EXACT' }),
    patch: () => ({ pages: 12 }),
  },
  Evaluation: {
    writers: EVALUATION,
    anchor: 'planId',
    input: async (s) => ({ planId: s.plan, evaluatorId: seedId('organization:inai'), title: `Evaluación ${unique()}` }),
    patch: () => ({ scoresNote: 'Cambio' }),
  },
  EvaluationCriterion: {
    writers: EVALUATION,
    anchor: 'evaluationId',
    input: async (s) => ({
      evaluationId: s.evaluation,
      code: `T_${next()}`,
      dimension: 'QUALITY',
      position: next(),
      label: 'Criterio',
    }),
    patch: () => ({ question: '¿Cambio?' }),
  },
  // A score is one per commitment and criterion: each names a criterion of its own.
  EvaluationScore: {
    writers: EVALUATION,
    anchor: 'commitmentId',
    input: async (s, build) => ({
      criterionId: await build('EvaluationCriterion', {
        evaluationId: s.evaluation,
        code: `S_${next()}`,
        dimension: 'QUALITY',
        position: next(),
        label: 'Criterio',
      }),
      commitmentId: s.commitment,
      score: 2,
    }),
    patch: () => ({ score: 3 }),
  },
  // A document is written as the record it belongs to: here a meeting, which an agency keeps.
  Document: {
    writers: AGENCY,
    writersElsewhere: ['evaluator'],
    anchor: 'eventId',
    input: async (s) => ({
      eventId: s.meeting,
      title: `Acta ${unique()}`,
      kind: 'ACTA',
      contentSha256: PDF_SHA256,
      fileName: 'acta.pdf',
    }),
    patch: () => ({ title: `Acta ${unique()}` }),
  },
  Recommendation: {
    writers: EVALUATION,
    anchor: 'exerciseId',
    input: async (s) => ({
      exerciseId: s.exercise,
      evaluationId: s.evaluation,
      kind: 'EVALUATOR_RECOMMENDATION',
      position: next(),
      text: 'Recomendación de prueba',
    }),
    patch: () => ({ text: 'Cambio' }),
  },
};

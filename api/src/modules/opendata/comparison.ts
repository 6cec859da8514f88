import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/prepared';
import type { Resource, ResourceField } from './resources';
import { RecordKind } from '../exercise/coverage';
import { Sector } from '../secretariat/secretariat.enums';
import { toComparison } from '../comparison/comparison.resolver';
import { COMPARISON_SQL } from '../comparison/comparison.sql';
import { ExerciseStage, type ExerciseComparison } from '../comparison/comparison.types';

/**
 * The comparison of the real exercises as open data (/data/comparacion.csv and .json): one row per
 * exercise with the figures the evaluator's screen shows first. What the sources do not give stays
 * an empty cell, never 0: the kinds of record they do not report are null by the rule of
 * exercise/coverage.ts, as in compareExercises. Synthetic and demonstration exercises are not in it.
 */

const field = (
  name: string,
  type: ResourceField['type'],
  title: string,
  description: string,
  constraints?: ResourceField['constraints'],
): ResourceField => ({
  name,
  type,
  title,
  description,
  ...(constraints ? { constraints } : {}),
});
const sectorSlug = (sector: Sector) => sector.toLowerCase();

const FIELDS: ResourceField[] = [
  field('slug', 'string', 'Ejercicio', 'Slug of the exercise (its pages are at /data/exercises/<slug>/).', {
    required: true,
    unique: true,
  }),
  field('state_code', 'string', 'Estado', 'ISO 3166-2 code of its state.', { required: true }),
  field('title', 'string', 'Título', 'Title of the exercise.', { required: true }),
  field('stage', 'string', 'Etapa alcanzada', 'The furthest step its public records show.', {
    enum: Object.values(ExerciseStage),
  }),
  field('reported_status', 'string', 'Estatus según la fuente', 'The stage its source reports, in its words.'),
  field(
    'joint_declaration_on',
    'string',
    'Declaración conjunta',
    'Date of the joint declaration (ISO 8601, at the precision given).',
  ),
  field(
    'secretariat_installed_on',
    'string',
    'Instalación del Secretariado',
    "Date of the Secretariat's installation; empty when not given.",
  ),
  field(
    'plan_published_on',
    'string',
    'Publicación del plan',
    "Date of the first plan's publication; empty when none is published.",
  ),
  field(
    'days_to_secretariat',
    'integer',
    'Días a la instalación',
    'Days from the declaration to the installation, when both are full dates.',
  ),
  field(
    'days_to_plan',
    'integer',
    'Días a la publicación del plan',
    'Days from the declaration to the plan, when both are full dates.',
  ),
  field(
    'commitments_regular',
    'integer',
    'Compromisos regulares',
    'Regular commitments; empty when no plan is published.',
  ),
  field(
    'commitments_proactive',
    'integer',
    'Compromisos proactivos',
    'Proactive commitments; empty when no plan is published.',
  ),
  field(
    'unreported_records',
    'list',
    'Registros que la fuente no reporta',
    `Kinds of record its sources do not report (${Object.values(RecordKind).join(', ')}): their columns are empty, not 0.`,
  ),
  field(
    'sessions',
    'integer',
    'Sesiones del Secretariado',
    'Secretariat sessions held; empty when its sources do not report sessions.',
  ),
  field('agreements', 'integer', 'Acuerdos', 'Agreements taken; empty when its sources do not report agreements.'),
  field(
    'information_requests',
    'integer',
    'Solicitudes de información',
    'Information requests made; empty when its sources do not report them.',
  ),
  ...Object.values(Sector).flatMap((sector) => [
    field(
      `${sectorSlug(sector)}_declared_seats`,
      'integer',
      `Lugares declarados (${sector})`,
      `Seats the source declares for ${sector}; empty when it declares none.`,
    ),
    field(
      `${sectorSlug(sector)}_bodies_named`,
      'integer',
      `Organismos nombrados (${sector})`,
      `Distinct bodies named as holding ${sector} representative seats; empty without a Secretariat.`,
    ),
    field(
      `${sectorSlug(sector)}_seats_open`,
      'integer',
      `Lugares por definir (${sector})`,
      `${sector} representative seats listed with no holder; empty without a Secretariat.`,
    ),
  ]),
];

/** One exported row of a comparison. */
function toRecord(row: Record<string, unknown>): Record<string, unknown> {
  const x = row as unknown as ExerciseComparison;
  const sectors = Object.values(Sector).flatMap((sector) => {
    const s = x.secretariat?.sectors.find((c) => c.sector === sector);
    return [
      [`${sectorSlug(sector)}_declared_seats`, s?.declaredSeats ?? null],
      [`${sectorSlug(sector)}_bodies_named`, s ? s.bodiesNamed : null],
      [`${sectorSlug(sector)}_seats_open`, s ? s.seatsOpen : null],
    ];
  });
  return {
    slug: x.slug,
    state_code: x.stateCode,
    title: x.title,
    stage: x.stage,
    reported_status: x.reportedStatus,
    joint_declaration_on: x.daysToSecretariatInstallation.from,
    secretariat_installed_on: x.daysToSecretariatInstallation.to,
    plan_published_on: x.daysToPlanPublication.to,
    days_to_secretariat: x.daysToSecretariatInstallation.days,
    days_to_plan: x.daysToPlanPublication.days,
    commitments_regular: x.commitments.regular,
    commitments_proactive: x.commitments.proactive,
    unreported_records: x.unreportedRecords,
    sessions: x.sessions?.total ?? null,
    agreements: x.agreements?.total ?? null,
    information_requests: x.informationRequests?.total ?? null,
    ...Object.fromEntries(sectors),
  };
}

export const COMPARISON_RESOURCE: Resource = {
  name: 'comparacion',
  title: 'Comparación de los ejercicios reales',
  description:
    'The real exercises side by side: stage, days from the declaration, commitments and the Secretariat by sector.',
  fields: FIELDS,
  primaryKey: ['slug'],
  sql: COMPARISON_SQL,
  toRecord,
};

/** The comparison rows of the given exercises, as compareExercises computes them. */
export async function comparisonRows(
  manager: EntityManager,
  exerciseIds: string[],
): Promise<Record<string, unknown>[]> {
  if (!exerciseIds.length) return [];
  const rows = await preparedQuery(manager, COMPARISON_SQL, [exerciseIds]);
  return rows.map((row) => toComparison(row) as unknown as Record<string, unknown>);
}

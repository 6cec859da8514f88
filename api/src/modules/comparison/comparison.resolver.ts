import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../common/context';
import { badInput } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { visibleTo } from '../../common/loaders';
import { partialDateEnd, partialDateStart, precisionOf } from '../../common/partial-date';
import { preparedQuery } from '../../common/prepared';
import { AgreementStatus } from '../agreement/agreement.enums';
import { CountQualifier } from '../event/event.enums';
import { RecordKind, reported } from '../exercise/coverage';
import { Exercise } from '../exercise/exercise.entity';
import { applyExerciseFilter, unaskedLeftOut } from '../exercise/exercise.filter';
import { ExerciseFilter } from '../exercise/exercise.inputs';
import { pagesTotal } from '../information/information.types';
import { exerciseById } from '../exercise/exercise.loaders';
import { COMPARISON_SQL } from './comparison.sql';
import { DaysBetween, ExerciseComparison, ExerciseStage, type SectorComposition } from './comparison.types';
import { PUBLIC_VIEWER } from '../../common/viewer';

/** Most exercises one comparison may cover (ten times the country's states, and more). */
export const MAX_COMPARED = 1000;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Days from one partial date to another, exact when both are full dates, else the range they allow. */
export function daysBetween(from: string | null, to: string | null): DaysBetween {
  if (!from || !to) return { from, to, days: null, atLeast: null, atMost: null };
  const atLeast = dayNumber(partialDateStart(to)) - dayNumber(partialDateEnd(from));
  const atMost = dayNumber(partialDateEnd(to)) - dayNumber(partialDateStart(from));
  const exact = precisionOf(from) === 'DAY' && precisionOf(to) === 'DAY';
  return { from, to, days: exact ? atMost : null, atLeast, atMost };
}

const count = (value: unknown) => Number(value ?? 0);
const maybe = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The furthest step the records show: each step is known by its own date, never assumed from a later one. */
export function stageOf(declaredOn: unknown, installedOn: unknown, planPublishedOn: unknown): ExerciseStage | null {
  if (planPublishedOn != null) return ExerciseStage.PLAN_PUBLISHED;
  if (installedOn != null) return ExerciseStage.SECRETARIAT_INSTALLED;
  if (declaredOn != null) return ExerciseStage.DECLARATION_SIGNED;
  return null;
}

export function toComparison(row: Record<string, unknown>): ExerciseComparison {
  const byStatus = (row.agreements as Record<string, number> | null) ?? {};
  const status = (s: AgreementStatus) => count(byStatus[s]);
  const plans = count(row.plans);
  const unreported = (row.unreported_records as RecordKind[] | null) ?? [];
  const milestones = <T>(value: T) => reported(unreported, RecordKind.MILESTONES, value);
  return {
    exerciseId: row.id as string,
    slug: row.slug as string,
    title: row.title as string,
    stateCode: row.state_code as string,
    isSynthetic: Boolean(row.is_synthetic),
    isDemo: Boolean(row.is_demo),
    stage: stageOf(row.joint_declaration_on, row.installed_on, row.published_on),
    reportedStatus: (row.reported_status as string | null) ?? null,
    unreportedRecords: unreported,
    secretariat: row.has_secretariat
      ? {
          installedOn: (row.installed_on as string | null) ?? null,
          sectors: (row.composition as SectorComposition[] | null) ?? [],
        }
      : null,
    commitments: {
      plans,
      total: count(row.commitments),
      regular: plans ? count(row.regular) : null,
      proactive: plans ? count(row.proactive) : null,
      withMeasuredProgress: count(row.measured),
      withUnknownProgress: count(row.unknown_progress),
      complete: milestones(count(row.complete)),
      notStarted: milestones(count(row.not_started)),
      averageProgressPercent: maybe(row.average_percent),
      milestones: milestones(count(row.milestones)),
      milestonesDone: milestones(count(row.milestones_done)),
    },
    pagesDelivered: pagesTotal({
      pages: row.pages,
      lower_bound: row.pages_lower_bound,
      counted: row.deliveries_counted,
      uncounted: row.deliveries_uncounted,
    }),
    informationRequests: reported(unreported, RecordKind.INFORMATION_REQUESTS, {
      total: count(row.requests),
      answeredFully: count(row.requests_full),
      answeredPartially: count(row.requests_partial),
      notAnswered: count(row.requests_none),
      responseUnknown: count(row.requests_unknown),
      groupRecipients: count(row.group_recipients),
      groupResponded: count(row.group_responded),
    }),
    sessions: reported(unreported, RecordKind.SESSIONS, {
      total: count(row.sessions),
      ordinary: count(row.ordinary_sessions),
      extraordinary: count(row.extraordinary_sessions),
    }),
    agreements: reported(unreported, RecordKind.AGREEMENTS, {
      total: Object.values(byStatus).reduce((sum, n) => sum + Number(n), 0),
      done: status(AgreementStatus.DONE),
      pending: status(AgreementStatus.PENDING) + status(AgreementStatus.IN_PROGRESS),
      unknown: status(AgreementStatus.UNKNOWN),
      byStatus: Object.values(AgreementStatus).map((s) => ({ status: s, count: status(s) })),
    }),
    events: count(row.events),
    attendance:
      row.attendance == null
        ? null
        : {
            value: Number(row.attendance),
            qualifier: row.attendance_lower_bound ? CountQualifier.MORE_THAN : CountQualifier.EXACT,
          },
    eventsWithAttendance: count(row.events_with_attendance),
    daysToSecretariatInstallation: daysBetween(
      (row.joint_declaration_on as string | null) ?? null,
      (row.installed_on as string | null) ?? null,
    ),
    daysToPlanPublication: daysBetween(
      (row.joint_declaration_on as string | null) ?? null,
      (row.published_on as string | null) ?? null,
    ),
    evaluation: {
      evaluations: count(row.evaluations),
      scoresExpected: count(row.scores_expected),
      scoresKnown: count(row.scores_known),
      averageQualityScore: maybe(row.average_quality),
      averageRelevanceScore: maybe(row.average_relevance),
    },
  };
}

@Resolver(() => ExerciseComparison)
export class ComparisonResolver {
  @Query(() => [ExerciseComparison], {
    description:
      'Exercises side by side, with the figures an evaluator compares (commitments and completion, pages, information requests, ' +
      'sessions, agreements, attendance, days to the Secretariat and to the plan, evaluation scores), computed in SQL from public ' +
      `records. The exercises are those named by ids or slugs plus those matching filter; when none is given, every public real exercise ` +
      `(synthetic and demonstration exercises only when asked for, e.g. filter: { isSynthetic: true }); at most ${MAX_COMPARED}. ` +
      'Ordered real before synthetic, then by state and start date. The same data downloads at /data/exercises/<slug>/.',
  })
  async compareExercises(
    @Arg('ids', () => [ID], { nullable: true, description: 'Exercises by id.' }) ids: string[] | null,
    @Arg('slugs', () => [String], { nullable: true, description: 'Exercises by slug, e.g. "coahuila-2015-2017".' })
    slugs: string[] | null,
    @Arg('filter', () => ExerciseFilter, {
      nullable: true,
      description: 'Exercises matching every condition (e.g. isSynthetic: true).',
    })
    filter: ExerciseFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ExerciseComparison[]> {
    const named = (ids ?? []).map((id, i) => assertUuid(id, `ids[${i}]`));
    // Public figures, whoever asks: the same records everyone sees.
    const qb = visibleTo(ctx.manager.createQueryBuilder(Exercise, 'r').select('r.id', 'id'), 'r', PUBLIC_VIEWER);
    // Named exercises are asked for; the rest are real ones unless the filter asks for synthetic or
    // demonstration data. Staff comparing in the back-office get what their filter selects.
    const leftOut = (given: ExerciseFilter | null) =>
      given && ctx.viewer.kind === 'staff' ? 'TRUE' : unaskedLeftOut('r', given);
    if (!named.length && !slugs?.length && !filter) qb.andWhere(leftOut(null));
    if (named.length || slugs?.length || filter) {
      qb.andWhere(
        new Brackets((either) => {
          if (named.length) either.orWhere('r.id IN (:...named)', { named });
          if (slugs?.length) either.orWhere('r.slug IN (:...slugs)', { slugs });
          if (filter) {
            either.orWhere(
              new Brackets((builder) => {
                // The list filter only adds conditions, which a bracket accepts as well.
                const all = builder.where(leftOut(filter)) as unknown as SelectQueryBuilder<Exercise>;
                applyExerciseFilter(all, filter);
              }),
            );
          }
        }),
      );
    }
    const selected: { id: string }[] = await qb.limit(MAX_COMPARED + 1).getRawMany();
    if (selected.length > MAX_COMPARED)
      throw badInput(filter ? 'filter' : 'ids', `selects more than ${MAX_COMPARED} exercises; narrow it`);
    if (!selected.length) return [];
    const rows = await preparedQuery(ctx.manager, COMPARISON_SQL, [selected.map((row) => row.id)]);
    return rows.map(toComparison);
  }

  @FieldResolver(() => Exercise, { description: 'The exercise itself, for any other field of it.' })
  exercise(@Root() comparison: ExerciseComparison, @Ctx() ctx: Context) {
    return ctx.loaders.get(exerciseById).load(comparison.exerciseId);
  }
}

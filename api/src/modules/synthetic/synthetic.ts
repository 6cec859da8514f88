import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Publication } from '../../common/publication';
import { loadSeedFiles } from '../../seed/load-files';
import { seedId, upsert } from '../../seed/upsert';
import { AgreementResponsible } from '../agreement/agreement-responsible.entity';
import { Agreement } from '../agreement/agreement.entity';
import { AgreementStatus } from '../agreement/agreement.enums';
import { CommitmentOrganization, CommitmentTheme } from '../commitment/commitment-links.entity';
import { Commitment } from '../commitment/commitment.entity';
import { CommitmentOrganizationRole } from '../commitment/commitment.enums';
import { Evaluation, EvaluationCriterion, EvaluationScore } from '../evaluation/evaluation.entity';
import { RecommendationKind } from '../evaluation/evaluation.enums';
import { Recommendation } from '../evaluation/recommendation.entity';
import { EventCommitment, EventOrganization } from '../event/event-links.entity';
import { Event } from '../event/event.entity';
import { CountQualifier, EventKind, EventOrganizationRole } from '../event/event.enums';
import { Exercise } from '../exercise/exercise.entity';
import { InformationDelivery } from '../information/information-delivery.entity';
import { InformationRequest } from '../information/information-request.entity';
import { RequestResponse } from '../information/information.enums';
import { Milestone } from '../milestone/milestone.entity';
import { MilestoneStatus } from '../milestone/milestone.enums';
import { Organization } from '../organization/organization.entity';
import { OrganizationKind } from '../organization/organization.enums';
import { Person } from '../organization/person.entity';
import { Venue } from '../place/venue.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { Membership } from '../secretariat/membership.entity';
import { Post } from '../secretariat/post.entity';
import { Secretariat } from '../secretariat/secretariat.entity';
import { Session } from '../session/session.entity';
import { SourceDocument as SourceDocumentRow } from '../source/source-document.entity';
import { Theme } from '../theme/theme.entity';
import { SessionType } from '../session/session.enums';
import { shapeOf, type ExerciseShape } from './shape';

/**
 * Synthetic exercises for tests, demos and benchmarks: N states' exercises whose sizes are drawn
 * from Coahuila's (its seed file: commitments, agencies, requests, deliveries and their pages,
 * meetings, sessions and agreements, events, seats), scaled by a factor between 0.6 and 1.4.
 *
 * Marked in the data itself: `exercise.is_synthetic = true`, slugs `sintetico-…`, titles and
 * names that say "sintético", and every row's source is the synthetic source document
 * (`sintetico-s<seed>`), whose note says it is generated. Never written to the seed files; one
 * command removes them all (removeSynthetic).
 *
 * What Coahuila's report does not have, the generator adds so that every figure of a comparison
 * is exercised: milestones on a quarterly schedule (the plan's one-year, quarterly activities) on
 * most commitments, answers to information requests, agreement statuses, evaluation scores on a
 * 0-3 scale for some exercises; and a few records left as drafts or deleted, which no public read
 * may count. Synthetic exercise n is placed in state n mod 32, so N can exceed the country's 32
 * states (320 for the benchmark): "N states" means N exercises, each in some state. Venues and
 * municipalities are used where the state's municipalities are loaded (Coahuila's).
 *
 * Ids are deterministic (seedId of `synthetic:<seed>:…`): the same seed and N give the same rows,
 * and generating again changes nothing.
 */

export interface SyntheticOptions {
  /** How many exercises. */
  count: number;
  /** Seed of the random numbers; also part of the slugs and ids. */
  seed?: number;
  /** Share of records left as drafts, and share soft-deleted. */
  drafts?: number;
  deleted?: number;
}

export const SYNTHETIC_DOCUMENT_PREFIX = 'sintetico-';
const SYNTHETIC_NOTE = 'Dato sintético: generado para pruebas, no proviene de ningún informe.';

/** mulberry32: small, fast, deterministic. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    /** Up to `n` distinct items. */
    some: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}
type Random = ReturnType<typeof random>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

interface StateRow {
  id: string;
  code: string;
  name: string;
  municipalities: { id: string; name: string }[];
}

/** Rows per table, in the order they are written (each table's references come before it). */
class Rows {
  readonly tables = new Map<EntityTarget<ObjectLiteral>, ObjectLiteral[]>();
  add<T extends ObjectLiteral>(entity: EntityTarget<T>, row: Partial<T>): void {
    const list = this.tables.get(entity as EntityTarget<ObjectLiteral>) ?? [];
    list.push(row);
    this.tables.set(entity as EntityTarget<ObjectLiteral>, list);
  }
}

const WRITE_ORDER: EntityTarget<ObjectLiteral>[] = [
  Organization,
  Person,
  Venue,
  Exercise,
  Theme,
  Secretariat,
  Post,
  Membership,
  Session,
  ActionPlan,
  Commitment,
  CommitmentOrganization,
  CommitmentTheme,
  Milestone,
  InformationRequest,
  InformationDelivery,
  Event,
  EventCommitment,
  EventOrganization,
  Agreement,
  AgreementResponsible,
  Evaluation,
  EvaluationCriterion,
  EvaluationScore,
  Recommendation,
];

/** The real exercise synthetic ones are shaped after. */
export function coahuilaShape(): ExerciseShape {
  const file = loadSeedFiles().exercises.find((exercise) => exercise.exercise.slug === 'coahuila-2015-2017');
  if (!file)
    throw new Error('the seed file coahuila-2015-2017.yaml, which synthetic exercises are shaped after, is missing');
  return shapeOf(file);
}

function buildExercise(
  rows: Rows,
  n: number,
  seed: number,
  state: StateRow,
  shape: ExerciseShape,
  documentId: string,
  options: Required<Omit<SyntheticOptions, 'count' | 'seed'>>,
) {
  const rnd: Random = random(seed * 1_000_003 + n);
  const number = pad(n + 1, 3);
  const slug = `sintetico-s${seed}-${number}-${state.code.toLowerCase()}`;
  const id = (kind: string, key: string | number = '') => seedId(`synthetic:${seed}:${n}:${kind}:${key}`);
  const factor = 0.6 + rnd.next() * 0.8;
  const scaled = (value: number, min = 0) => Math.max(min, Math.round(value * factor));
  const visibility = () => {
    const roll = rnd.next();
    if (roll < options.deleted) return { publication: Publication.PUBLISHED, deletedAt: new Date() };
    if (roll < options.deleted + options.drafts) return { publication: Publication.DRAFT, deletedAt: null };
    return { publication: Publication.PUBLISHED, deletedAt: null };
  };
  const sourced = (hidden = true) => ({
    sourceDocumentId: documentId,
    sourceNote: SYNTHETIC_NOTE,
    ...(hidden ? visibility() : { publication: Publication.PUBLISHED, deletedAt: null }),
  });
  const where = () => {
    if (!state.municipalities.length) return { municipalityId: null, venueId: null };
    const municipality = rnd.pick(state.municipalities);
    return {
      municipalityId: municipality.id,
      venueId: rnd.chance(0.5) ? id('venue', municipality.id) : null,
      municipality,
    };
  };

  // The exercise's calendar: joint declaration, Secretariat, plan; a month-only date now and then.
  const year = 2015 + (n % 8);
  const declaration = new Date(Date.UTC(year, rnd.int(0, 5), rnd.int(1, 28)));
  const installed = addDays(declaration, rnd.int(60, 300));
  const published = addDays(installed, rnd.int(200, 500));
  const end = addDays(published, 365 + rnd.int(0, 120));
  const reduce = (date: Date) => (rnd.chance(0.15) ? isoDay(date).slice(0, 7) : isoDay(date));
  const dayBetween = (from: Date, to: Date) =>
    addDays(from, rnd.int(0, Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000))));

  // Organisations: guarantor, local authority, evaluator, agencies, civil society.
  const org = (key: string, name: string, kind: OrganizationKind, national = false) => {
    rows.add(Organization, {
      id: id('organization', key),
      slug: `${slug}-${key}`,
      name: `${name} (sintético)`,
      abbreviation: null,
      kind,
      parentId: null,
      stateId: national ? null : state.id,
      municipalityId: null,
      foundingDate: null,
      dissolutionDate: null,
      ...sourced(false),
    });
    return id('organization', key);
  };
  const guarantor = org('garante', `Instituto de Transparencia de ${state.name}`, OrganizationKind.GUARANTOR_BODY);
  const authority = org('autoridad-local', `Gobierno del Estado de ${state.name}`, OrganizationKind.LOCAL_AUTHORITY);
  const evaluator = org('evaluador', 'Evaluador nacional', OrganizationKind.NATIONAL_GUARANTOR_BODY, true);
  const agencies = Array.from({ length: scaled(shape.agencies, 3) }, (_, i) =>
    org(
      `dependencia-${i + 1}`,
      `Dependencia ${i + 1} de ${state.name}`,
      rnd.pick([OrganizationKind.STATE_AGENCY, OrganizationKind.MUNICIPAL_AGENCY, OrganizationKind.WATER_OPERATOR]),
    ),
  );
  const societies = Array.from({ length: scaled(shape.civilSociety, 2) }, (_, i) =>
    org(`osc-${i + 1}`, `Organización civil ${i + 1} de ${state.name}`, OrganizationKind.CIVIL_SOCIETY_ORGANIZATION),
  );

  const exerciseId = id('exercise');
  rows.add(Exercise, {
    id: exerciseId,
    slug,
    title: `Ejercicio sintético ${number} de ${state.name} ${year}-${year + 2}`,
    description: 'Datos sintéticos generados para pruebas, demostraciones y mediciones; no son datos reales.',
    stateId: state.id,
    startDate: isoDay(declaration),
    endDate: isoDay(end).slice(0, 7),
    jointDeclarationOn: reduce(declaration),
    guarantorId: guarantor,
    localAuthorityId: authority,
    evaluatorId: evaluator,
    isSynthetic: true,
    isDemo: false,
    ...sourced(false),
  });
  for (const municipality of state.municipalities) {
    rows.add(Venue, {
      id: id('venue', municipality.id),
      name: `Sala sintética ${number}-s${seed} de ${municipality.name}`,
      municipalityId: municipality.id,
      ...sourced(false),
    });
  }

  // Secretariat: its seats and who held them, one after another.
  const secretariatId = id('secretariat');
  rows.add(Secretariat, {
    id: secretariatId,
    exerciseId,
    name: `Secretariado Técnico sintético de ${state.name}`,
    abbreviation: 'STGA',
    installedOn: reduce(installed),
    nationalOrder: null,
    decisionRule: null,
    ...sourced(false),
  });
  let people = 0;
  shape.posts.forEach((post, p) => {
    const postId = id('post', p);
    rows.add(Post, {
      id: postId,
      secretariatId,
      label: `Cargo ${p + 1} (${post.role.toLowerCase()})`,
      role: post.role,
      sector: post.sector,
      regionId: null,
      voting: post.voting,
      ...sourced(),
    });
    let start = installed;
    for (let h = 0; h < post.holders; h += 1) {
      const personId = id('person', people);
      rows.add(Person, {
        id: personId,
        stateId: state.id,
        name: `Persona sintética ${people + 1}`,
        honorificPrefix: null,
        ...sourced(),
      });
      people += 1;
      const until = h < post.holders - 1 ? addDays(start, rnd.int(120, 400)) : null;
      rows.add(Membership, {
        id: id('membership', `${p}:${h}`),
        postId,
        personId,
        onBehalfOfId: rnd.pick([guarantor, authority, ...societies]),
        title: null,
        startDate: isoDay(start),
        endDate: until ? isoDay(until) : null,
        ...sourced(),
      });
      if (until) start = until;
    }
  });

  // Sessions, numbered per type, with their agreements.
  const agreementStatus = () =>
    rnd.pick([
      AgreementStatus.DONE,
      AgreementStatus.DONE,
      AgreementStatus.PENDING,
      AgreementStatus.IN_PROGRESS,
      AgreementStatus.UNKNOWN,
      AgreementStatus.UNKNOWN,
      AgreementStatus.CANCELLED,
    ]);
  const addAgreements = (count: number, origin: { sessionId: string | null; eventId: string | null }, key: string) => {
    for (let a = 0; a < count; a += 1) {
      const agreementId = id('agreement', `${key}:${a}`);
      rows.add(Agreement, {
        id: agreementId,
        ...origin,
        position: a + 1,
        text: `Acuerdo sintético ${a + 1}`,
        status: agreementStatus(),
        statusNote: null,
        ...sourced(),
      });
      for (const organization of rnd.some([...agencies, guarantor, authority], rnd.int(0, 2)))
        rows.add(AgreementResponsible, { agreementId, organizationId: organization });
    }
  };
  const sessionCount = scaled(shape.sessions.length, 1);
  const numbers = { [SessionType.ORDINARY]: 0, [SessionType.EXTRAORDINARY]: 0 };
  for (let s = 0; s < sessionCount; s += 1) {
    const template = rnd.pick(shape.sessions);
    const type = template.extraordinary ? SessionType.EXTRAORDINARY : SessionType.ORDINARY;
    numbers[type] += 1;
    const sessionId = id('session', s);
    const { municipalityId, venueId } = where();
    rows.add(Session, {
      id: sessionId,
      secretariatId,
      type,
      number: numbers[type],
      date: isoDay(addDays(installed, Math.round(((s + 1) * 600) / sessionCount))),
      municipalityId,
      venueId,
      summary: null,
      convenedBy: null,
      ...sourced(),
    });
    addAgreements(rnd.pick(shape.sessions).agreements, { sessionId, eventId: null }, `session-${s}`);
  }

  // The plan and its commitments.
  const planId = id('plan');
  rows.add(ActionPlan, {
    id: planId,
    exerciseId,
    title: `Plan de Acción Local sintético de ${state.name}`,
    startYear: published.getUTCFullYear(),
    endYear: end.getUTCFullYear(),
    agreedOn: isoDay(addDays(installed, 60)),
    agreedAtSessionId: null,
    signedOn: null,
    publishedOn: reduce(published),
    publishedIn: null,
    workStartOn: isoDay(published),
    methodology: null,
    ...sourced(false),
  });
  const themeIds = Array.from({ length: shape.themes }, (_, t) => id('theme', t));
  themeIds.forEach((themeId, t) =>
    rows.add(Theme, { id: themeId, exerciseId, name: `Tema sintético ${t + 1}`, ...sourced() }),
  );
  const commitmentCount = scaled(shape.commitments.length, 2);
  const commitmentIds: string[] = [];
  let meetingCount = 0;
  for (let c = 0; c < commitmentCount; c += 1) {
    const template = rnd.pick(shape.commitments.filter((t) => !t.proactive));
    const proactive = c === commitmentCount - 1 && rnd.chance(0.5);
    const commitmentId = id('commitment', c);
    commitmentIds.push(commitmentId);
    rows.add(Commitment, {
      id: commitmentId,
      planId,
      number: c + 1,
      isProactive: proactive,
      activationCondition: proactive ? 'Si otro compromiso concluye antes de tiempo.' : null,
      title: `Compromiso sintético ${c + 1}`,
      objective: null,
      ...sourced(),
    });
    for (const agency of rnd.some(agencies, Math.max(1, template.responsible)))
      rows.add(CommitmentOrganization, {
        commitmentId,
        organizationId: agency,
        role: CommitmentOrganizationRole.RESPONSIBLE,
      });
    for (const society of rnd.some(societies, Math.max(1, template.followers)))
      rows.add(CommitmentOrganization, {
        commitmentId,
        organizationId: society,
        role: CommitmentOrganizationRole.FOLLOWER,
      });
    rows.add(CommitmentTheme, { commitmentId, themeId: rnd.pick(themeIds) });

    // Quarterly milestones on most commitments; none (progress unknown) on the rest.
    if (rnd.chance(0.75)) {
      const quarters = rnd.int(3, 6);
      for (let m = 0; m < quarters; m += 1) {
        const due = addDays(published, 91 * (m + 1));
        const status = rnd.pick([
          MilestoneStatus.DONE,
          MilestoneStatus.DONE,
          MilestoneStatus.IN_PROGRESS,
          MilestoneStatus.NOT_STARTED,
          MilestoneStatus.CANCELLED,
        ]);
        rows.add(Milestone, {
          id: id('milestone', `${c}:${m}`),
          commitmentId,
          position: m + 1,
          title: `Actividad trimestral ${m + 1}`,
          description: null,
          startDate: isoDay(addDays(due, -91)),
          dueDate: isoDay(due),
          weight: rnd.pick([1, 1, 2]),
          status,
          completedOn: status === MilestoneStatus.DONE ? isoDay(addDays(due, -rnd.int(0, 30))) : null,
          evidenceUrl: null,
          evidenceDescription: status === MilestoneStatus.DONE ? 'Evidencia sintética' : null,
          ...sourced(),
        });
      }
    }
    // Requests, with answers; a request to a group now and then (as the 38 water operators).
    const requestIds: string[] = [];
    template.requests.forEach((request, r) => {
      const requestId = id('request', `${c}:${r}`);
      requestIds.push(requestId);
      const group = request.recipientCount !== null;
      const recipients = group ? scaled(request.recipientCount as number, 1) : null;
      rows.add(InformationRequest, {
        id: requestId,
        commitmentId,
        recipientId: group ? null : rnd.pick(agencies),
        recipientDescription: group ? 'Organismos operadores (sintético)' : null,
        subject: `Solicitud sintética ${r + 1}`,
        requestedOn: isoDay(dayBetween(published, end)),
        response: rnd.pick([
          RequestResponse.FULL,
          RequestResponse.FULL,
          RequestResponse.PARTIAL,
          RequestResponse.NONE,
          RequestResponse.UNKNOWN,
        ]),
        recipientCount: recipients,
        respondedCount: recipients === null ? null : rnd.int(0, recipients),
        responseNote: null,
        ...sourced(),
      });
    });
    // Deliveries, with pages as Coahuila's (a count or "more than", or none given).
    template.deliveries.forEach((pages, d) => {
      const value = pages ? scaled(pages.value, 1) : null;
      rows.add(InformationDelivery, {
        id: id('delivery', `${c}:${d}`),
        commitmentId,
        deliveredById: rnd.pick(agencies),
        deliveredByDescription: null,
        requestId: requestIds.length && rnd.chance(0.5) ? rnd.pick(requestIds) : null,
        description: `Entrega sintética ${d + 1}`,
        deliveredOn: isoDay(dayBetween(published, end)),
        pages: value,
        pagesQualifier: value === null ? null : pages?.moreThan ? CountQualifier.MORE_THAN : CountQualifier.EXACT,
        ...sourced(),
      });
    });
    // Meetings on the commitment, with their agreements.
    for (let m = 0; m < scaled(template.meetings); m += 1) {
      const eventId = id('meeting', `${c}:${m}`);
      const { municipalityId, venueId } = where();
      rows.add(Event, {
        id: eventId,
        exerciseId,
        parentId: null,
        kind: rnd.pick([
          EventKind.WORKING_MEETING,
          EventKind.WORKING_MEETING,
          EventKind.SITE_VISIT,
          EventKind.COMMITMENT_WORKING_TABLE,
        ]),
        title: `Reunión sintética ${m + 1} del compromiso ${c + 1}`,
        description: null,
        startDate: rnd.chance(0.1)
          ? isoDay(dayBetween(published, end)).slice(0, 7)
          : isoDay(dayBetween(published, end)),
        endDate: null,
        municipalityId,
        venueId,
        regionId: null,
        attendeeCount: null,
        attendeeCountQualifier: null,
        attendanceNote: null,
        ...sourced(),
      });
      rows.add(EventCommitment, { eventId, commitmentId });
      addAgreements(rnd.pick(shape.meetingAgreements), { sessionId: null, eventId }, `meeting-${c}-${m}`);
      meetingCount += 1;
    }
  }
  // Other events: series with their parts, single events, attendance where Coahuila counts it.
  shape.otherEvents.forEach((template, e) => {
    if (!rnd.chance(factor / 1.4)) return;
    const eventId = id('event', e);
    const first = dayBetween(declaration, published);
    const { municipalityId, venueId } = where();
    const parts = template.parts ? scaled(template.parts, 1) : 0;
    rows.add(Event, {
      id: eventId,
      exerciseId,
      parentId: null,
      kind: template.kind,
      title: `Evento sintético ${e + 1}`,
      description: null,
      startDate: isoDay(first),
      endDate: parts ? isoDay(addDays(first, 7 * parts)) : null,
      municipalityId,
      venueId,
      regionId: null,
      attendeeCount: template.attendance ? scaled(template.attendance.value, 1) : null,
      attendeeCountQualifier: template.attendance
        ? template.attendance.moreThan
          ? CountQualifier.MORE_THAN
          : CountQualifier.EXACT
        : null,
      attendanceNote: null,
      ...sourced(),
    });
    rows.add(EventOrganization, { eventId, organizationId: guarantor, role: EventOrganizationRole.ORGANIZER });
    for (let part = 0; part < parts; part += 1) {
      const place = where();
      rows.add(Event, {
        id: id('event-part', `${e}:${part}`),
        exerciseId,
        parentId: eventId,
        kind: template.kind,
        title: `Evento sintético ${e + 1}, parte ${part + 1}`,
        description: null,
        startDate: isoDay(addDays(first, 7 * part)),
        endDate: null,
        municipalityId: place.municipalityId,
        venueId: place.venueId,
        regionId: null,
        attendeeCount: null,
        attendeeCountQualifier: null,
        attendanceNote: null,
        ...sourced(),
      });
    }
  });
  // The evaluation: Coahuila's rubric; scores known for some exercises only.
  if (shape.criteria.length) {
    const evaluationId = id('evaluation');
    rows.add(Evaluation, {
      id: evaluationId,
      planId,
      evaluatorId: evaluator,
      title: 'Evaluación sintética del plan',
      presentedOn: isoDay(addDays(published, 400)),
      presentedAtEventId: null,
      scoresNote: null,
      ...sourced(false),
    });
    const scored = rnd.chance(0.6);
    shape.criteria.forEach((criterion, k) => {
      const criterionId = id('criterion', criterion.code);
      rows.add(EvaluationCriterion, {
        id: criterionId,
        evaluationId,
        code: criterion.code,
        dimension: criterion.dimension,
        position: k + 1,
        label: criterion.label,
        question: null,
        ...sourced(),
      });
      if (!scored) return;
      for (const commitmentId of commitmentIds) {
        rows.add(EvaluationScore, {
          id: id('score', `${commitmentId}:${criterion.code}`),
          criterionId,
          commitmentId,
          score: rnd.chance(0.8) ? rnd.int(0, 3) : null,
          ...sourced(),
        });
      }
    });
    const positions = new Map<RecommendationKind, number>();
    for (let r = 0; r < scaled(shape.recommendations, 1); r += 1) {
      const kind = rnd.pick(Object.values(RecommendationKind));
      positions.set(kind, (positions.get(kind) ?? 0) + 1);
      rows.add(Recommendation, {
        id: id('recommendation', r),
        exerciseId,
        evaluationId: kind === RecommendationKind.EVALUATOR_RECOMMENDATION ? evaluationId : null,
        kind,
        position: positions.get(kind),
        text: `Recomendación sintética ${r + 1}`,
        issuedById: kind === RecommendationKind.EVALUATOR_RECOMMENDATION ? evaluator : guarantor,
        issuedByPersonId: null,
        issuedOn: null,
        ...sourced(),
      });
    }
  }
  return { slug, meetings: meetingCount };
}

/** The states, in ISO code order, with their municipalities where loaded. */
async function statesWithMunicipalities(manager: EntityManager): Promise<StateRow[]> {
  const states: { id: string; code: string; name: string }[] = await manager.query(
    'SELECT id, code, name FROM state ORDER BY code',
  );
  const municipalities: { id: string; name: string; state_id: string }[] = await manager.query(
    'SELECT id, name, state_id FROM municipality ORDER BY inegi_key',
  );
  if (!states.length) throw new Error('no states: load the reference data first (npm run seed)');
  return states.map((state) => ({
    ...state,
    municipalities: municipalities.filter((m) => m.state_id === state.id).map(({ id, name }) => ({ id, name })),
  }));
}

export interface SyntheticResult {
  exercises: number;
  rows: number;
  slugs: string[];
}

/** Generates (or regenerates, unchanged) `count` synthetic exercises in one transaction. */
export async function generateSynthetic(dataSource: DataSource, options: SyntheticOptions): Promise<SyntheticResult> {
  const { count, seed = 1, drafts = 0.04, deleted = 0.02 } = options;
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`the number of synthetic exercises must be a positive integer; got ${count}`);
  if (!Number.isInteger(seed) || seed < 1) throw new Error(`the seed must be a positive integer; got ${seed}`);
  const shape = coahuilaShape();
  return dataSource.transaction(async (manager) => {
    const states = await statesWithMunicipalities(manager);
    const documentId = seedId(`synthetic:${seed}:document`);
    await upsert(manager, SourceDocumentRow, [
      {
        id: documentId,
        key: `${SYNTHETIC_DOCUMENT_PREFIX}s${seed}`,
        title: `Datos sintéticos de Tablero Abierto (semilla ${seed}): generados, no reales`,
        url: null,
        publishedById: null,
        publishedOn: null,
      },
    ]);
    const rows = new Rows();
    const slugs: string[] = [];
    for (let n = 0; n < count; n += 1)
      slugs.push(buildExercise(rows, n, seed, states[n % states.length], shape, documentId, { drafts, deleted }).slug);
    let written = 1;
    for (const entity of WRITE_ORDER) {
      const list = rows.tables.get(entity) ?? [];
      await upsert(manager, entity, list);
      written += list.length;
    }
    return { exercises: count, rows: written, slugs };
  });
}

/**
 * Removes every synthetic exercise and everything generated with them (organisations, people,
 * venues and source documents of the synthetic sources), in one transaction; real data is not
 * touched. Foreign keys are checked at commit, so the order of the deletes does not matter.
 */
export async function removeSynthetic(dataSource: DataSource): Promise<SyntheticResult> {
  return dataSource.transaction(async (manager) => {
    const exercises: { id: string; slug: string }[] = await manager.query(
      'SELECT id, slug FROM exercise WHERE is_synthetic ORDER BY slug',
    );
    await manager.query('SET CONSTRAINTS ALL DEFERRED');
    const ids = exercises.map((e) => e.id);
    const plans = `(SELECT id FROM action_plan WHERE exercise_id = ANY($1))`;
    const commitments = `(SELECT id FROM commitment WHERE plan_id IN ${plans})`;
    const secretariats = `(SELECT id FROM secretariat WHERE exercise_id = ANY($1))`;
    const sessions = `(SELECT id FROM session WHERE secretariat_id IN ${secretariats})`;
    const events = `(SELECT id FROM event WHERE exercise_id = ANY($1))`;
    const evaluations = `(SELECT id FROM evaluation WHERE plan_id IN ${plans})`;
    const milestones = `(SELECT id FROM milestone WHERE commitment_id IN ${commitments})`;
    const documents = `(SELECT id FROM source_document WHERE key LIKE '${SYNTHETIC_DOCUMENT_PREFIX}%')`;
    const statements = [
      `DELETE FROM session_attendance WHERE session_id IN ${sessions}`,
      `DELETE FROM agreement WHERE session_id IN ${sessions} OR event_id IN ${events}`,
      `DELETE FROM evaluation_score WHERE commitment_id IN ${commitments}`,
      `DELETE FROM recommendation WHERE exercise_id = ANY($1)`,
      `DELETE FROM evaluation_criterion WHERE evaluation_id IN ${evaluations}`,
      `DELETE FROM evaluation WHERE plan_id IN ${plans}`,
      `DELETE FROM milestone_review WHERE milestone_id IN ${milestones}`,
      `DELETE FROM milestone WHERE commitment_id IN ${commitments}`,
      `DELETE FROM information_delivery WHERE commitment_id IN ${commitments}`,
      `DELETE FROM information_request WHERE commitment_id IN ${commitments}`,
      `DELETE FROM event WHERE exercise_id = ANY($1)`,
      `DELETE FROM commitment WHERE plan_id IN ${plans}`,
      `DELETE FROM action_plan WHERE exercise_id = ANY($1)`,
      `DELETE FROM membership WHERE post_id IN (SELECT id FROM post WHERE secretariat_id IN ${secretariats})`,
      `DELETE FROM post WHERE secretariat_id IN ${secretariats}`,
      `DELETE FROM session WHERE secretariat_id IN ${secretariats}`,
      `DELETE FROM secretariat WHERE exercise_id = ANY($1)`,
      `DELETE FROM theme WHERE exercise_id = ANY($1)`,
      `DELETE FROM exercise WHERE id = ANY($1)`,
      `DELETE FROM venue WHERE source_document_id IN ${documents}`,
      `DELETE FROM person WHERE source_document_id IN ${documents}`,
      `DELETE FROM organization WHERE source_document_id IN ${documents}`,
      `DELETE FROM source_document WHERE id IN ${documents}`,
    ];
    let rows = 0;
    for (const sql of statements) {
      // Link rows (agreement responsibles, event and commitment links) go with their records (ON DELETE CASCADE).
      const [, affected] = (await manager.query(sql, sql.includes('$1') ? [ids] : [])) as [unknown, number];
      rows += affected;
    }
    return { exercises: exercises.length, rows, slugs: exercises.map((e) => e.slug) };
  });
}

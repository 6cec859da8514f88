import { In, type DataSource, type EntityManager } from 'typeorm';
import { AgreementResponsible } from '../modules/agreement/agreement-responsible.entity';
import { Agreement } from '../modules/agreement/agreement.entity';
import { CommitmentOrganization, CommitmentTheme } from '../modules/commitment/commitment-links.entity';
import { Commitment } from '../modules/commitment/commitment.entity';
import { CommitmentOrganizationRole } from '../modules/commitment/commitment.enums';
import { Evaluation, EvaluationCriterion, EvaluationScore } from '../modules/evaluation/evaluation.entity';
import { RecommendationKind } from '../modules/evaluation/evaluation.enums';
import { Recommendation } from '../modules/evaluation/recommendation.entity';
import { EventCommitment, EventOrganization, EventTheme } from '../modules/event/event-links.entity';
import { Event } from '../modules/event/event.entity';
import { Exercise } from '../modules/exercise/exercise.entity';
import { InformationDelivery } from '../modules/information/information-delivery.entity';
import { InformationRequest } from '../modules/information/information-request.entity';
import { Milestone } from '../modules/milestone/milestone.entity';
import { Document } from '../modules/document/document.entity';
import { DocumentKind } from '../modules/document/document.enums';
import { storeBytes } from '../modules/document/document.storage';
import { Organization } from '../modules/organization/organization.entity';
import { OrganizationKind } from '../modules/organization/organization.enums';
import { Publication } from '../common/publication';
import { Person } from '../modules/organization/person.entity';
import { Municipality } from '../modules/place/municipality.entity';
import { Region } from '../modules/place/region.entity';
import { State } from '../modules/place/state.entity';
import { Venue } from '../modules/place/venue.entity';
import { ActionPlan } from '../modules/plan/action-plan.entity';
import { Membership } from '../modules/secretariat/membership.entity';
import { Post } from '../modules/secretariat/post.entity';
import { Secretariat } from '../modules/secretariat/secretariat.entity';
import { SessionAttendance } from '../modules/session/session-attendance.entity';
import { Session } from '../modules/session/session.entity';
import { SourceDocument } from '../modules/source/source-document.entity';
import { Theme } from '../modules/theme/theme.entity';
import type { ExerciseFile } from './exercise-file';
import type { SeedFiles } from './load-files';
import { seedId, upsert } from './upsert';

/**
 * Writes the reference catalogues and every exercise file to the database in one transaction:
 * either all of it lands or none. Ids are derived from the files' keys, so a second run finds the
 * same rows and changes nothing.
 *
 * Organisation keys are global (CONAGUA is one body whichever state's file names it); every
 * other key is scoped to its exercise.
 */
export async function seed(dataSource: DataSource, files: SeedFiles): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedReference(manager, files);
    for (const file of files.exercises)
      await seedExercise(manager, file, files.sourceTexts.get(file.document.key) ?? null);
  });
}

/** Bodies of the whole country: no state's institute edits them. */
const NATIONAL_KINDS = new Set([
  OrganizationKind.FEDERAL_AGENCY,
  OrganizationKind.NATIONAL_GUARANTOR_BODY,
  OrganizationKind.INTERNATIONAL_ORGANIZATION,
]);

const stateId = (code: string) => seedId(`state:${code}`);
const municipalityId = (stateCode: string, key: string) => seedId(`municipality:${stateCode}:${key}`);
const organizationId = (key: string) => seedId(`organization:${key}`);

async function seedReference(manager: EntityManager, files: SeedFiles) {
  await upsert(
    manager,
    State,
    files.states.states.map((s) => ({
      id: stateId(s.code),
      code: s.code,
      inegiKey: s.inegiKey,
      name: s.name,
      ocdId: s.ocdId ?? null,
    })),
  );
  for (const file of files.municipalities) {
    const state = files.states.states.find((s) => s.code === file.state);
    if (!state) throw new Error(`municipalities/${file.state}.yaml names a state not in states.yaml`);
    await upsert(
      manager,
      Municipality,
      file.municipalities.map((m) => ({
        id: municipalityId(file.state, m.inegiKey),
        stateId: stateId(file.state),
        inegiKey: m.inegiKey,
        cvegeo: `${state.inegiKey}${m.inegiKey}`,
        name: m.name,
        timeZone: m.timeZone,
      })),
    );
  }
}

async function seedExercise(manager: EntityManager, file: ExerciseFile, documentText: string | null) {
  const x = file.exercise.slug;
  const state = file.exercise.state;
  const id = (kind: string, key: string | number) => seedId(`${kind}:${x}:${key}`);
  const ref = (kind: string, key: string | null | undefined) => (key == null ? null : id(kind, key));
  const org = (key: string | null | undefined) => (key == null ? null : organizationId(key));
  const municipalityOf = (key: string) => municipalityId(state, key);
  const municipality = (key: string | null | undefined) => (key == null ? null : municipalityOf(key));
  const documentId = seedId(`document:${file.document.key}`);
  // Transcribed from a published report: public from the start.
  const sourced = (source: string) => ({
    sourceDocumentId: documentId,
    sourceNote: source,
    publication: Publication.PUBLISHED,
  });
  const sessionId = (type: string, number: number) => id('session', `${type}-${number}`);

  const document = {
    id: documentId,
    key: file.document.key,
    title: file.document.title,
    url: file.document.url ?? null,
    text: documentText,
    publishedOn: file.document.publishedOn ?? null,
  };
  // The document and its publisher point at each other: store it first, then name the publisher.
  await upsert(manager, SourceDocument, [{ ...document, publishedById: null }]);
  await upsert(
    manager,
    Organization,
    file.organizations.map((o) => ({
      id: organizationId(o.key),
      slug: o.key,
      name: o.name,
      abbreviation: o.abbreviation ?? null,
      kind: o.kind,
      parentId: org(o.parent),
      stateId: NATIONAL_KINDS.has(o.kind) ? null : stateId(state),
      municipalityId: municipality(o.municipality),
      foundingDate: o.foundingDate ?? null,
      dissolutionDate: o.dissolutionDate ?? null,
      ...sourced(o.source),
    })),
  );
  await upsert(manager, SourceDocument, [{ ...document, publishedById: org(file.document.publishedBy) }]);

  const regionId = (key: string) => seedId(`region:${state}:${key}`);
  await upsert(
    manager,
    Region,
    file.regions.map((r) => ({
      id: regionId(r.key),
      stateId: stateId(state),
      name: r.name,
      seatMunicipalityId: municipality(r.seat),
      ...sourced(r.source),
    })),
  );
  for (const region of file.regions) {
    if (region.seat)
      await manager.update(Municipality, { id: municipalityOf(region.seat) }, { regionId: regionId(region.key) });
  }
  await upsert(
    manager,
    Venue,
    file.venues.map((v) => ({
      id: id('venue', v.key),
      name: v.name,
      municipalityId: municipalityOf(v.municipality),
      ...sourced(v.source),
    })),
  );
  await upsert(
    manager,
    Person,
    file.people.map((p) => ({
      id: id('person', p.key),
      stateId: stateId(state),
      name: p.name,
      honorificPrefix: p.honorificPrefix ?? null,
      ...sourced(p.source),
    })),
  );

  const exerciseId = seedId(`exercise:${x}`);
  const e = file.exercise;
  await upsert(manager, Exercise, [
    {
      id: exerciseId,
      slug: x,
      title: e.title,
      description: e.description ?? null,
      stateId: stateId(state),
      startDate: e.startDate ?? null,
      endDate: e.endDate ?? null,
      jointDeclarationOn: e.jointDeclarationOn ?? null,
      guarantorId: org(e.guarantor),
      localAuthorityId: org(e.localAuthority),
      evaluatorId: org(e.evaluator),
      reportedStatus: e.reportedStatus ?? null,
      unreportedRecords: e.unreportedRecords,
      isSynthetic: e.synthetic,
      isDemo: e.demo,
      ...sourced(e.source),
    },
  ]);
  // The report the file transcribes, as the exercise's document: its text in the document store,
  // and, published, the address every record sourced from it links to (source-address.ts).
  if (documentText != null) {
    const stored = await storeBytes(manager, Buffer.from(documentText, 'utf8'));
    const reportId = id('document', 'source-report');
    await upsert(manager, Document, [
      {
        id: reportId,
        title: file.document.title,
        kind: DocumentKind.REPORT,
        date: file.document.publishedOn ?? null,
        exerciseId,
        contentSha256: stored.sha256,
        fileName: `${file.document.key}.txt`,
        ...sourced('Texto del informe tal como lo transcribe la plataforma (texto plano), no el archivo original.'),
      },
    ]);
    await manager.update(SourceDocument, { id: documentId }, { reportDocumentId: reportId });
  }
  await upsert(
    manager,
    Theme,
    file.themes.map((t) => ({ id: id('theme', t.key), exerciseId, name: t.name, ...sourced(t.source) })),
  );

  const secretariatId = id('secretariat', 'stga');
  if (file.secretariat)
    await seedSecretariat(manager, file, file.secretariat, {
      id,
      org,
      municipality,
      ref,
      sourced,
      regionId,
      exerciseId,
      secretariatId,
      sessionId,
    });
  const planId = id('plan', 'pal');
  if (file.actionPlan) await seedPlan(manager, file.actionPlan, { id, org, sourced, planId, exerciseId, sessionId });
  const commitmentId = (key: string) => id('commitment', key);

  await upsert(
    manager,
    Event,
    file.events.map((event) => ({
      id: id('event', event.key),
      exerciseId,
      parentId: ref('event', event.parent),
      kind: event.kind,
      title: event.title,
      description: event.description ?? null,
      startDate: event.startDate ?? null,
      startDateInferred: event.inferred.includes('startDate'),
      endDate: event.endDate ?? null,
      municipalityId: municipality(event.municipality),
      municipalityInferred: event.inferred.includes('municipality'),
      venueId: ref('venue', event.venue),
      regionId: event.region ? regionId(event.region) : null,
      attendeeCount: event.attendance?.value ?? null,
      attendeeCountQualifier: event.attendance?.qualifier ?? null,
      attendanceNote: event.attendanceNote ?? null,
      ...sourced(event.source),
    })),
  );
  await upsert(
    manager,
    EventOrganization,
    file.events.flatMap((event) =>
      event.organizations.map((o) => ({
        eventId: id('event', event.key),
        organizationId: organizationId(o.organization),
        role: o.role,
      })),
    ),
  );
  await upsert(
    manager,
    EventTheme,
    file.events.flatMap((event) =>
      event.themes.map((t) => ({ eventId: id('event', event.key), themeId: id('theme', t) })),
    ),
  );
  await upsert(
    manager,
    EventCommitment,
    file.events.flatMap((event) =>
      event.commitments.map((c) => ({ eventId: id('event', event.key), commitmentId: commitmentId(c) })),
    ),
  );

  const agreements = [
    ...file.sessions.flatMap((session) =>
      session.agreements.map((a, i) => ({
        agreement: a,
        row: {
          id: id('agreement', `session:${session.type}-${session.number}:${i + 1}`),
          sessionId: sessionId(session.type, session.number),
          eventId: null,
          position: i + 1,
        },
      })),
    ),
    ...file.events.flatMap((event) =>
      event.agreements.map((a, i) => ({
        agreement: a,
        row: {
          id: id('agreement', `event:${event.key}:${i + 1}`),
          sessionId: null,
          eventId: id('event', event.key),
          position: i + 1,
        },
      })),
    ),
  ];
  await upsert(
    manager,
    Agreement,
    agreements.map(({ agreement, row }) => ({
      ...row,
      text: agreement.text,
      status: agreement.status,
      statusNote: agreement.statusNote ?? null,
      ...sourced(agreement.source),
    })),
  );
  await upsert(
    manager,
    AgreementResponsible,
    agreements.flatMap(({ agreement, row }) =>
      agreement.responsible.map((o) => ({ agreementId: row.id, organizationId: organizationId(o) })),
    ),
  );

  const evaluation = file.evaluation;
  const evaluationId = evaluation ? id('evaluation', 'pal') : null;
  if (evaluation && evaluationId) {
    await upsert(manager, Evaluation, [
      {
        id: evaluationId,
        planId,
        evaluatorId: organizationId(evaluation.evaluator),
        title: evaluation.title,
        presentedOn: evaluation.presentedOn ?? null,
        presentedAtEventId: ref('event', evaluation.presentedAt),
        scoresNote: evaluation.scoresNote ?? null,
        ...sourced(evaluation.source),
      },
    ]);
    const criterionId = (code: string) => id('criterion', code);
    await upsert(
      manager,
      EvaluationCriterion,
      evaluation.criteria.map((c, i) => ({
        id: criterionId(c.code),
        evaluationId,
        code: c.code,
        dimension: c.dimension,
        position: i + 1,
        label: c.label,
        question: c.question ?? null,
        ...sourced(c.source),
      })),
    );
    await upsert(
      manager,
      EvaluationScore,
      evaluation.scores.map((score) => ({
        id: id('score', `${score.commitment}:${score.criterion}`),
        criterionId: criterionId(score.criterion),
        commitmentId: commitmentId(score.commitment),
        score: score.score,
        ...sourced(score.source),
      })),
    );
  }
  const positions = new Map<string, number>();
  await upsert(
    manager,
    Recommendation,
    file.recommendations.map((r) => {
      const position = (positions.get(r.kind) ?? 0) + 1;
      positions.set(r.kind, position);
      return {
        id: id('recommendation', `${r.kind}:${position}`),
        exerciseId,
        evaluationId: r.kind === RecommendationKind.EVALUATOR_RECOMMENDATION ? evaluationId : null,
        kind: r.kind,
        position,
        text: r.text,
        issuedById: org(r.issuedBy),
        issuedByPersonId: ref('person', r.issuedByPerson),
        issuedOn: r.issuedOn ?? null,
        ...sourced(r.source),
      };
    }),
  );
}

type Ids = {
  id: (kind: string, key: string | number) => string;
  org: (key: string | null | undefined) => string | null;
  sourced: (source: string) => { sourceDocumentId: string; sourceNote: string; publication: Publication };
  exerciseId: string;
  sessionId: (type: string, number: number) => string;
};

async function seedSecretariat(
  manager: EntityManager,
  file: ExerciseFile,
  s: NonNullable<ExerciseFile['secretariat']>,
  {
    id,
    org,
    municipality,
    ref,
    sourced,
    regionId,
    exerciseId,
    secretariatId,
    sessionId,
  }: Ids & {
    municipality: (key: string | null | undefined) => string | null;
    ref: (kind: string, key: string | null | undefined) => string | null;
    regionId: (key: string) => string;
    secretariatId: string;
  },
) {
  await upsert(manager, Secretariat, [
    {
      id: secretariatId,
      exerciseId,
      name: s.name,
      abbreviation: s.abbreviation ?? null,
      installedOn: s.installedOn ?? null,
      nationalOrder: s.nationalOrder ?? null,
      decisionRule: s.decisionRule ?? null,
      declaredSeats: s.declaredSeats ?? null,
      ...sourced(s.source),
    },
  ]);
  await upsert(
    manager,
    Post,
    s.posts.map((p) => ({
      id: id('post', p.key),
      secretariatId,
      label: p.label,
      role: p.role,
      sector: p.sector ?? null,
      regionId: p.region ? regionId(p.region) : null,
      voting: p.voting ?? null,
      ...sourced(p.source),
    })),
  );
  await upsert(
    manager,
    Membership,
    s.posts.flatMap((p) =>
      p.memberships.map((m, i) => ({
        id: id('membership', `${p.key}:${i}`),
        postId: id('post', p.key),
        personId: m.person == null ? null : id('person', m.person),
        onBehalfOfId: org(m.onBehalfOf),
        title: m.title ?? null,
        startDate: m.startDate ?? null,
        endDate: m.endDate ?? null,
        recordedUntil: m.endDate ? null : (s.recordedUntil ?? null),
        ...sourced(m.source),
      })),
    ),
  );
  await upsert(
    manager,
    Session,
    file.sessions.map((session) => ({
      id: sessionId(session.type, session.number),
      secretariatId,
      type: session.type,
      number: session.number,
      date: session.date,
      municipalityId: municipality(session.municipality),
      municipalityInferred: session.inferred.includes('municipality'),
      venueId: ref('venue', session.venue),
      summary: session.summary ?? null,
      convenedBy: session.convenedBy ?? null,
      ...sourced(session.source),
    })),
  );
  await upsert(
    manager,
    SessionAttendance,
    file.sessions.flatMap((session) =>
      session.attendance.map((a, i) => ({
        id: id('attendance', `${session.type}-${session.number}:${i + 1}`),
        sessionId: sessionId(session.type, session.number),
        postId: ref('post', a.post),
        organizationId: org(a.organization),
        personId: ref('person', a.person),
        description: a.description ?? null,
        ...sourced(a.source),
      })),
    ),
  );
}

async function seedPlan(
  manager: EntityManager,
  plan: NonNullable<ExerciseFile['actionPlan']>,
  { id, org, sourced, planId, exerciseId, sessionId }: Ids & { planId: string },
) {
  const ref = (kind: string, key: string | null | undefined) => (key == null ? null : id(kind, key));
  const commitmentId = (key: string) => id('commitment', key);
  await upsert(manager, ActionPlan, [
    {
      id: planId,
      exerciseId,
      title: plan.title,
      startYear: plan.startYear ?? null,
      endYear: plan.endYear ?? null,
      agreedOn: plan.agreedOn ?? null,
      agreedAtSessionId: plan.agreedAtSession
        ? sessionId(plan.agreedAtSession.type, plan.agreedAtSession.number)
        : null,
      signedOn: plan.signedOn ?? null,
      publishedOn: plan.publishedOn ?? null,
      publishedIn: plan.publishedIn ?? null,
      workStartOn: plan.workStartOn ?? null,
      methodology: plan.methodology ?? null,
      ...sourced(plan.source),
    },
  ]);
  await upsert(
    manager,
    Commitment,
    plan.commitments.map((c) => ({
      id: commitmentId(c.key),
      planId,
      number: c.number ?? null,
      isProactive: c.proactive,
      activationCondition: c.activationCondition ?? null,
      title: c.title,
      objective: c.objective ?? null,
      responsibleAgenciesInferred: c.inferred.includes('responsible'),
      ...sourced(c.source),
    })),
  );
  // A body the file names as a participant is not also responsible (an earlier seed may have said so).
  for (const c of plan.commitments) {
    if (c.participants.length)
      await manager.delete(CommitmentOrganization, {
        commitmentId: commitmentId(c.key),
        organizationId: In(c.participants.map(organizationId)),
        role: CommitmentOrganizationRole.RESPONSIBLE,
      });
  }
  const links = (c: (typeof plan.commitments)[number], keys: string[], role: CommitmentOrganizationRole) =>
    keys.map((o) => ({ commitmentId: commitmentId(c.key), organizationId: organizationId(o), role }));
  await upsert(
    manager,
    CommitmentOrganization,
    plan.commitments.flatMap((c) => [
      ...links(c, c.responsible, CommitmentOrganizationRole.RESPONSIBLE),
      ...links(c, c.participants, CommitmentOrganizationRole.PARTICIPANT),
      ...links(c, c.followers, CommitmentOrganizationRole.FOLLOWER),
    ]),
  );
  await upsert(
    manager,
    CommitmentTheme,
    plan.commitments.flatMap((c) =>
      c.themes.map((t) => ({ commitmentId: commitmentId(c.key), themeId: id('theme', t) })),
    ),
  );
  await upsert(
    manager,
    Milestone,
    plan.commitments.flatMap((c) =>
      c.milestones.map((m, i) => ({
        id: id('milestone', `${c.key}:${i + 1}`),
        commitmentId: commitmentId(c.key),
        position: i + 1,
        title: m.title,
        description: m.description ?? null,
        startDate: m.startDate ?? null,
        dueDate: m.dueDate ?? null,
        weight: m.weight,
        status: m.status,
        completedOn: m.completedOn ?? null,
        evidenceUrl: m.evidenceUrl ?? null,
        evidenceDescription: m.evidenceDescription ?? null,
        ...sourced(m.source),
      })),
    ),
  );

  await upsert(
    manager,
    InformationRequest,
    plan.commitments.flatMap((c) =>
      c.requests.map((r) => ({
        id: id('request', r.key),
        commitmentId: commitmentId(c.key),
        recipientId: org(r.recipient),
        recipientDescription: r.recipientDescription ?? null,
        subject: r.subject,
        requestedOn: r.requestedOn ?? null,
        response: r.response,
        recipientCount: r.recipientCount ?? null,
        respondedCount: r.respondedCount ?? null,
        responseNote: r.responseNote ?? null,
        ...sourced(r.source),
      })),
    ),
  );
  await upsert(
    manager,
    InformationDelivery,
    plan.commitments.flatMap((c) =>
      c.deliveries.map((d) => ({
        id: id('delivery', d.key),
        commitmentId: commitmentId(c.key),
        deliveredById: org(d.deliveredBy),
        deliveredByDescription: d.deliveredByDescription ?? null,
        requestId: ref('request', d.request),
        description: d.description,
        deliveredOn: d.deliveredOn ?? null,
        pages: d.pages?.value ?? null,
        pagesQualifier: d.pages?.qualifier ?? null,
        ...sourced(d.source),
      })),
    ),
  );
}

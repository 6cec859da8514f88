import { z } from 'zod';
import { PLAN_YEARS } from '../common/field-limits';
import { partialDateProblem } from '../common/partial-date';
import { AgreementStatus } from '../modules/agreement/agreement.enums';
import { RecordKind } from '../modules/exercise/coverage';
import { CriterionDimension, RecommendationKind } from '../modules/evaluation/evaluation.enums';
import { CountQualifier, EventKind, EventOrganizationRole } from '../modules/event/event.enums';
import { RequestResponse } from '../modules/information/information.enums';
import { MilestoneStatus } from '../modules/milestone/milestone.enums';
import { OrganizationKind } from '../modules/organization/organization.enums';
import { SeatRole, Sector } from '../modules/secretariat/secretariat.enums';
import { SessionType } from '../modules/session/session.enums';

/**
 * The shape of one exercise's data file (`api/src/seed/data/<slug>.yaml`). A second state's
 * exercise is added by writing such a file, not code. Records refer to each other by `key`
 * (unique within the file) and to places by INEGI municipality key (`"030"`).
 *
 * `source` on every record is the section or sentence of the file's source document it comes
 * from. Anything the document does not say is left out (null), never guessed.
 */

const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `date ${problem}` });
});
const planYear = z.number().int().min(PLAN_YEARS.min).max(PLAN_YEARS.max);
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are lowercase words joined by hyphens');
const municipalityKey = z.string().regex(/^\d{3}$/, 'an INEGI municipality key has three digits');
const source = z.string().min(1, 'every record says where in the source it comes from');
const text = z.string().trim().min(1);

const agreement = z.strictObject({
  text,
  status: z.enum(AgreementStatus).default(AgreementStatus.UNKNOWN),
  statusNote: text.nullish(),
  responsible: z.array(key).default([]),
  source,
});

const count = z.strictObject({
  value: z.number().int().nonnegative(),
  qualifier: z.enum(CountQualifier).default(CountQualifier.EXACT),
});

/** Values of a record the source implies but does not state: marked as inferences in the data. */
const inferred = <K extends string>(...fields: [K, ...K[]]) => z.array(z.enum(fields)).default([]);

const event = z.strictObject({
  key,
  kind: z.enum(EventKind),
  title: text,
  description: text.nullish(),
  startDate: partialDate.nullish(),
  endDate: partialDate.nullish(),
  municipality: municipalityKey.nullish(),
  venue: key.nullish(),
  region: key.nullish(),
  parent: key.nullish(),
  inferred: inferred('startDate', 'municipality'),
  attendance: count.nullish(),
  attendanceNote: text.nullish(),
  organizations: z.array(z.strictObject({ organization: key, role: z.enum(EventOrganizationRole) })).default([]),
  themes: z.array(key).default([]),
  commitments: z.array(key).default([]),
  agreements: z.array(agreement).default([]),
  source,
});

const milestone = z.strictObject({
  title: text,
  description: text.nullish(),
  startDate: partialDate.nullish(),
  dueDate: partialDate.nullish(),
  weight: z.number().positive().default(1),
  status: z.enum(MilestoneStatus).default(MilestoneStatus.NOT_STARTED),
  completedOn: partialDate.nullish(),
  evidenceUrl: z.url().nullish(),
  evidenceDescription: text.nullish(),
  source,
});

const informationRequest = z.strictObject({
  key,
  recipient: key.nullish(),
  recipientDescription: text.nullish(),
  subject: text,
  requestedOn: partialDate.nullish(),
  response: z.enum(RequestResponse).default(RequestResponse.UNKNOWN),
  recipientCount: z.number().int().positive().nullish(),
  respondedCount: z.number().int().nonnegative().nullish(),
  responseNote: text.nullish(),
  source,
});

const informationDelivery = z.strictObject({
  key,
  deliveredBy: key.nullish(),
  deliveredByDescription: text.nullish(),
  request: key.nullish(),
  description: text,
  deliveredOn: partialDate.nullish(),
  pages: count.nullish(),
  source,
});

const commitment = z.strictObject({
  key,
  number: z.number().int().positive().nullish(),
  proactive: z.boolean().default(false),
  activationCondition: text.nullish(),
  title: text,
  objective: text.nullish(),
  responsible: z.array(key).default([]),
  /** Bodies that took part (attended, were asked) without the source naming them responsible. */
  participants: z.array(key).default([]),
  inferred: inferred('responsible'),
  followers: z.array(key).default([]),
  themes: z.array(key).default([]),
  milestones: z.array(milestone).default([]),
  requests: z.array(informationRequest).default([]),
  deliveries: z.array(informationDelivery).default([]),
  source,
});

export const exerciseFileSchema = z.strictObject({
  document: z.strictObject({
    key,
    title: text,
    url: z.url().nullish(),
    /** The document's text, a file under api/src/seed/sources (served at /data/sources/<key>.txt). */
    text: z
      .string()
      .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\.txt$/, 'a .txt file under api/src/seed/sources')
      .nullish(),
    publishedBy: key.nullish(),
    publishedOn: partialDate.nullish(),
  }),
  exercise: z.strictObject({
    slug: key,
    title: text,
    state: z.string().regex(/^MX-[A-Z]{3}$/, 'an ISO 3166-2:MX code such as MX-COA'),
    synthetic: z.boolean().default(false),
    demo: z.boolean().default(false),
    startDate: partialDate.nullish(),
    endDate: partialDate.nullish(),
    jointDeclarationOn: partialDate.nullish(),
    guarantor: key.nullish(),
    localAuthority: key.nullish(),
    evaluator: key.nullish(),
    description: text.nullish(),
    reportedStatus: text.nullish(),
    /** Kinds of record the source document never reports: their counts are no data, not 0. */
    unreportedRecords: z.array(z.enum(RecordKind)).default([]),
    source,
  }),
  regions: z.array(z.strictObject({ key, name: text, seat: municipalityKey.nullish(), source })).default([]),
  venues: z.array(z.strictObject({ key, name: text, municipality: municipalityKey, source })).default([]),
  themes: z.array(z.strictObject({ key, name: text, source })).default([]),
  organizations: z.array(
    z.strictObject({
      key,
      name: text,
      abbreviation: text.nullish(),
      kind: z.enum(OrganizationKind),
      parent: key.nullish(),
      municipality: municipalityKey.nullish(),
      foundingDate: partialDate.nullish(),
      dissolutionDate: partialDate.nullish(),
      source,
    }),
  ),
  people: z.array(z.strictObject({ key, name: text, honorificPrefix: text.nullish(), source })).default([]),
  // Absent until the source says one was formed (a state may have signed the declaration only).
  secretariat: z
    .strictObject({
      name: text,
      abbreviation: text.nullish(),
      installedOn: partialDate.nullish(),
      nationalOrder: z.number().int().positive().nullish(),
      decisionRule: text.nullish(),
      /** The last day the sources cover: memberships without an end are not reported as held after it. */
      recordedUntil: partialDate.nullish(),
      declaredSeats: z
        .array(z.strictObject({ sector: z.enum(Sector), seats: z.number().int().nonnegative() }))
        .nullish(),
      source,
      posts: z.array(
        z.strictObject({
          key,
          label: text,
          role: z.enum(SeatRole),
          sector: z.enum(Sector).nullish(),
          region: key.nullish(),
          voting: z.boolean().nullish(),
          source,
          // A seat the source lists as open ("*OSC por definir") has no membership.
          memberships: z
            .array(
              z
                .strictObject({
                  person: key.nullish(),
                  onBehalfOf: key.nullish(),
                  title: text.nullish(),
                  startDate: partialDate.nullish(),
                  endDate: partialDate.nullish(),
                  source,
                })
                .refine(
                  (m) => m.person != null || m.onBehalfOf != null,
                  'a membership names a person, the body holding the seat, or both',
                ),
            )
            .default([]),
        }),
      ),
    })
    .nullish(),
  sessions: z
    .array(
      z.strictObject({
        type: z.enum(SessionType),
        number: z.number().int().positive(),
        date: partialDate,
        municipality: municipalityKey.nullish(),
        venue: key.nullish(),
        inferred: inferred('municipality'),
        summary: text.nullish(),
        convenedBy: text.nullish(),
        agreements: z.array(agreement).default([]),
        /** Who attended, at the level the source names them (a seat, an organisation, a person or a group). */
        attendance: z
          .array(
            z
              .strictObject({
                post: key.nullish(),
                organization: key.nullish(),
                person: key.nullish(),
                description: text.nullish(),
                source,
              })
              .refine(
                (a) => a.post || a.organization || a.person || a.description,
                'an attendance names a post, an organization, a person or a description',
              ),
          )
          .default([]),
        source,
      }),
    )
    .default([]),
  // Absent until the source says a plan was published or agreed.
  actionPlan: z
    .strictObject({
      title: text,
      startYear: planYear.nullish(),
      endYear: planYear.nullish(),
      agreedOn: partialDate.nullish(),
      agreedAtSession: z.strictObject({ type: z.enum(SessionType), number: z.number().int().positive() }).nullish(),
      signedOn: partialDate.nullish(),
      publishedOn: partialDate.nullish(),
      publishedIn: text.nullish(),
      workStartOn: partialDate.nullish(),
      methodology: text.nullish(),
      source,
      commitments: z.array(commitment),
    })
    .nullish(),
  events: z.array(event).default([]),
  evaluation: z
    .strictObject({
      evaluator: key,
      title: text,
      presentedOn: partialDate.nullish(),
      presentedAt: key.nullish(),
      scoresNote: text.nullish(),
      source,
      criteria: z.array(
        z.strictObject({
          code: z.string().regex(/^[A-Z_]+$/),
          dimension: z.enum(CriterionDimension),
          label: text,
          question: text.nullish(),
          source,
        }),
      ),
      scores: z
        .array(z.strictObject({ commitment: key, criterion: z.string(), score: z.number().nullable(), source }))
        .default([]),
    })
    .nullish(),
  recommendations: z
    .array(
      z.strictObject({
        kind: z.enum(RecommendationKind),
        text,
        issuedBy: key.nullish(),
        issuedByPerson: key.nullish(),
        issuedOn: partialDate.nullish(),
        source,
      }),
    )
    .default([]),
});

export type ExerciseFile = z.infer<typeof exerciseFileSchema>;

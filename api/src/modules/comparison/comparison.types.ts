import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../common/scalars';
import { RecordKind } from '../exercise/coverage';
import { AgreementStatusCount, QualifiedCount, UNREPORTED } from '../statistics/statistics.types';
import { PagesDelivered } from '../information/information.types';
import { Sector } from '../secretariat/secretariat.enums';

export enum ExerciseStage {
  DECLARATION_SIGNED = 'DECLARATION_SIGNED',
  SECRETARIAT_INSTALLED = 'SECRETARIAT_INSTALLED',
  PLAN_PUBLISHED = 'PLAN_PUBLISHED',
}

registerEnumType(ExerciseStage, {
  name: 'ExerciseStage',
  description:
    "The furthest step an exercise's public records show, whatever words its source uses for it (see reportedStatus).",
  valuesConfig: {
    DECLARATION_SIGNED: {
      description: 'The joint declaration is signed; no Secretariat is recorded as installed yet.',
    },
    SECRETARIAT_INSTALLED: {
      description: 'The Technical Secretariat is installed; no plan is recorded as published yet.',
    },
    PLAN_PUBLISHED: { description: 'A Local Action Plan is published.' },
  },
});

@ObjectType({ description: "One sector's seats in a Secretariat: as the source declares them and as it names them." })
export class SectorComposition {
  @Field(() => Sector, { description: 'The sector.' })
  sector: Sector;

  @Field(() => Int, {
    nullable: true,
    description:
      'Seats the source declares for the sector ("2 representantes…"); null when it declares none (not zero).',
  })
  declaredSeats: number | null;

  @Field(() => Int, { description: 'Representative seats recorded for the sector.' })
  seatsListed: number;

  @Field(() => Int, { description: 'Of those, seats with no holder recorded (e.g. "OSC por definir").' })
  seatsOpen: number;

  @Field(() => Int, { description: 'Distinct bodies named as holding those seats.' })
  bodiesNamed: number;
}

@ObjectType({ description: "The Secretariat's composition by sector." })
export class SecretariatComposition {
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When it was installed; null when the source gives no installation (e.g. a promoter group).',
  })
  installedOn: string | null;

  @Field(() => [SectorComposition], { description: 'Every sector, in the same order for every exercise.' })
  sectors: SectorComposition[];
}

@ObjectType({
  description:
    "An exercise's commitments and how far they got. Progress that cannot be measured (no milestones) is counted apart, never as 0 %.",
})
export class CommitmentFigures {
  @Field(() => Int, {
    description: 'Public plans; 0 means none is published, so the commitment figures are absent rather than zero.',
  })
  plans: number;

  @Field(() => Int, { description: 'Commitments of its public plans.' })
  total: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Regular (numbered) commitments; null when there is no public plan.',
  })
  regular: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Proactive commitments (compromisos proactivos) beside the regular ones; null when there is no public plan.',
  })
  proactive: number | null;

  @Field(() => Int, { description: 'Commitments whose progress can be measured (they have weighted milestones).' })
  withMeasuredProgress: number;

  @Field(() => Int, { description: 'Commitments whose progress is unknown (no milestones, or none that counts).' })
  withUnknownProgress: number;

  @Field(() => Int, { nullable: true, description: `Commitments at 100 %; ${UNREPORTED('MILESTONES')}.` })
  complete: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Commitments measured at 0 % (known to have started nothing, unlike the unknown); ${UNREPORTED('MILESTONES')}.`,
  })
  notStarted: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean progress of the measured commitments, 0 to 100, one decimal; null when none is measured.',
  })
  averageProgressPercent: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Milestones counted in progress (not cancelled); ${UNREPORTED('MILESTONES')}.`,
  })
  milestones: number | null;

  @Field(() => Int, { nullable: true, description: `Milestones done; ${UNREPORTED('MILESTONES')}.` })
  milestonesDone: number | null;
}

@ObjectType({ description: 'Information requests and how they were answered.' })
export class RequestFigures {
  @Field(() => Int, { description: 'Requests made.' })
  total: number;

  @Field(() => Int, { description: 'Answered fully.' })
  answeredFully: number;

  @Field(() => Int, { description: 'Answered partially.' })
  answeredPartially: number;

  @Field(() => Int, { description: 'Not answered at all.' })
  notAnswered: number;

  @Field(() => Int, { description: 'Requests whose answer the source does not qualify.' })
  responseUnknown: number;

  @Field(() => Int, {
    description: 'Recipients of the requests sent to a group, where the source counts them (e.g. 38 water operators).',
  })
  groupRecipients: number;

  @Field(() => Int, { description: 'Of those, how many answered (e.g. 34).' })
  groupResponded: number;
}

@ObjectType({ description: 'Secretariat sessions held.' })
export class SessionFigures {
  @Field(() => Int, { description: 'All sessions.' })
  total: number;

  @Field(() => Int, { description: 'Ordinary sessions.' })
  ordinary: number;

  @Field(() => Int, { description: 'Extraordinary sessions.' })
  extraordinary: number;
}

@ObjectType({ description: 'Agreements taken at sessions and commitment meetings, by follow-up.' })
export class AgreementFigures {
  @Field(() => Int, { description: 'All agreements.' })
  total: number;

  @Field(() => Int, { description: 'Done.' })
  done: number;

  @Field(() => Int, { description: 'Pending or in progress: known not to be done yet.' })
  pending: number;

  @Field(() => Int, { description: 'Whose follow-up the source does not give.' })
  unknown: number;

  @Field(() => [AgreementStatusCount], { description: 'Every status with its count, zero included.' })
  byStatus: AgreementStatusCount[];
}

@ObjectType({
  description:
    'Days between two dates of an exercise, at the precision they are known: `days` when both are full dates, ' +
    'else the range the partial dates allow ("2015-09" to "2016-11-08": at least 404, at most 434). Null fields when a date is unknown.',
})
export class DaysBetween {
  @Field(() => PartialDateScalar, { nullable: true, description: 'The first date.' })
  from: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'The second date.' })
  to: string | null;

  @Field(() => Int, { nullable: true, description: 'Exact days, when both dates are full dates.' })
  days: number | null;

  @Field(() => Int, { nullable: true, description: 'Fewest days the dates allow.' })
  atLeast: number | null;

  @Field(() => Int, { nullable: true, description: 'Most days the dates allow.' })
  atMost: number | null;
}

@ObjectType({ description: "The national evaluator's scores of the plans' commitments, where known." })
export class EvaluationFigures {
  @Field(() => Int, { description: 'Evaluations of its plans.' })
  evaluations: number;

  @Field(() => Int, { description: 'Scores the rubrics call for (criteria × commitments).' })
  scoresExpected: number;

  @Field(() => Int, { description: 'Scores known; the rest are unknown, never zero.' })
  scoresKnown: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the known quality scores; null when none is known.' })
  averageQualityScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of the known relevance scores; null when none is known.' })
  averageRelevanceScore: number | null;
}

@ObjectType({
  description:
    'The figures an evaluator compares, for one exercise, computed in SQL from its public records (published, not deleted, ' +
    'reached through public records: a public session of a draft Secretariat is not counted).',
})
export class ExerciseComparison {
  @Field(() => ID, { description: 'The exercise.' })
  exerciseId: string;

  @Field({ description: 'Its slug.' })
  slug: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field({ description: 'ISO 3166-2 code of its state, e.g. "MX-COA".' })
  stateCode: string;

  @Field({ description: 'True for generated exercises (tests, demos, benchmarks).' })
  isSynthetic: boolean;

  @Field({ description: 'True for demonstration data, never real.' })
  isDemo: boolean;

  @Field(() => ExerciseStage, {
    nullable: true,
    description: 'The furthest step its public records show; null when not even the declaration is dated.',
  })
  stage: ExerciseStage | null;

  @Field(() => String, { nullable: true, description: "The stage its source reports, in the source's words." })
  reportedStatus: string | null;

  @Field(() => [RecordKind], {
    description:
      'Kinds of record its sources do not report: why the figures of those kinds are null (no data) rather than 0.',
  })
  unreportedRecords: RecordKind[];

  @Field(() => SecretariatComposition, {
    nullable: true,
    description: 'Its Secretariat by sector; null when no Secretariat is recorded.',
  })
  secretariat: SecretariatComposition | null;

  @Field(() => CommitmentFigures, { description: 'Commitments and their completion.' })
  commitments: CommitmentFigures;

  @Field(() => PagesDelivered, { description: 'Pages (fojas) delivered for its commitments; "more than" kept.' })
  pagesDelivered: PagesDelivered;

  @Field(() => RequestFigures, {
    nullable: true,
    description: `Information requests answered fully, partially or not at all; ${UNREPORTED('INFORMATION_REQUESTS')}.`,
  })
  informationRequests: RequestFigures | null;

  @Field(() => SessionFigures, { nullable: true, description: `Secretariat sessions held; ${UNREPORTED('SESSIONS')}.` })
  sessions: SessionFigures | null;

  @Field(() => AgreementFigures, {
    nullable: true,
    description: `Agreements done and pending; ${UNREPORTED('AGREEMENTS')}.`,
  })
  agreements: AgreementFigures | null;

  @Field(() => Int, { description: 'Events recorded (series and their parts each counted).' })
  events: number;

  @Field(() => QualifiedCount, {
    nullable: true,
    description: 'Attendance added up at the level the source counts it; null when no event has a count.',
  })
  attendance: QualifiedCount | null;

  @Field(() => Int, { description: 'Events that carry an attendance count.' })
  eventsWithAttendance: number;

  @Field(() => DaysBetween, { description: "From the joint declaration to the Secretariat's installation." })
  daysToSecretariatInstallation: DaysBetween;

  @Field(() => DaysBetween, {
    description: "From the joint declaration to the first plan's publication (in the official gazette).",
  })
  daysToPlanPublication: DaysBetween;

  @Field(() => EvaluationFigures, { description: 'Evaluation scores, where known.' })
  evaluation: EvaluationFigures;
}

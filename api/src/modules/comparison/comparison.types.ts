import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../common/scalars';
import { AgreementStatusCount, QualifiedCount } from '../exercise/exercise.types';
import { PagesDelivered } from '../information/information.types';

@ObjectType({ description: "An exercise's commitments and how far they got. Progress that cannot be measured (no milestones) is counted apart, never as 0 %." })
export class CommitmentFigures {
  @Field(() => Int, { description: 'Commitments of its public plans.' })
  total: number;

  @Field(() => Int, { description: 'Commitments whose progress can be measured (they have weighted milestones).' })
  withMeasuredProgress: number;

  @Field(() => Int, { description: 'Commitments whose progress is unknown (no milestones, or none that counts).' })
  withUnknownProgress: number;

  @Field(() => Int, { description: 'Commitments at 100 %.' })
  complete: number;

  @Field(() => Int, { description: 'Commitments measured at 0 % (known to have started nothing, unlike the unknown).' })
  notStarted: number;

  @Field(() => Float, { nullable: true, description: 'Mean progress of the measured commitments, 0 to 100, one decimal; null when none is measured.' })
  averageProgressPercent: number | null;

  @Field(() => Int, { description: 'Milestones counted in progress (not cancelled).' })
  milestones: number;

  @Field(() => Int, { description: 'Milestones done.' })
  milestonesDone: number;
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

  @Field(() => Int, { description: 'Recipients of the requests sent to a group, where the source counts them (e.g. 38 water operators).' })
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

  @Field(() => CommitmentFigures, { description: 'Commitments and their completion.' })
  commitments: CommitmentFigures;

  @Field(() => PagesDelivered, { description: 'Pages (fojas) delivered for its commitments; "more than" kept.' })
  pagesDelivered: PagesDelivered;

  @Field(() => RequestFigures, { description: 'Information requests answered fully, partially or not at all.' })
  informationRequests: RequestFigures;

  @Field(() => SessionFigures, { description: 'Secretariat sessions held.' })
  sessions: SessionFigures;

  @Field(() => AgreementFigures, { description: 'Agreements done and pending.' })
  agreements: AgreementFigures;

  @Field(() => Int, { description: 'Events recorded (series and their parts each counted).' })
  events: number;

  @Field(() => QualifiedCount, { nullable: true, description: 'Attendance added up at the level the source counts it; null when no event has a count.' })
  attendance: QualifiedCount | null;

  @Field(() => Int, { description: 'Events that carry an attendance count.' })
  eventsWithAttendance: number;

  @Field(() => DaysBetween, { description: "From the joint declaration to the Secretariat's installation." })
  daysToSecretariatInstallation: DaysBetween;

  @Field(() => DaysBetween, { description: "From the joint declaration to the first plan's publication (in the official gazette)." })
  daysToPlanPublication: DaysBetween;

  @Field(() => EvaluationFigures, { description: 'Evaluation scores, where known.' })
  evaluation: EvaluationFigures;
}

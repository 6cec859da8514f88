import { Field, Int, ObjectType } from 'type-graphql';
import { AgreementStatus } from '../agreement/agreement.enums';
import { CountQualifier } from '../event/event.enums';

@ObjectType({ description: 'A count as the source reports it: exact, or a lower bound ("more than 240").' })
export class QualifiedCount {
  @Field(() => Int, { description: 'The number.' })
  value: number;

  @Field(() => CountQualifier, { description: 'EXACT, or MORE_THAN when the number is a lower bound.' })
  qualifier: CountQualifier;
}

@ObjectType({ description: 'How many agreements have a given follow-up status.' })
export class AgreementStatusCount {
  @Field(() => AgreementStatus, { description: 'Follow-up status.' })
  status: AgreementStatus;

  @Field(() => Int, { description: 'Agreements with that status.' })
  count: number;
}

@ObjectType({ description: 'Counts that summarise an exercise.' })
export class ExerciseStatistics {
  @Field(() => Int, { description: 'Secretariat sessions held, ordinary and extraordinary.' })
  sessions: number;

  @Field(() => Int, { description: 'Ordinary sessions held.' })
  ordinarySessions: number;

  @Field(() => Int, { description: 'Extraordinary sessions held.' })
  extraordinarySessions: number;

  @Field(() => Int, { description: 'Agreements taken at sessions and commitment meetings.' })
  agreements: number;

  @Field(() => [AgreementStatusCount], { description: 'Agreements by follow-up status (every status listed, zero included).' })
  agreementsByStatus: AgreementStatusCount[];

  @Field(() => Int, { description: 'Events recorded (talks, tables, workshops, meetings, visits...), series and their parts each counted.' })
  events: number;

  @Field(() => QualifiedCount, { nullable: true, description: 'People who attended events, added up at the level the source counts them; null when no event has a count.' })
  attendance: QualifiedCount | null;

  @Field(() => Int, { description: 'Events that carry an attendance count.' })
  eventsWithAttendance: number;

  @Field(() => Int, { description: 'Commitments across the exercise\'s plans.' })
  commitments: number;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { AgreementStatus } from '../agreement/agreement.enums';
import { CountQualifier } from '../event/event.enums';
import type { RecordKind } from '../exercise/coverage';

/** How a figure's description says when it is null: the one rule of coverage.ts, in words. */
export const UNREPORTED = (kind: `${RecordKind}`) =>
  `null (no data, not 0) when the exercise's sources do not report them (${kind} in Exercise.unreportedRecords)`;

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
  @Field(() => Int, {
    nullable: true,
    description: `Secretariat sessions held, ordinary and extraordinary; ${UNREPORTED('SESSIONS')}.`,
  })
  sessions: number | null;

  @Field(() => Int, { nullable: true, description: `Ordinary sessions held; ${UNREPORTED('SESSIONS')}.` })
  ordinarySessions: number | null;

  @Field(() => Int, { nullable: true, description: `Extraordinary sessions held; ${UNREPORTED('SESSIONS')}.` })
  extraordinarySessions: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Agreements taken at sessions and commitment meetings; ${UNREPORTED('AGREEMENTS')}.`,
  })
  agreements: number | null;

  @Field(() => [AgreementStatusCount], {
    nullable: true,
    description: `Agreements by follow-up status (every status listed, zero included); ${UNREPORTED('AGREEMENTS')}.`,
  })
  agreementsByStatus: AgreementStatusCount[] | null;

  @Field(() => Int, {
    description:
      'Events recorded (talks, tables, workshops, meetings, visits...), series and their parts each counted.',
  })
  events: number;

  @Field(() => QualifiedCount, {
    nullable: true,
    description:
      'People who attended events, added up at the level the source counts them; null when no event has a count.',
  })
  attendance: QualifiedCount | null;

  @Field(() => Int, { description: 'Events that carry an attendance count.' })
  eventsWithAttendance: number;

  @Field(() => Int, { description: "Commitments across the exercise's plans." })
  commitments: number;
}

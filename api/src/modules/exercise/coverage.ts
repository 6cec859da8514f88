import { registerEnumType } from 'type-graphql';

/**
 * Kinds of record an exercise's sources may leave out altogether. The national program's pages,
 * for instance, tell the declaration, the Secretariat, the working tables and the plan, and never
 * a Secretariat session, an agreement, an information request or a milestone: for those exercises
 * "0 sessions" would be a claim the source does not make.
 */
export enum RecordKind {
  SESSIONS = 'SESSIONS',
  AGREEMENTS = 'AGREEMENTS',
  INFORMATION_REQUESTS = 'INFORMATION_REQUESTS',
  MILESTONES = 'MILESTONES',
}

registerEnumType(RecordKind, {
  name: 'RecordKind',
  description:
    'A kind of record whose count an exercise reports, unless its sources do not cover it (see Exercise.unreportedRecords).',
  valuesConfig: {
    SESSIONS: { description: 'Secretariat sessions (ordinary and extraordinary).' },
    AGREEMENTS: { description: 'Agreements taken at sessions and meetings, and their follow-up.' },
    INFORMATION_REQUESTS: { description: 'Information requests made for the commitments, and their answers.' },
    MILESTONES: { description: "Commitments' milestones, and so how many commitments are complete or not started." },
  },
});

/**
 * The one rule every channel (GraphQL statistics, compareExercises, the open-data comparison, the
 * evaluator's screen) applies: a count of a kind of record the exercise's sources do not report is
 * unknown, null, never 0. A real zero (a Secretariat covered by its sources that held no session)
 * stays 0.
 */
export function reported<T>(unreported: readonly string[] | null | undefined, kind: RecordKind, value: T): T | null {
  return unreported?.includes(kind) ? null : value;
}

/** The column as raw SQL returns it (a PostgreSQL enum array comes back as text unless cast). */
export const UNREPORTED_SQL = (alias: string) => `${alias}.unreported_records::text[]`;

/**
 * The records a document can belong to (exactly one of them): the input field, its column and
 * table. A document is seen, written and published as the record it belongs to
 * (api/src/common/scope.ts, public-reach.ts read this list).
 */
export const DOCUMENT_PARENTS = [
  { field: 'sessionId', column: 'session_id', table: 'session' },
  { field: 'eventId', column: 'event_id', table: 'event' },
  { field: 'milestoneId', column: 'milestone_id', table: 'milestone' },
  { field: 'informationDeliveryId', column: 'information_delivery_id', table: 'information_delivery' },
  { field: 'evaluationId', column: 'evaluation_id', table: 'evaluation' },
  { field: 'exerciseId', column: 'exercise_id', table: 'exercise' },
] as const;

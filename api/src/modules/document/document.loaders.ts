import { byId, manyBy, rowsByKey } from '../../common/loaders';
import { Document } from './document.entity';

export const documentById = byId(Document);
const ORDER = { date: 'ASC', title: 'ASC' } as const;
export const documentsBySession = manyBy(Document, 'sessionId', ORDER);
export const documentsByEvent = manyBy(Document, 'eventId', ORDER);
export const documentsByMilestone = manyBy(Document, 'milestoneId', ORDER);
export const documentsByInformationDelivery = manyBy(Document, 'informationDeliveryId', ORDER);
export const documentsByEvaluation = manyBy(Document, 'evaluationId', ORDER);
export const documentsByExercise = manyBy(Document, 'exerciseId', ORDER);

export interface ContentInfo {
  size: number;
  mediaType: string;
}

/** Size and type of stored contents, by hash (a content is reached only through a document the viewer sees). */
export const contentBySha256 = rowsByKey<{ key: string; size: number; media_type: string }, ContentInfo | null>(
  'SELECT c.sha256 AS key, c.size::float8 AS size, c.media_type FROM document_content c WHERE c.sha256 = ANY($1)',
  (row) => (row ? { size: row.size, mediaType: row.media_type } : null),
);

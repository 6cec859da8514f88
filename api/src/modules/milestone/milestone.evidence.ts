import type { EntityManager } from 'typeorm';
import { MilestoneStatus } from './milestone.enums';

/**
 * The rule "a milestone marked done needs its evidence" (a link, a description of where it is, or
 * a document of the milestone that is not deleted), on the milestone as `row` states it and its
 * documents as they stand in the transaction: whether the row breaks it.
 */
export async function lacksEvidence(manager: EntityManager, row: Record<string, unknown>): Promise<boolean> {
  if (row.status !== MilestoneStatus.DONE || row.evidenceUrl || String(row.evidenceDescription ?? '').trim())
    return false;
  if (!row.id) return true;
  const [document] = await manager.query(
    'SELECT 1 FROM document WHERE milestone_id = $1 AND deleted_at IS NULL LIMIT 1',
    [row.id],
  );
  return !document;
}

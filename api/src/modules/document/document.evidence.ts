import type { EntityManager } from 'typeorm';

/** Whether a milestone has a document (not deleted) that can stand as its evidence. */
export async function hasEvidenceDocument(manager: EntityManager, milestoneId: string | undefined): Promise<boolean> {
  if (!milestoneId) return false;
  const [row] = await manager.query('SELECT 1 FROM document WHERE milestone_id = $1 AND deleted_at IS NULL LIMIT 1', [
    milestoneId,
  ]);
  return Boolean(row);
}

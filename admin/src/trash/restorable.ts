import * as G from '../generated/graphql';
import type { RestoreDocument } from '../providers/resourceSpec';
import { RESOURCES } from '../registry';

/**
 * Every kind of record the API deletes softly and restores (`restore<Kind>`), with the resource
 * that shows it, from the resources' data specs; evaluation scores have no resource of their own
 * (they are kept on the rubric page).
 */
export const RESTORABLE: Record<string, { resource: string | null; restore: RestoreDocument }> = {
  ...Object.fromEntries(
    RESOURCES.flatMap(({ name, data: { kind, restore } }) =>
      kind && restore ? [[kind, { resource: name, restore }]] : [],
    ),
  ),
  EvaluationScore: { resource: null, restore: G.RestoreEvaluationScoreDocument },
};

/** The kind of record a resource shows, as the wastebasket names it (`Commitment`), if it has one. */
export const trashKindOf = (resource: string) =>
  Object.keys(RESTORABLE).find((kind) => RESTORABLE[kind].resource === resource);

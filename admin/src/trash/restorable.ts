import * as G from '../generated/graphql';
import type { RestoreDocument } from '../providers/resourceSpec';
import { RESOURCE_DATA } from '../registry';
import { RESOURCE_NAMES, type ResourceName } from '../resourceNames';

/**
 * Every kind of record the API deletes softly and restores (`restore<Kind>`), with the resource
 * that shows it, from the resources' data specs; evaluation scores have no resource of their own
 * (they are kept on the rubric page).
 */
export const RESTORABLE: Record<string, { resource: ResourceName | null; restore: RestoreDocument }> = {
  ...Object.fromEntries(
    RESOURCE_NAMES.flatMap((resource) => {
      const { kind, restore } = RESOURCE_DATA[resource];
      return kind && restore ? [[kind, { resource, restore }]] : [];
    }),
  ),
  EvaluationScore: { resource: null, restore: G.RestoreEvaluationScoreDocument },
};

/** The kind of record a resource shows, as the wastebasket names it (`Commitment`), if it has one. */
export const trashKindOf = (resource: string) =>
  Object.keys(RESTORABLE).find((kind) => RESTORABLE[kind].resource === resource);

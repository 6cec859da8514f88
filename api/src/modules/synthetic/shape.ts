import type { ExerciseFile } from '../../seed/exercise-file';
import type { CriterionDimension } from '../evaluation/evaluation.enums';
import type { EventKind } from '../event/event.enums';
import type { SeatRole, Sector } from '../secretariat/secretariat.enums';

/**
 * The sizes of a real exercise, which synthetic exercises are drawn from: how many commitments,
 * and for each its agencies, followers, requests, deliveries (with their page counts) and
 * meetings; the Secretariat's seats, holders and sessions with their agreements; the other events
 * and their attendance; the rubric. Read from the real seed file, so the synthetic data follow
 * Coahuila's report rather than numbers made up here.
 */
export interface ExerciseShape {
  commitments: {
    responsible: number;
    followers: number;
    requests: { recipientCount: number | null; respondedCount: number | null }[];
    /** Each delivery's page count as the source gives it, or null when it gives none. */
    deliveries: ({ value: number; moreThan: boolean } | null)[];
    meetings: number;
    proactive: boolean;
  }[];
  /** Agreements per meeting, over all meetings. */
  meetingAgreements: number[];
  sessions: { extraordinary: boolean; agreements: number }[];
  /** Other events: series (with their parts) and single events, and attendance where counted. */
  otherEvents: { kind: EventKind; parts: number; attendance: { value: number; moreThan: boolean } | null }[];
  /** Seats and how many people held each in turn. */
  posts: { role: SeatRole; sector: Sector | null; voting: boolean | null; holders: number }[];
  themes: number;
  criteria: { code: string; dimension: CriterionDimension; label: string }[];
  recommendations: number;
  agencies: number;
  civilSociety: number;
}

export function shapeOf(file: ExerciseFile): ExerciseShape {
  const plan = { commitments: file.actionPlan?.commitments ?? [] };
  const meetings = file.events.filter((event) => event.commitments.length > 0);
  const others = file.events.filter((event) => event.commitments.length === 0);
  const responsible = new Set(plan.commitments.flatMap((c) => c.responsible));
  const followers = new Set(plan.commitments.flatMap((c) => c.followers));
  return {
    commitments: plan.commitments.map((c) => ({
      responsible: c.responsible.length,
      followers: c.followers.length,
      requests: c.requests.map((r) => ({
        recipientCount: r.recipientCount ?? null,
        respondedCount: r.respondedCount ?? null,
      })),
      deliveries: c.deliveries.map((d) =>
        d.pages ? { value: d.pages.value, moreThan: d.pages.qualifier === 'MORE_THAN' } : null,
      ),
      meetings: meetings.filter((m) => m.commitments.includes(c.key)).length,
      proactive: c.proactive,
    })),
    meetingAgreements: meetings.map((m) => m.agreements.length),
    sessions: file.sessions.map((s) => ({
      extraordinary: s.type === 'EXTRAORDINARY',
      agreements: s.agreements.length,
    })),
    otherEvents: others
      .filter((event) => !event.parent)
      .map((event) => ({
        kind: event.kind,
        parts: others.filter((part) => part.parent === event.key).length,
        attendance: event.attendance
          ? { value: event.attendance.value, moreThan: event.attendance.qualifier === 'MORE_THAN' }
          : null,
      })),
    posts: (file.secretariat?.posts ?? []).map((post) => ({
      role: post.role,
      sector: post.sector ?? null,
      voting: post.voting ?? null,
      holders: post.memberships.length,
    })),
    themes: file.themes.length,
    criteria: (file.evaluation?.criteria ?? []).map((c) => ({ code: c.code, dimension: c.dimension, label: c.label })),
    recommendations: file.recommendations.length,
    agencies: responsible.size,
    civilSociety: followers.size,
  };
}

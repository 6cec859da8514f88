import * as G from '../generated/graphql';
import { define, sourced } from '../providers/resourceSpec';

/** How the data provider reads and writes a session's attendance (kept from the session's page, no list) (see providers/resourceSpec.ts). */
export default define<
  G.SessionAttendanceRecordFragment,
  G.SessionAttendanceRecordFragment,
  never,
  G.SessionAttendanceInput
>({
  one: G.GetSessionAttendanceDocument,
  create: G.CreateSessionAttendanceDocument,
  update: G.UpdateSessionAttendanceDocument,
  remove: G.DeleteSessionAttendanceDocument,
  kind: 'SessionAttendance',
  restore: G.RestoreSessionAttendanceDocument,
  input: {
    ...sourced,
    sessionId: (r) => r.session.id,
    postId: (r) => r.post?.id ?? null,
    organizationId: (r) => r.organization?.id ?? null,
    personId: (r) => r.person?.id ?? null,
    description: (r) => r.description,
  },
});

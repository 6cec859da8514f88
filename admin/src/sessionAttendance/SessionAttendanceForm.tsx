import { TextInput, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText } from '../common/validation';
import type { SessionRecordFragment } from '../generated/graphql';
import { orgText } from '../organizations/labels';

/** Back to the session after a save. */
const afterAttendance = (record: { session: { id: string } }) => `/sessions/${record.session.id}/show`;

/** The seats offered are those of the session's own Secretariat (the server checks it too). */
function SeatInput() {
  const sessionId = useWatch({ name: 'sessionId' }) as string | undefined;
  const { data: session } = useGetOne<SessionRecordFragment & { id: string }>(
    'sessions',
    { id: sessionId ?? '' },
    { enabled: !!sessionId },
  );
  return (
    <RefInput
      source="postId"
      reference="posts"
      optionText="label"
      searchable={false}
      filter={session ? { secretariatId: session.secretariat.id } : {}}
      fullWidth
    />
  );
}

/**
 * One attendee of a session, as precisely as the source names it: a seat, an organisation, a
 * person, or a group in the source's words. Nothing more than the source says.
 */
export function SessionAttendanceForm() {
  return (
    <RecordForm>
      <RefInput
        source="sessionId"
        reference="sessions"
        optionText={(s) => `${String(s.number)} · ${String(s.date)}`}
        searchable={false}
        readOnly
      />
      <SeatInput />
      <RefInput source="organizationId" reference="organizations" optionText={orgText} fullWidth />
      <RefInput source="personId" reference="people" optionText="name" fullWidth />
      <TextInput source="description" validate={optionalText(500)} fullWidth />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const SessionAttendanceCreate = () => (
  <RecordCreate after={afterAttendance}>
    <SessionAttendanceForm />
  </RecordCreate>
);

export const SessionAttendanceEdit = () => (
  <RecordEdit after={afterAttendance}>
    <SessionAttendanceForm />
  </RecordEdit>
);

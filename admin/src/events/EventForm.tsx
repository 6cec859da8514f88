import { NumberInput, TextInput, useTranslate } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefArrayInput, RefInput, SourceInputs } from '../common/inputs';
import { useIdentity } from '../common/identity';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { count, optionalText, requiredText } from '../common/validation';
import { eventRules } from './rules';
import { MEETING_KINDS } from '../providers/permissions';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

/** Back to the commitment page when the meeting was recorded from it. */
const afterEvent = (record: { commitments?: { id: string }[] }) =>
  record.commitments?.length === 1 ? `/commitments/${record.commitments[0].id}/show/meetings` : undefined;

/** An event of an exercise; an agency records meetings (working meetings, site visits, working tables) of its commitments. */
export function EventForm() {
  const translate = useTranslate();
  const identity = useIdentity();
  const agency = identity?.role === 'AGENCY_EDITOR';
  const commitments = agency
    ? { organizationId: identity?.organization?.id, organizationRole: 'RESPONSIBLE' }
    : undefined;
  return (
    <RecordForm validate={(values) => eventRules(values, translate('resources.events.fields.startDate'))}>
      <RefInput source="exerciseId" reference="exercises" optionText="title" required />
      <EnumInput source="kind" kind="EventKind" only={agency ? MEETING_KINDS : undefined} required />
      <TextInput source="title" validate={requiredText()} fullWidth />
      <TextInput source="description" validate={optionalText()} fullWidth multiline />
      <PartialDateInput source="startDate" />
      <PartialDateInput source="endDate" />
      <RefArrayInput
        source="commitmentIds"
        reference="commitments"
        optionText={commitmentLabel}
        filter={commitments}
        fullWidth
      />
      <RefInput source="municipalityId" reference="municipalities" />
      <RefInput source="venueId" reference="venues" />
      <RefInput source="regionId" reference="regions" searchable={false} />
      <RefInput
        source="parentId"
        reference="events"
        optionText="title"
        searchable={false}
        filter={{ topLevel: true }}
        fullWidth
      />
      <NumberInput source="attendeeCount" validate={count} />
      <EnumInput source="attendeeCountQualifier" kind="CountQualifier" />
      <TextInput source="attendanceNote" validate={optionalText()} fullWidth multiline />
      <RefArrayInput source="themeIds" reference="themes" searchable={false} fullWidth />
      <RefArrayInput source="organizerIds" reference="organizations" optionText={orgText} fullWidth />
      <RefArrayInput source="instructorIds" reference="organizations" optionText={orgText} fullWidth />
      <RefArrayInput source="participantIds" reference="organizations" optionText={orgText} fullWidth />
      <RefArrayInput source="hostIds" reference="organizations" optionText={orgText} fullWidth />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const EventCreate = () => (
  <RecordCreate after={afterEvent}>
    <EventForm />
  </RecordCreate>
);

export const EventEdit = () => (
  <RecordEdit after={afterEvent}>
    <EventForm />
  </RecordEdit>
);

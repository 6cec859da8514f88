import { NumberInput, TextInput, useTranslate } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText, position, positive, requiredText, url } from '../common/validation';
import { milestoneRules } from './rules';
import { useIdentity } from '../common/identity';
import { maxLength } from 'react-admin';
import { commitmentLabel } from '../commitments/labels';

/** Back to the commitment page after saving, on its milestones tab. */
export const afterMilestone = (record: { commitment?: { id: string } }) =>
  record.commitment ? `/commitments/${record.commitment.id}/show/milestones` : undefined;

/** A milestone: DONE needs evidence (a link or where it is); the due date cannot come before the start. */
export function MilestoneForm() {
  const translate = useTranslate();
  const identity = useIdentity();
  // An agency chooses among the commitments it is responsible for.
  const commitments =
    identity?.role === 'AGENCY_EDITOR'
      ? { organizationId: identity.organization?.id, organizationRole: 'RESPONSIBLE' }
      : undefined;
  return (
    <RecordForm validate={(values) => milestoneRules(values, translate('resources.milestones.fields.startDate'))}>
      <RefInput
        source="commitmentId"
        reference="commitments"
        optionText={commitmentLabel}
        filter={commitments}
        required
        fullWidth
      />
      <NumberInput source="position" validate={position} />
      <TextInput source="title" validate={requiredText()} fullWidth />
      <TextInput source="description" validate={optionalText()} fullWidth multiline />
      <EnumInput source="status" kind="MilestoneStatus" />
      <NumberInput source="weight" validate={positive} step={0.5} />
      <PartialDateInput source="startDate" />
      <PartialDateInput source="dueDate" />
      <PartialDateInput source="completedOn" />
      <TextInput source="evidenceUrl" validate={[url, maxLength(2000)]} fullWidth type="url" />
      <TextInput source="evidenceDescription" validate={optionalText()} fullWidth multiline />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const MilestoneCreate = () => (
  <RecordCreate after={afterMilestone}>
    <MilestoneForm />
  </RecordCreate>
);

export const MilestoneEdit = () => (
  <RecordEdit after={afterMilestone}>
    <MilestoneForm />
  </RecordEdit>
);

import { NumberInput, TextInput, minValue } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { useIdentity } from '../common/identity';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { count, integer, optionalText, requiredText } from '../common/validation';
import { requestRules } from './rules';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

export const afterRequest = (record: { commitment?: { id: string } }) =>
  record.commitment ? `/commitments/${record.commitment.id}/show/requests` : undefined;

/** Information asked of an agency (or, with counts, of a group) for a commitment. */
export function RequestForm() {
  const identity = useIdentity();
  const commitments =
    identity?.role === 'AGENCY_EDITOR'
      ? { organizationId: identity.organization?.id, organizationRole: 'RESPONSIBLE' }
      : undefined;
  return (
    <RecordForm validate={(values) => requestRules(values)}>
      <RefInput
        source="commitmentId"
        reference="commitments"
        optionText={commitmentLabel}
        filter={commitments}
        required
        fullWidth
      />
      <TextInput source="subject" validate={requiredText(20000)} fullWidth multiline />
      <PartialDateInput source="requestedOn" />
      <RefInput source="recipientId" reference="organizations" optionText={orgText} fullWidth />
      <TextInput source="recipientDescription" validate={optionalText(500)} fullWidth />
      <NumberInput source="recipientCount" validate={[integer, minValue(1)]} />
      <NumberInput source="respondedCount" validate={count} />
      <EnumInput source="response" kind="RequestResponse" />
      <TextInput source="responseNote" validate={optionalText()} fullWidth multiline />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const RequestCreate = () => (
  <RecordCreate after={afterRequest}>
    <RequestForm />
  </RecordCreate>
);

export const RequestEdit = () => (
  <RecordEdit after={afterRequest}>
    <RequestForm />
  </RecordEdit>
);

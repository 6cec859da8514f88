import { NumberInput, TextInput } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { useIdentity } from '../common/identity';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { count, optionalText, requiredText } from '../common/validation';
import { deliveryRules } from './rules';
import { useWatch } from 'react-hook-form';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

export const afterDelivery = (record: { commitment?: { id: string } }) =>
  record.commitment ? `/commitments/${record.commitment.id}/show/deliveries` : undefined;

/** The requests of the chosen commitment, to say which one a delivery answers. */
function RequestInput() {
  const commitmentId = useWatch({ name: 'commitmentId' }) as string | undefined;
  return (
    <RefInput
      source="requestId"
      reference="informationRequests"
      optionText="subject"
      searchable={false}
      filter={commitmentId ? { commitmentId } : undefined}
      fullWidth
    />
  );
}

/** A delivery of information for a commitment, counted in pages ("más de N" kept as such). */
export function DeliveryForm() {
  const identity = useIdentity();
  const commitments =
    identity?.role === 'AGENCY_EDITOR'
      ? { organizationId: identity.organization?.id, organizationRole: 'RESPONSIBLE' }
      : undefined;
  return (
    <RecordForm validate={(values) => deliveryRules(values)}>
      <RefInput
        source="commitmentId"
        reference="commitments"
        optionText={commitmentLabel}
        filter={commitments}
        required
        fullWidth
      />
      <TextInput source="description" validate={requiredText(20000)} fullWidth multiline />
      <PartialDateInput source="deliveredOn" />
      <NumberInput source="pages" validate={count} />
      <EnumInput source="pagesQualifier" kind="CountQualifier" />
      <RefInput source="deliveredById" reference="organizations" optionText={orgText} fullWidth />
      <TextInput source="deliveredByDescription" validate={optionalText(500)} fullWidth />
      <RequestInput />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const DeliveryCreate = () => (
  <RecordCreate after={afterDelivery}>
    <DeliveryForm />
  </RecordCreate>
);

export const DeliveryEdit = () => (
  <RecordEdit after={afterDelivery}>
    <DeliveryForm />
  </RecordEdit>
);

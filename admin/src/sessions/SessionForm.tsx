import { NumberInput, TextInput } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText, position } from '../common/validation';

/** A numbered session of the Secretariat (the number is unique per Secretariat and type). */
export function SessionForm() {
  return (
    <RecordForm>
      <RefInput source="secretariatId" reference="secretariats" searchable={false} required fullWidth />
      <EnumInput source="type" kind="SessionType" required />
      <NumberInput source="number" validate={position} />
      <PartialDateInput source="date" required />
      <RefInput source="municipalityId" reference="municipalities" />
      <RefInput source="venueId" reference="venues" fullWidth />
      <TextInput source="summary" validate={optionalText()} fullWidth multiline />
      <TextInput source="convenedBy" validate={optionalText(500)} fullWidth />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const SessionCreate = () => (
  <RecordCreate>
    <SessionForm />
  </RecordCreate>
);

export const SessionEdit = () => (
  <RecordEdit>
    <SessionForm />
  </RecordEdit>
);

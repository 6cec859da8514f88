import { TextInput } from 'react-admin';
import { PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { requiredText } from '../common/validation';

export function RegionForm() {
  return (
    <RecordForm>
      <RefInput source="stateId" reference="states" required />
      <TextInput source="name" validate={requiredText()} fullWidth />
      <RefInput source="seatMunicipalityId" reference="municipalities" />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const RegionCreate = () => (
  <RecordCreate>
    <RegionForm />
  </RecordCreate>
);

export const RegionEdit = () => (
  <RecordEdit>
    <RegionForm />
  </RecordEdit>
);

import { TextInput } from 'react-admin';
import { PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { requiredText } from '../common/validation';

export function VenueForm() {
  return (
    <RecordForm>
      <RefInput source="municipalityId" reference="municipalities" required />
      <TextInput source="name" validate={requiredText()} fullWidth />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const VenueCreate = () => (
  <RecordCreate>
    <VenueForm />
  </RecordCreate>
);

export const VenueEdit = () => (
  <RecordEdit>
    <VenueForm />
  </RecordEdit>
);

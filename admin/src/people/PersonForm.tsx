import { TextInput } from 'react-admin';
import { PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText, requiredText } from '../common/validation';

export function PersonForm() {
  return (
    <RecordForm>
      <TextInput source="honorificPrefix" validate={optionalText(30)} />
      <TextInput source="name" validate={requiredText()} fullWidth />
      <RefInput source="stateId" reference="states" searchable />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const PersonCreate = () => (
  <RecordCreate>
    <PersonForm />
  </RecordCreate>
);

export const PersonEdit = () => (
  <RecordEdit>
    <PersonForm />
  </RecordEdit>
);

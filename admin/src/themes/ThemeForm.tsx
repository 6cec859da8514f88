import { TextInput } from 'react-admin';
import { PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { requiredText } from '../common/validation';

export function ThemeForm() {
  return (
    <RecordForm>
      <RefInput source="exerciseId" reference="exercises" optionText="title" required />
      <TextInput source="name" validate={requiredText()} fullWidth />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const ThemeCreate = () => (
  <RecordCreate>
    <ThemeForm />
  </RecordCreate>
);

export const ThemeEdit = () => (
  <RecordEdit>
    <ThemeForm />
  </RecordEdit>
);

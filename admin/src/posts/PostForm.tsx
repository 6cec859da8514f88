import { NullableBooleanInput, TextInput } from 'react-admin';
import { EnumInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { requiredText } from '../common/validation';

export function PostForm() {
  return (
    <RecordForm>
      <RefInput source="secretariatId" reference="secretariats" searchable={false} required fullWidth />
      <TextInput source="label" validate={requiredText()} fullWidth />
      <EnumInput source="role" kind="SeatRole" required />
      <EnumInput source="sector" kind="Sector" />
      <NullableBooleanInput source="voting" />
      <RefInput source="regionId" reference="regions" searchable={false} />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const PostCreate = () => (
  <RecordCreate>
    <PostForm />
  </RecordCreate>
);

export const PostEdit = () => (
  <RecordEdit>
    <PostForm />
  </RecordEdit>
);

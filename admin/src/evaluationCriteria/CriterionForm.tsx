import { NumberInput, TextInput } from 'react-admin';
import { EnumInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { code, optionalText, position, requiredText } from '../common/validation';

export function CriterionForm() {
  return (
    <RecordForm>
      <RefInput
        source="evaluationId"
        reference="evaluations"
        optionText="title"
        searchable={false}
        required
        fullWidth
      />
      <TextInput source="code" validate={[...requiredText(50), code]} />
      <EnumInput source="dimension" kind="CriterionDimension" required />
      <NumberInput source="position" validate={position} />
      <TextInput source="label" validate={requiredText()} fullWidth />
      <TextInput source="question" validate={optionalText()} fullWidth multiline />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const CriterionCreate = () => (
  <RecordCreate>
    <CriterionForm />
  </RecordCreate>
);

export const CriterionEdit = () => (
  <RecordEdit>
    <CriterionForm />
  </RecordEdit>
);

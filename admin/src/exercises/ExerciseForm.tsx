import { BooleanInput, TextInput, useTranslate } from 'react-admin';
import { PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { intervalRules, optionalText, requiredText, slug } from '../common/validation';
import { orgText } from '../organizations/labels';

export function ExerciseForm() {
  const translate = useTranslate();
  return (
    <RecordForm validate={(values) => intervalRules(values, translate('resources.exercises.fields.startDate'))}>
      <TextInput source="title" validate={requiredText()} fullWidth />
      <TextInput source="slug" validate={[...requiredText(100), slug]} />
      <RefInput source="stateId" reference="states" required />
      <TextInput source="description" validate={optionalText()} fullWidth multiline />
      <PartialDateInput source="startDate" />
      <PartialDateInput source="endDate" />
      <PartialDateInput source="jointDeclarationOn" />
      <TextInput source="reportedStatus" validate={optionalText()} fullWidth multiline />
      <RefInput source="evaluatorId" reference="organizations" optionText={orgText} fullWidth />
      <RefInput source="guarantorId" reference="organizations" optionText={orgText} fullWidth />
      <RefInput source="localAuthorityId" reference="organizations" optionText={orgText} fullWidth />
      <BooleanInput source="isDemo" />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const ExerciseCreate = () => (
  <RecordCreate>
    <ExerciseForm />
  </RecordCreate>
);

export const ExerciseEdit = () => (
  <RecordEdit>
    <ExerciseForm />
  </RecordEdit>
);

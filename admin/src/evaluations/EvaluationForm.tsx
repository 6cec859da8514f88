import { TextInput } from 'react-admin';
import { PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText, requiredText } from '../common/validation';
import { orgText } from '../organizations/labels';

export function EvaluationForm() {
  return (
    <RecordForm>
      <RefInput source="planId" reference="actionPlans" optionText="title" searchable={false} required fullWidth />
      <RefInput
        source="evaluatorId"
        reference="organizations"
        optionText={orgText}
        filter={{ kinds: ['NATIONAL_GUARANTOR_BODY', 'GUARANTOR_BODY'] }}
        required
        fullWidth
      />
      <TextInput source="title" validate={requiredText()} fullWidth />
      <PartialDateInput source="presentedOn" />
      <RefInput source="presentedAtEventId" reference="events" optionText="title" searchable={false} fullWidth />
      <TextInput source="scoresNote" validate={optionalText()} fullWidth multiline />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const EvaluationCreate = () => (
  <RecordCreate>
    <EvaluationForm />
  </RecordCreate>
);

export const EvaluationEdit = () => (
  <RecordEdit>
    <EvaluationForm />
  </RecordEdit>
);

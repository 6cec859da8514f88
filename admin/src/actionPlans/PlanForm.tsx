import { NumberInput, TextInput } from 'react-admin';
import { PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText, requiredText, year } from '../common/validation';
import { planRules } from './rules';

export function PlanForm() {
  return (
    <RecordForm validate={(values) => planRules(values)}>
      <RefInput source="exerciseId" reference="exercises" optionText="title" required />
      <TextInput source="title" validate={requiredText()} fullWidth />
      <NumberInput source="startYear" validate={year} />
      <NumberInput source="endYear" validate={year} />
      <PartialDateInput source="agreedOn" />
      <RefInput
        source="agreedAtSessionId"
        reference="sessions"
        optionText={(s) =>
          `${String(s.type) === 'ORDINARY' ? 'Ordinaria' : 'Extraordinaria'} ${String(s.number)} · ${String(s.date)}`
        }
        searchable={false}
      />
      <PartialDateInput source="signedOn" />
      <PartialDateInput source="publishedOn" />
      <TextInput source="publishedIn" validate={optionalText(500)} fullWidth />
      <PartialDateInput source="workStartOn" />
      <TextInput source="methodology" validate={optionalText()} fullWidth multiline />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const PlanCreate = () => (
  <RecordCreate>
    <PlanForm />
  </RecordCreate>
);

export const PlanEdit = () => (
  <RecordEdit>
    <PlanForm />
  </RecordEdit>
);

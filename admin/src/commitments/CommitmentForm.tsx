import { BooleanInput, NumberInput, TextInput, minValue } from 'react-admin';
import { PublicationInput, RefArrayInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { integer, optionalText, requiredText } from '../common/validation';
import { commitmentRules } from './rules';
import { orgText } from '../organizations/labels';

/** A commitment: its plan, number, title, objective, agencies, followers and themes. */
export function CommitmentForm() {
  return (
    <RecordForm validate={(values) => commitmentRules(values)}>
      <RefInput source="planId" reference="actionPlans" optionText="title" searchable={false} required />
      <NumberInput source="number" validate={[integer, minValue(1)]} />
      <TextInput source="title" validate={requiredText(1000)} fullWidth multiline />
      <TextInput source="objective" validate={optionalText()} fullWidth multiline />
      <RefArrayInput source="responsibleAgencyIds" reference="organizations" optionText={orgText} fullWidth />
      <RefArrayInput
        source="followerIds"
        reference="organizations"
        optionText={orgText}
        filter={{ kinds: ['CIVIL_SOCIETY_ORGANIZATION', 'UNIVERSITY', 'CHAMBER'] }}
        fullWidth
      />
      <RefArrayInput source="themeIds" reference="themes" searchable={false} fullWidth />
      <BooleanInput source="isProactive" />
      <TextInput source="activationCondition" validate={optionalText()} fullWidth multiline />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const CommitmentCreate = () => (
  <RecordCreate>
    <CommitmentForm />
  </RecordCreate>
);

export const CommitmentEdit = () => (
  <RecordEdit>
    <CommitmentForm />
  </RecordEdit>
);

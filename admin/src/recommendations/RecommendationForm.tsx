import { NumberInput, TextInput } from 'react-admin';
import { useIdentity } from '../common/identity';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { position, requiredText } from '../common/validation';
import { orgText } from '../organizations/labels';

/** A recommendation or area of opportunity; the evaluator writes its own recommendations only. */
export function RecommendationForm() {
  const identity = useIdentity();
  const evaluator = identity?.role === 'NATIONAL_EVALUATOR';
  return (
    <RecordForm>
      <RefInput source="exerciseId" reference="exercises" optionText="title" required />
      <EnumInput
        source="kind"
        kind="RecommendationKind"
        only={evaluator ? ['EVALUATOR_RECOMMENDATION'] : undefined}
        required
      />
      <NumberInput source="position" validate={position} />
      <TextInput source="text" validate={requiredText(20000)} fullWidth multiline />
      <RefInput source="evaluationId" reference="evaluations" optionText="title" searchable={false} fullWidth />
      <RefInput source="issuedById" reference="organizations" optionText={orgText} fullWidth />
      <RefInput source="issuedByPersonId" reference="people" fullWidth />
      <PartialDateInput source="issuedOn" />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const RecommendationCreate = () => (
  <RecordCreate>
    <RecommendationForm />
  </RecordCreate>
);

export const RecommendationEdit = () => (
  <RecordEdit>
    <RecommendationForm />
  </RecordEdit>
);

import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, minValue, required } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { integer, optionalText, requiredText } from '../common/validation';

export function SecretariatForm() {
  return (
    <RecordForm>
      <RefInput source="exerciseId" reference="exercises" optionText="title" required />
      <TextInput source="name" validate={requiredText()} fullWidth />
      <TextInput source="abbreviation" validate={optionalText(50)} />
      <PartialDateInput source="installedOn" />
      <NumberInput source="nationalOrder" validate={[integer, minValue(1)]} />
      <TextInput source="decisionRule" validate={optionalText()} fullWidth multiline />
      {/* The size the source declares per sector, kept even when it names fewer bodies. */}
      <ArrayInput source="declaredSeats">
        <SimpleFormIterator inline>
          <EnumInput source="sector" kind="Sector" required />
          <NumberInput source="seats" validate={[required(), integer, minValue(0)]} />
        </SimpleFormIterator>
      </ArrayInput>
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const SecretariatCreate = () => (
  <RecordCreate>
    <SecretariatForm />
  </RecordCreate>
);

export const SecretariatEdit = () => (
  <RecordEdit>
    <SecretariatForm />
  </RecordEdit>
);

import { TextInput, useTranslate } from 'react-admin';
import { EnumInput, PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { intervalRules, optionalText, requiredText, slug } from '../common/validation';
import { orgText } from './labels';

/** Bodies are created and abolished: founding and dissolution dates keep that history. */
export function OrganizationForm() {
  const translate = useTranslate();
  return (
    <RecordForm
      validate={(values) =>
        intervalRules(
          values,
          translate('resources.organizations.fields.foundingDate'),
          'foundingDate',
          'dissolutionDate',
        )
      }
    >
      <TextInput source="name" validate={requiredText()} fullWidth />
      <TextInput source="abbreviation" validate={optionalText(50)} />
      <TextInput source="slug" validate={[...requiredText(100), slug]} />
      <EnumInput source="kind" kind="OrganizationKind" required />
      <RefInput source="parentId" reference="organizations" optionText={orgText} fullWidth />
      <RefInput source="municipalityId" reference="municipalities" />
      <RefInput source="stateId" reference="states" />
      <PartialDateInput source="foundingDate" />
      <PartialDateInput source="dissolutionDate" />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const OrganizationCreate = () => (
  <RecordCreate>
    <OrganizationForm />
  </RecordCreate>
);

export const OrganizationEdit = () => (
  <RecordEdit>
    <OrganizationForm />
  </RecordEdit>
);

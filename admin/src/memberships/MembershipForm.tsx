import { TextInput, useTranslate } from 'react-admin';
import { PartialDateInput, PublicationInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm } from '../common/RecordForm';
import { optionalText } from '../common/validation';
import { membershipRules } from './rules';
import { orgText } from '../organizations/labels';

/**
 * A person holding a seat over [startDate, endDate): the end is the first day no longer held; holders of one seat may not overlap.
 * Where the source names only the body holding the seat, the person stays empty and the body is required.
 */
export function MembershipForm() {
  const translate = useTranslate();
  return (
    <RecordForm validate={(values) => membershipRules(values, translate('resources.memberships.fields.startDate'))}>
      <RefInput source="postId" reference="posts" optionText="label" searchable={false} required fullWidth />
      <RefInput source="personId" reference="people" fullWidth />
      <RefInput source="onBehalfOfId" reference="organizations" optionText={orgText} fullWidth />
      <TextInput source="title" validate={optionalText(500)} fullWidth />
      <PartialDateInput source="startDate" />
      <PartialDateInput source="endDate" />
      <PublicationInput />
      <SourceInputs />
    </RecordForm>
  );
}

export const MembershipCreate = () => (
  <RecordCreate>
    <MembershipForm />
  </RecordCreate>
);

export const MembershipEdit = () => (
  <RecordEdit>
    <MembershipForm />
  </RecordEdit>
);

import { PasswordInput, TextInput, email, minLength, required } from 'react-admin';
import { useIdentity } from '../common/identity';
import { EnumInput, RefInput, orgText } from '../common/inputs';
import { RecordCreate, RecordForm } from '../common/RecordForm';
import { requiredText } from '../common/validation';

/** A new staff account; the person changes the initial password after signing in. */
export default function StaffAccountCreate() {
  const identity = useIdentity();
  const institute = identity?.role === 'INSTITUTE_ADMIN';
  return (
    <RecordCreate>
      <RecordForm deletable={false}>
        <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" fullWidth />
        <TextInput source="displayName" validate={requiredText()} fullWidth />
        <PasswordInput source="password" validate={[required(), minLength(12, 'tablero.validation.password_length')]} autoComplete="new-password" />
        <EnumInput source="role" kind="StaffRole" only={institute ? ['AGENCY_EDITOR', 'CIVIL_SOCIETY_FOLLOWER', 'INSTITUTE_ADMIN'] : undefined} required />
        <RefInput source="organizationId" reference="organizations" optionText={orgText} fullWidth />
        <RefInput source="stateId" reference="states" defaultValue={institute ? identity?.state?.id : undefined} />
      </RecordForm>
    </RecordCreate>
  );
}

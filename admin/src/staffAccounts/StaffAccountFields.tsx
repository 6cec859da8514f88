import { TextInput, email, required } from 'react-admin';
import { useIdentity } from '../common/identity';
import { EnumInput, RefInput } from '../common/inputs';
import { requiredText } from '../common/validation';
import { orgText } from '../organizations/labels';

/** Roles an institute admin may give (api/src/modules/account/account.service.ts GRANTABLE); the platform admin any. */
const INSTITUTE_GRANTS = ['AGENCY_EDITOR', 'CIVIL_SOCIETY_FOLLOWER', 'INSTITUTE_ADMIN'];

/** Who the account is and what it may do: the same inputs for a new account and an edit. */
export function StaffAccountFields() {
  const identity = useIdentity();
  const institute = identity?.role === 'INSTITUTE_ADMIN';
  return (
    <>
      <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" fullWidth />
      <TextInput source="displayName" validate={requiredText()} fullWidth />
      <EnumInput source="role" kind="StaffRole" only={institute ? INSTITUTE_GRANTS : undefined} required />
      <RefInput source="organizationId" reference="organizations" optionText={orgText} fullWidth />
      <RefInput source="stateId" reference="states" defaultValue={institute ? identity?.state?.id : undefined} />
    </>
  );
}

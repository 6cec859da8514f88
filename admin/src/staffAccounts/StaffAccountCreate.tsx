import { FormDataConsumer, PasswordInput, RadioButtonGroupInput, minLength, required } from 'react-admin';
import { RecordCreate, RecordForm } from '../common/RecordForm';
import { rememberIssued } from './IssuedLinkPanel';
import { StaffAccountFields } from './StaffAccountFields';
import type { IssuedLinkFragment } from '../generated/graphql';

const choices = [
  { id: 'invite', name: 'tablero.staff.choice_invite' },
  { id: 'password', name: 'tablero.staff.choice_password' },
];

/** The account's page next, showing the invitation's link once when it is the admin's to pass on. */
const after = (record: { id: string; issuedLink?: IssuedLinkFragment }) => {
  if (record.issuedLink) rememberIssued(record.id, record.issuedLink);
  return `/staffAccounts/${record.id}/show`;
};

/** A new staff account: invited to set its own password (by e-mail or a link), or with an initial one. */
export default function StaffAccountCreate() {
  return (
    <RecordCreate after={after}>
      <RecordForm deletable={false}>
        <StaffAccountFields />
        <RadioButtonGroupInput source="passwordChoice" choices={choices} defaultValue="invite" row={false} />
        <FormDataConsumer<{ passwordChoice?: string }>>
          {({ formData }) =>
            formData.passwordChoice === 'password' ? (
              <PasswordInput
                source="password"
                validate={[required(), minLength(12, 'tablero.validation.password_length')]}
                autoComplete="new-password"
              />
            ) : null
          }
        </FormDataConsumer>
      </RecordForm>
    </RecordCreate>
  );
}

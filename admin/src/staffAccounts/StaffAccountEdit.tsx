import { RecordEdit, RecordForm } from '../common/RecordForm';
import { StaffAccountFields } from './StaffAccountFields';

/** Fixing an account (an e-mail typo, its name, role or scope): it keeps its password, sessions and history. */
export default function StaffAccountEdit() {
  return (
    <RecordEdit>
      <RecordForm deletable={false}>
        <StaffAccountFields />
      </RecordForm>
    </RecordEdit>
  );
}

import { NumberInput, TextInput } from 'react-admin';
import { EnumInput, PublicationInput, RefArrayInput, RefInput, SourceInputs } from '../common/inputs';
import { RecordCreate, RecordEdit, RecordForm, useLimitedFields } from '../common/RecordForm';
import { optionalText, position, requiredText } from '../common/validation';
import { agreementRules } from './rules';
import { orgText } from '../organizations/labels';

const afterAgreement = (record: { session?: { id: string } | null; event?: { id: string } | null }) =>
  record.session ? `/sessions/${record.session.id}/show` : record.event ? `/events/${record.event.id}/show` : undefined;

const sessionText = (s: Record<string, unknown>) =>
  `${String(s.type) === 'ORDINARY' ? 'Ordinaria' : 'Extraordinaria'} ${String(s.number)} · ${String(s.date)}`;

/**
 * An agreement of a session or of a meeting, with its follow-up. An agency named in it (and not
 * the one whose meeting took it) follows it up: status and note only, the rest read-only.
 */
export function AgreementForm() {
  const limited = useLimitedFields();
  const locked = (field: string) => !!limited && !limited.includes(field);
  return (
    <RecordForm validate={(values) => agreementRules(values)} deletable={!limited}>
      <RefInput
        source="sessionId"
        reference="sessions"
        optionText={sessionText}
        searchable={false}
        sort={{ field: 'date', order: 'ASC' }}
        readOnly={locked('sessionId')}
      />
      <RefInput
        source="eventId"
        reference="events"
        optionText="title"
        searchable={false}
        filter={{ kinds: ['WORKING_MEETING', 'SITE_VISIT', 'COMMITMENT_WORKING_TABLE'] }}
        readOnly={locked('eventId')}
        fullWidth
      />
      <NumberInput source="position" validate={position} readOnly={locked('position')} />
      <TextInput source="text" validate={requiredText(20000)} fullWidth multiline readOnly={locked('text')} />
      <RefArrayInput
        source="responsibleIds"
        reference="organizations"
        optionText={orgText}
        fullWidth
        readOnly={locked('responsibleIds')}
      />
      <EnumInput source="status" kind="AgreementStatus" />
      <TextInput source="statusNote" validate={optionalText()} fullWidth multiline />
      {limited ? null : <PublicationInput />}
      {limited ? null : <SourceInputs />}
    </RecordForm>
  );
}

export const AgreementCreate = () => (
  <RecordCreate after={afterAgreement}>
    <AgreementForm />
  </RecordCreate>
);

export const AgreementEdit = () => (
  <RecordEdit after={afterAgreement}>
    <AgreementForm />
  </RecordEdit>
);

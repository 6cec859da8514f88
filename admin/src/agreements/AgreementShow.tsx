import { NumberField } from 'react-admin';
import { OrgsField, StatusField } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import { TakenAtField } from './takenAt';

export default function AgreementShow() {
  return (
    <RecordShow>
      <TakenAtField source="takenAt" />
      <NumberField source="position" />
      <Paragraph source="text" />
      <OrgsField source="responsible" />
      <StatusField source="status" kind="AgreementStatus" />
      <Paragraph source="statusNote" />
    </RecordShow>
  );
}

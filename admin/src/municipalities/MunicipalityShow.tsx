import { TextField } from 'react-admin';
import { RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';

export default function MunicipalityShow() {
  return (
    <RecordShow sourced={false}>
      <TextField source="name" />
      <TextField source="cvegeo" />
      <TextField source="inegiKey" />
      <TextField source="timeZone" />
      <RelatedLink source="region" resource="regions" text={(r) => String(r.name)} />
      <RelatedLink source="state" resource="states" text={(s) => String(s.name)} />
    </RecordShow>
  );
}

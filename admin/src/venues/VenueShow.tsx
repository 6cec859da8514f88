import { TextField } from 'react-admin';
import { RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';

export default function VenueShow() {
  return (
    <RecordShow>
      <TextField source="name" />
      <RelatedLink
        source="municipality"
        resource="municipalities"
        text={(m) => `${String(m.name)} (${String(m.timeZone)})`}
      />
    </RecordShow>
  );
}

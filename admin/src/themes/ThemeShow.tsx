import { TextField } from 'react-admin';
import { RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';

export default function ThemeShow() {
  return (
    <RecordShow>
      <TextField source="name" />
      <RelatedLink source="exercise" resource="exercises" text={(e) => String(e.title)} />
    </RecordShow>
  );
}

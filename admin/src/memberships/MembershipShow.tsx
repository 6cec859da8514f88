import { TextField } from 'react-admin';
import { PartialDateField, RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';

export default function MembershipShow() {
  return (
    <RecordShow>
      <RelatedLink source="post" resource="posts" text={(p) => String(p.label)} />
      <RelatedLink source="person" resource="people" text={(p) => String(p.name)} />
      <TextField source="title" emptyText="—" />
      <RelatedLink source="onBehalfOf" resource="organizations" text={(o) => String(o.name)} />
      <PartialDateField source="startDate" emptyUnknown />
      <PartialDateField source="endDate" />
    </RecordShow>
  );
}

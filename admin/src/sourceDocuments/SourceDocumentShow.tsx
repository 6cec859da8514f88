import { TextField, UrlField } from 'react-admin';
import { PartialDateField, RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';

export default function SourceDocumentShow() {
  return (
    <RecordShow sourced={false}>
      <TextField source="key" />
      <TextField source="title" />
      <UrlField source="url" target="_blank" rel="noopener noreferrer" emptyText="—" />
      <PartialDateField source="publishedOn" />
      <RelatedLink source="publishedBy" resource="organizations" text={(o) => String(o.name)} />
    </RecordShow>
  );
}

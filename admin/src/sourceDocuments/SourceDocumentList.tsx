import { DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField } from '../common/fields';
import { RecordTable, ResourceList } from '../common/lists';
import type { SourceDocumentRowFragment } from '../generated/graphql';

const filters = [<SearchInput key="q" source="q" alwaysOn />];
const exporter = csvExporter<SourceDocumentRowFragment>('sourceDocuments', [
  { field: 'key', value: (r) => r.key },
  { field: 'title', value: (r) => r.title },
  { field: 'url', value: (r) => r.url },
  { field: 'publishedOn', value: (r, f) => f.date(r.publishedOn) },
]);

export default function SourceDocumentList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'key', order: 'ASC' }} exporter={exporter} createable={false}>
      <RecordTable>
        <DataTable.Col source="key" />
        <DataTable.Col source="title" />
        <DataTable.Col source="publishedOn" disableSort>
          <PartialDateField source="publishedOn" />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

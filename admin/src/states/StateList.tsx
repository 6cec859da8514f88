import { DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { RecordTable, ResourceList } from '../common/lists';
import type { StateRowFragment } from '../generated/graphql';

const filters = [<SearchInput key="q" source="q" alwaysOn />];
const exporter = csvExporter<StateRowFragment>('states', [
  { field: 'code', value: (r) => r.code },
  { field: 'inegiKey', value: (r) => r.inegiKey },
  { field: 'name', value: (r) => r.name },
  { field: 'ocdId', value: (r) => r.ocdId },
]);

export default function StateList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'inegiKey', order: 'ASC' }} exporter={exporter} createable={false}>
      <RecordTable>
        <DataTable.Col source="inegiKey" />
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
      </RecordTable>
    </ResourceList>
  );
}

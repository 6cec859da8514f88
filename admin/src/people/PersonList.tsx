import { DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { PersonRowFragment } from '../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="secretariatId" source="secretariatId" reference="secretariats" searchable={false} />,
];

const exporter = csvExporter<PersonRowFragment>('people', [
  { field: 'honorificPrefix', value: (r) => r.honorificPrefix },
  { field: 'name', value: (r) => r.name },
]);

export default function PersonList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="honorificPrefix" disableSort />
        <DataTable.Col source="name" />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

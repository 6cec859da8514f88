import { DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { VenueRowFragment } from '../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="municipalityId" source="municipalityId" reference="municipalities" alwaysOn />,
];
const exporter = csvExporter<VenueRowFragment>('venues', [
  { field: 'name', value: (r) => r.name },
  { field: 'municipality', value: (r) => r.municipality.cvegeo },
]);

export default function VenueList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="name" />
        <DataTable.Col
          source="municipality"
          disableSort
          render={(r: VenueRowFragment) => `${r.municipality.name} (${r.municipality.timeZone})`}
        />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

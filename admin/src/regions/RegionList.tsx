import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { RegionRowFragment } from '../generated/graphql';

const filters = [<RefInput key="stateId" source="stateId" reference="states" alwaysOn />];
const exporter = csvExporter<RegionRowFragment>('regions', [
  { field: 'name', value: (r) => r.name },
  { field: 'state', value: (r) => r.state.code },
  { field: 'seat', value: (r) => r.seat?.name },
]);

export default function RegionList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="name" />
        <DataTable.Col source="state" disableSort render={(r: RegionRowFragment) => r.state.name} />
        <DataTable.Col source="seat" disableSort render={(r: RegionRowFragment) => r.seat?.name} />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

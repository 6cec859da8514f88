import { DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { MunicipalityRowFragment } from '../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="stateId" source="stateId" reference="states" alwaysOn />,
];
const exporter = csvExporter<MunicipalityRowFragment>('municipalities', [
  { field: 'cvegeo', value: (r) => r.cvegeo },
  { field: 'name', value: (r) => r.name },
  { field: 'region', value: (r) => r.region?.name },
  { field: 'timeZone', value: (r) => r.timeZone },
]);

export default function MunicipalityList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'cvegeo', order: 'ASC' }} exporter={exporter} createable={false}>
      <RecordTable>
        <DataTable.Col source="cvegeo" />
        <DataTable.Col source="name" />
        <DataTable.Col source="region" disableSort render={(r: MunicipalityRowFragment) => r.region?.name} />
        <DataTable.Col source="timeZone" disableSort />
        <DataTable.Col source="state" disableSort render={(r: MunicipalityRowFragment) => r.state.code} />
      </RecordTable>
    </ResourceList>
  );
}

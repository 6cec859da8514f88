import { BooleanField, DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField, PublicationField } from '../common/fields';
import { EnumInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { PostRowFragment } from '../generated/graphql';

const filters = [
  <RefInput key="secretariatId" source="secretariatId" reference="secretariats" searchable={false} alwaysOn />,
  <EnumInput key="sector" source="sector" kind="Sector" alwaysOn />,
  <EnumInput key="role" source="role" kind="SeatRole" />,
  <RefInput key="regionId" source="regionId" reference="regions" searchable={false} />,
];

const exporter = csvExporter<PostRowFragment>('posts', [
  { field: 'label', value: (r) => r.label },
  { field: 'role', value: (r, f) => f.enumLabel('SeatRole', r.role) },
  { field: 'sector', value: (r, f) => f.enumLabel('Sector', r.sector) },
  { field: 'voting', value: (r) => r.voting },
  { field: 'region', value: (r) => r.region?.name },
  { field: 'secretariat', value: (r) => r.secretariat.name },
]);

export default function PostList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'role', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="label" />
        <DataTable.Col source="role">
          <EnumField source="role" kind="SeatRole" />
        </DataTable.Col>
        <DataTable.Col source="sector" disableSort>
          <EnumField source="sector" kind="Sector" />
        </DataTable.Col>
        <DataTable.Col source="voting" disableSort>
          <BooleanField source="voting" />
        </DataTable.Col>
        <DataTable.Col source="region" disableSort render={(r: PostRowFragment) => r.region?.name} />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

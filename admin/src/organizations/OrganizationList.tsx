import { DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField, PublicationField } from '../common/fields';
import { EnumArrayInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { OrganizationRowFragment } from '../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumArrayInput key="kinds" source="kinds" kind="OrganizationKind" alwaysOn />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
];

const exporter = csvExporter<OrganizationRowFragment>('organizations', [
  { field: 'slug', value: (r) => r.slug },
  { field: 'name', value: (r) => r.name },
  { field: 'abbreviation', value: (r) => r.abbreviation },
  { field: 'kind', value: (r, f) => f.enumLabel('OrganizationKind', r.kind) },
  { field: 'municipality', value: (r) => r.municipality?.name },
  { field: 'foundingDate', value: (r, f) => f.date(r.foundingDate) },
  { field: 'dissolutionDate', value: (r, f) => f.date(r.dissolutionDate) },
]);

export default function OrganizationList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="name" />
        <DataTable.Col source="abbreviation" disableSort />
        <DataTable.Col source="kind">
          <EnumField source="kind" kind="OrganizationKind" />
        </DataTable.Col>
        <DataTable.Col
          source="municipality"
          disableSort
          render={(r: OrganizationRowFragment) => r.municipality?.name}
        />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

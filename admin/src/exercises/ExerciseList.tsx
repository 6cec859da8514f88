import { BooleanField, BooleanInput, DataTable, SearchInput } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { ExerciseRowFragment } from '../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="stateId" source="stateId" reference="states" />,
  <BooleanInput key="isDemo" source="isDemo" />,
];

const exporter = csvExporter<ExerciseRowFragment>('exercises', [
  { field: 'slug', value: (r) => r.slug },
  { field: 'title', value: (r) => r.title },
  { field: 'state', value: (r) => r.state.code },
  { field: 'startDate', value: (r, f) => f.date(r.startDate) },
  { field: 'endDate', value: (r, f) => f.date(r.endDate) },
  { field: 'isDemo', value: (r) => r.isDemo },
]);

export default function ExerciseList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'startDate', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="title" />
        <DataTable.Col
          source="state"
          disableSort
          render={(r: ExerciseRowFragment) => `${r.state.name} (${r.state.code})`}
        />
        <DataTable.Col source="startDate">
          <PartialDateField source="startDate" />
        </DataTable.Col>
        <DataTable.Col source="endDate" disableSort>
          <PartialDateField source="endDate" />
        </DataTable.Col>
        <DataTable.Col source="isDemo" disableSort>
          <BooleanField source="isDemo" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { ThemeRowFragment } from '../generated/graphql';

const filters = [<RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" alwaysOn />];
const exporter = csvExporter<ThemeRowFragment>('themes', [
  { field: 'name', value: (r) => r.name },
  { field: 'exercise', value: (r) => r.exercise.title },
]);

export default function ThemeList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="name" />
        <DataTable.Col source="exercise" disableSort render={(r: ThemeRowFragment) => r.exercise.title} />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

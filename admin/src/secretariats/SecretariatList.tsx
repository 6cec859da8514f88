import { DataTable, NumberField } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { SecretariatRowFragment } from '../generated/graphql';

const filters = [<RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" alwaysOn />];

const exporter = csvExporter<SecretariatRowFragment>('secretariats', [
  { field: 'name', value: (r) => r.name },
  { field: 'abbreviation', value: (r) => r.abbreviation },
  { field: 'exercise', value: (r) => r.exercise.title },
  { field: 'installedOn', value: (r, f) => f.date(r.installedOn) },
  { field: 'nationalOrder', value: (r) => r.nationalOrder },
]);

export default function SecretariatList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'installedOn', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="name" />
        <DataTable.Col source="abbreviation" disableSort />
        <DataTable.Col source="exercise" disableSort render={(r: SecretariatRowFragment) => r.exercise.title} />
        <DataTable.Col source="installedOn">
          <PartialDateField source="installedOn" />
        </DataTable.Col>
        <DataTable.Col source="nationalOrder" disableSort>
          <NumberField source="nationalOrder" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

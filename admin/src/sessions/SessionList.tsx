import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField, PartialDateField, PublicationField } from '../common/fields';
import { EnumInput, PartialDateInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { SessionRowFragment } from '../generated/graphql';

const filters = [
  <EnumInput key="type" source="type" kind="SessionType" alwaysOn />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" alwaysOn />,
  <PartialDateInput key="dateFrom" source="dateFrom" helperText={false} />,
  <PartialDateInput key="dateTo" source="dateTo" helperText={false} />,
  <RefInput key="municipalityId" source="municipalityId" reference="municipalities" />,
  <RefInput key="regionId" source="regionId" reference="regions" searchable={false} />,
];

const exporter = csvExporter<SessionRowFragment>('sessions', [
  { field: 'type', value: (r, f) => f.enumLabel('SessionType', r.type) },
  { field: 'number', value: (r) => r.number },
  { field: 'date', value: (r, f) => f.date(r.date) },
  { field: 'municipality', value: (r) => r.municipality?.name },
  { field: 'secretariat', value: (r) => r.secretariat.name },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function SessionList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'date', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="date">
          <PartialDateField source="date" />
        </DataTable.Col>
        <DataTable.Col source="type" disableSort>
          <EnumField source="type" kind="SessionType" />
        </DataTable.Col>
        <DataTable.Col source="number" />
        <DataTable.Col source="municipality" disableSort render={(r: SessionRowFragment) => r.municipality?.name} />
        <DataTable.Col source="secretariat" disableSort render={(r: SessionRowFragment) => r.secretariat.name} />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

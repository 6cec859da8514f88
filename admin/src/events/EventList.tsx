import { BooleanInput, DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField, PartialDateField, PublicationField, useFormatters } from '../common/fields';
import { EnumArrayInput, PartialDateInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { EventRowFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

const filters = [
  <EnumArrayInput key="kinds" source="kinds" kind="EventKind" alwaysOn />,
  <RefInput key="commitmentId" source="commitmentId" reference="commitments" optionText={commitmentLabel} alwaysOn />,
  <PartialDateInput key="dateFrom" source="dateFrom" helperText={false} />,
  <PartialDateInput key="dateTo" source="dateTo" helperText={false} />,
  <RefInput key="municipalityId" source="municipalityId" reference="municipalities" />,
  <RefInput key="regionId" source="regionId" reference="regions" searchable={false} />,
  <RefInput key="organizationId" source="organizationId" reference="organizations" optionText={orgText} />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
  <BooleanInput key="topLevel" source="topLevel" />,
];

const exporter = csvExporter<EventRowFragment>('events', [
  { field: 'startDate', value: (r, f) => f.date(r.startDate) },
  { field: 'endDate', value: (r, f) => f.date(r.endDate) },
  { field: 'kind', value: (r, f) => f.enumLabel('EventKind', r.kind) },
  { field: 'title', value: (r) => r.title },
  { field: 'municipality', value: (r) => r.municipality?.name },
  { field: 'attendeeCount', value: (r) => r.attendeeCount },
  { field: 'attendeeCountQualifier', value: (r, f) => f.enumLabel('CountQualifier', r.attendeeCountQualifier) },
  { field: 'commitments', value: (r) => r.commitments.map((c) => c.number ?? c.title).join('; ') },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function EventList() {
  const { count } = useFormatters();
  return (
    <ResourceList filters={filters} sort={{ field: 'startDate', order: 'DESC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="startDate">
          <PartialDateField source="startDate" />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumField source="kind" kind="EventKind" />
        </DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="municipality" disableSort render={(r: EventRowFragment) => r.municipality?.name} />
        <DataTable.Col
          source="attendance"
          disableSort
          render={(r: EventRowFragment) =>
            r.attendeeCount != null ? count(r.attendeeCount, r.attendeeCountQualifier) : ''
          }
        />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

import { DataTable, NumberField } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField, RelatedLink, StatusField } from '../common/fields';
import { EnumArrayInput, PartialDateInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { MilestoneRowFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';

const filters = [
  <RefInput key="commitmentId" source="commitmentId" reference="commitments" optionText={commitmentLabel} alwaysOn />,
  <EnumArrayInput key="statuses" source="statuses" kind="MilestoneStatus" alwaysOn />,
  <PartialDateInput key="dueFrom" source="dueFrom" helperText={false} />,
  <PartialDateInput key="dueTo" source="dueTo" helperText={false} />,
];

const exporter = csvExporter<MilestoneRowFragment>('milestones', [
  { field: 'commitment', value: (r) => r.commitment.number ?? r.commitment.title },
  { field: 'position', value: (r) => r.position },
  { field: 'title', value: (r) => r.title },
  { field: 'status', value: (r, f) => f.enumLabel('MilestoneStatus', r.status) },
  { field: 'weight', value: (r) => r.weight },
  { field: 'startDate', value: (r, f) => f.date(r.startDate) },
  { field: 'dueDate', value: (r, f) => f.date(r.dueDate) },
  { field: 'completedOn', value: (r, f) => f.date(r.completedOn) },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function MilestoneList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'dueDate', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="commitment" disableSort>
          <RelatedLink source="commitment" resource="commitments" text={commitmentLabel} />
        </DataTable.Col>
        <DataTable.Col source="position" />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="status">
          <StatusField source="status" kind="MilestoneStatus" />
        </DataTable.Col>
        <DataTable.Col source="dueDate">
          <PartialDateField source="dueDate" />
        </DataTable.Col>
        <DataTable.Col source="completedOn" disableSort>
          <PartialDateField source="completedOn" />
        </DataTable.Col>
        <DataTable.Col source="weight" disableSort>
          <NumberField source="weight" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

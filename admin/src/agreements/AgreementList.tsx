import { DataTable } from 'react-admin';
import { csvExporter, names } from '../common/exporter';
import { OrgsField, PublicationField, StatusField } from '../common/fields';
import { EnumArrayInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { AgreementRowFragment } from '../generated/graphql';
import { TakenAtField } from './takenAt';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

const filters = [
  <EnumArrayInput key="statuses" source="statuses" kind="AgreementStatus" alwaysOn />,
  <RefInput key="responsibleId" source="responsibleId" reference="organizations" optionText={orgText} alwaysOn />,
  <RefInput
    key="sessionId"
    source="sessionId"
    reference="sessions"
    optionText={(s) => `${String(s.type) === 'ORDINARY' ? 'O' : 'E'}${String(s.number)} · ${String(s.date)}`}
    searchable={false}
  />,
  <RefInput key="commitmentId" source="commitmentId" reference="commitments" optionText={commitmentLabel} />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
];

const exporter = csvExporter<AgreementRowFragment>('agreements', [
  {
    field: 'takenAt',
    value: (r, f) =>
      r.session
        ? `${f.enumLabel('SessionType', r.session.type)} ${r.session.number} (${f.date(r.session.date)})`
        : r.event?.title,
  },
  { field: 'position', value: (r) => r.position },
  { field: 'text', value: (r) => r.text },
  { field: 'responsible', value: (r) => names(r.responsible) },
  { field: 'status', value: (r, f) => f.enumLabel('AgreementStatus', r.status) },
  { field: 'statusNote', value: (r) => r.statusNote },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function AgreementList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'position', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="takenAt" disableSort>
          <TakenAtField />
        </DataTable.Col>
        <DataTable.Col source="position" />
        <DataTable.Col source="text" disableSort />
        <DataTable.Col source="responsible" disableSort>
          <OrgsField source="responsible" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusField source="status" kind="AgreementStatus" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

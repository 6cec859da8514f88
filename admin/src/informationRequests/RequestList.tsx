import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField, RelatedLink, StatusField } from '../common/fields';
import { EnumArrayInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { InformationRequestRowFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

const filters = [
  <RefInput key="commitmentId" source="commitmentId" reference="commitments" optionText={commitmentLabel} alwaysOn />,
  <EnumArrayInput key="responses" source="responses" kind="RequestResponse" alwaysOn />,
  <RefInput key="recipientId" source="recipientId" reference="organizations" optionText={orgText} />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
];

const exporter = csvExporter<InformationRequestRowFragment>('informationRequests', [
  { field: 'commitment', value: (r) => r.commitment.number ?? r.commitment.title },
  { field: 'requestedOn', value: (r, f) => f.date(r.requestedOn) },
  { field: 'subject', value: (r) => r.subject },
  { field: 'recipient', value: (r) => r.recipient?.name ?? r.recipientDescription },
  { field: 'recipientCount', value: (r) => r.recipientCount },
  { field: 'respondedCount', value: (r) => r.respondedCount },
  { field: 'response', value: (r, f) => f.enumLabel('RequestResponse', r.response) },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function RequestList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'requestedOn', order: 'DESC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="requestedOn">
          <PartialDateField source="requestedOn" />
        </DataTable.Col>
        <DataTable.Col source="subject" />
        <DataTable.Col source="commitment" disableSort>
          <RelatedLink source="commitment" resource="commitments" text={commitmentLabel} />
        </DataTable.Col>
        <DataTable.Col
          source="recipient"
          disableSort
          render={(r: InformationRequestRowFragment) =>
            r.recipient?.abbreviation || r.recipient?.name || r.recipientDescription
          }
        />
        <DataTable.Col source="response" disableSort>
          <StatusField source="response" kind="RequestResponse" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

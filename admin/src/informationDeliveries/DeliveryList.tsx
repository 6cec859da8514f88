import { BooleanInput, DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField, RelatedLink } from '../common/fields';
import { PartialDateInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { InformationDeliveryRowFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';
import { DeliveryPagesField } from './fields';

const filters = [
  <RefInput key="commitmentId" source="commitmentId" reference="commitments" optionText={commitmentLabel} alwaysOn />,
  <RefInput key="deliveredById" source="deliveredById" reference="organizations" optionText={orgText} />,
  <BooleanInput key="hasPageCount" source="hasPageCount" />,
  <PartialDateInput key="dateFrom" source="dateFrom" helperText={false} />,
  <PartialDateInput key="dateTo" source="dateTo" helperText={false} />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
];

const exporter = csvExporter<InformationDeliveryRowFragment>('informationDeliveries', [
  { field: 'commitment', value: (r) => r.commitment.number ?? r.commitment.title },
  { field: 'deliveredOn', value: (r, f) => f.date(r.deliveredOn) },
  { field: 'description', value: (r) => r.description },
  { field: 'deliveredBy', value: (r) => r.deliveredBy?.name ?? r.deliveredByDescription },
  { field: 'pages', value: (r) => r.pages },
  { field: 'pagesQualifier', value: (r, f) => f.enumLabel('CountQualifier', r.pagesQualifier) },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function DeliveryList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'deliveredOn', order: 'DESC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="deliveredOn">
          <PartialDateField source="deliveredOn" />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="commitment" disableSort>
          <RelatedLink source="commitment" resource="commitments" text={commitmentLabel} />
        </DataTable.Col>
        <DataTable.Col
          source="deliveredBy"
          disableSort
          render={(r: InformationDeliveryRowFragment) =>
            r.deliveredBy?.abbreviation || r.deliveredBy?.name || r.deliveredByDescription
          }
        />
        <DataTable.Col source="pages" align="right">
          <DeliveryPagesField />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

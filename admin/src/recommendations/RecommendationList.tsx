import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField, PublicationField } from '../common/fields';
import { EnumArrayInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { RecommendationRowFragment } from '../generated/graphql';

const filters = [
  <EnumArrayInput key="kinds" source="kinds" kind="RecommendationKind" alwaysOn />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
  <RefInput key="evaluationId" source="evaluationId" reference="evaluations" optionText="title" searchable={false} />,
];

const exporter = csvExporter<RecommendationRowFragment>('recommendations', [
  { field: 'kind', value: (r, f) => f.enumLabel('RecommendationKind', r.kind) },
  { field: 'position', value: (r) => r.position },
  { field: 'text', value: (r) => r.text },
  { field: 'issuedBy', value: (r) => r.issuedBy?.name },
  { field: 'issuedOn', value: (r, f) => f.date(r.issuedOn) },
]);

export default function RecommendationList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'kind', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="kind">
          <EnumField source="kind" kind="RecommendationKind" />
        </DataTable.Col>
        <DataTable.Col source="position" />
        <DataTable.Col source="text" disableSort />
        <DataTable.Col
          source="issuedBy"
          disableSort
          render={(r: RecommendationRowFragment) => r.issuedBy?.abbreviation || r.issuedBy?.name}
        />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

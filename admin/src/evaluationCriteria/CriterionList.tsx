import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField, PublicationField } from '../common/fields';
import { EnumInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { EvaluationCriterionRowFragment } from '../generated/graphql';

const filters = [
  <RefInput
    key="evaluationId"
    source="evaluationId"
    reference="evaluations"
    optionText="title"
    searchable={false}
    alwaysOn
  />,
  <EnumInput key="dimension" source="dimension" kind="CriterionDimension" alwaysOn />,
];

const exporter = csvExporter<EvaluationCriterionRowFragment>('evaluationCriteria', [
  { field: 'evaluation', value: (r) => r.evaluation.title },
  { field: 'position', value: (r) => r.position },
  { field: 'code', value: (r) => r.code },
  { field: 'dimension', value: (r, f) => f.enumLabel('CriterionDimension', r.dimension) },
  { field: 'label', value: (r) => r.label },
]);

export default function CriterionList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'position', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="position" />
        <DataTable.Col source="code" />
        <DataTable.Col source="dimension" disableSort>
          <EnumField source="dimension" kind="CriterionDimension" />
        </DataTable.Col>
        <DataTable.Col source="label" disableSort />
        <DataTable.Col
          source="evaluation"
          disableSort
          render={(r: EvaluationCriterionRowFragment) => r.evaluation.title}
        />
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

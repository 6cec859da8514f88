import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { EvaluationRowFragment } from '../generated/graphql';
import { orgText } from '../organizations/labels';

const filters = [
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" alwaysOn />,
  <RefInput key="planId" source="planId" reference="actionPlans" optionText="title" searchable={false} />,
  <RefInput key="evaluatorId" source="evaluatorId" reference="organizations" optionText={orgText} />,
];

const exporter = csvExporter<EvaluationRowFragment>('evaluations', [
  { field: 'title', value: (r) => r.title },
  { field: 'plan', value: (r) => r.plan.title },
  { field: 'evaluator', value: (r) => r.evaluator.name },
  { field: 'presentedOn', value: (r, f) => f.date(r.presentedOn) },
]);

export default function EvaluationList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'presentedOn', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="plan" disableSort render={(r: EvaluationRowFragment) => r.plan.title} />
        <DataTable.Col
          source="evaluator"
          disableSort
          render={(r: EvaluationRowFragment) => r.evaluator.abbreviation || r.evaluator.name}
        />
        <DataTable.Col source="presentedOn">
          <PartialDateField source="presentedOn" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

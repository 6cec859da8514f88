import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PagesField, PartialDateField, PublicationField } from '../common/fields';
import { RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { ActionPlanRowFragment } from '../generated/graphql';

const filters = [<RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" alwaysOn />];

const exporter = csvExporter<ActionPlanRowFragment>('actionPlans', [
  { field: 'title', value: (r) => r.title },
  { field: 'exercise', value: (r) => r.exercise.title },
  { field: 'startYear', value: (r) => r.startYear },
  { field: 'endYear', value: (r) => r.endYear },
  { field: 'publishedOn', value: (r, f) => f.date(r.publishedOn) },
  { field: 'pagesDelivered', value: (r) => r.pagesDelivered.pages },
  // "Más de" beside the number: a lower bound stays one in the spreadsheet; no count known, no qualifier.
  {
    field: 'pagesDelivered',
    header: 'resources.informationDeliveries.fields.pagesQualifier',
    value: (r, f) =>
      r.pagesDelivered.qualifier === 'UNKNOWN' ? null : f.enumLabel('CountQualifier', r.pagesDelivered.qualifier),
  },
]);

export default function PlanList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'startYear', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="title" />
        <DataTable.Col source="exercise" disableSort render={(r: ActionPlanRowFragment) => r.exercise.title} />
        <DataTable.Col
          source="startYear"
          render={(r: ActionPlanRowFragment) => [r.startYear, r.endYear].filter(Boolean).join('–')}
        />
        <DataTable.Col source="publishedOn" disableSort>
          <PartialDateField source="publishedOn" />
        </DataTable.Col>
        <DataTable.Col source="pagesDelivered" disableSort>
          <PagesField />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

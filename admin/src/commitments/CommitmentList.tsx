import { BooleanInput, DataTable, SearchInput } from 'react-admin';
import { csvExporter, names } from '../common/exporter';
import { OrgsField, PagesField, PublicationField } from '../common/fields';
import { EnumInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { CommitmentRowFragment } from '../generated/graphql';
import { orgText } from '../organizations/labels';
import { ProgressField } from './progress';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="exerciseId" source="exerciseId" reference="exercises" optionText="title" />,
  <RefInput key="planId" source="planId" reference="actionPlans" optionText="title" searchable={false} />,
  <RefInput key="organizationId" source="organizationId" reference="organizations" optionText={orgText} />,
  <EnumInput key="organizationRole" source="organizationRole" kind="CommitmentOrganizationRole" />,
  <RefInput key="themeId" source="themeId" reference="themes" searchable={false} />,
  <BooleanInput key="isProactive" source="isProactive" />,
];

const exporter = csvExporter<CommitmentRowFragment>('commitments', [
  { field: 'number', value: (r) => r.number },
  { field: 'title', value: (r) => r.title },
  { field: 'responsibleAgencies', value: (r) => names(r.responsibleAgencies) },
  { field: 'followers', value: (r) => names(r.followers) },
  { field: 'progress', value: (r) => r.progress.percent },
  { field: 'pagesDelivered', value: (r) => r.pagesDelivered.pages },
  // "Más de" beside the number: a lower bound stays one in the spreadsheet; no count known, no qualifier.
  {
    field: 'pagesDelivered',
    header: 'resources.informationDeliveries.fields.pagesQualifier',
    value: (r, f) =>
      r.pagesDelivered.qualifier === 'UNKNOWN' ? null : f.enumLabel('CountQualifier', r.pagesDelivered.qualifier),
  },
  { field: 'publication', value: (r, f) => f.enumLabel('Publication', r.publication) },
]);

export default function CommitmentList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'number', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="number" />
        <DataTable.Col source="title" />
        <DataTable.Col source="responsibleAgencies" disableSort>
          <OrgsField source="responsibleAgencies" />
        </DataTable.Col>
        <DataTable.Col source="followers" disableSort>
          <OrgsField source="followers" />
        </DataTable.Col>
        <DataTable.Col source="progress" disableSort>
          <ProgressField />
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

import { DataTable } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { PartialDateField, PublicationField, RelatedLink } from '../common/fields';
import { PartialDateInput, RefInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { MembershipRowFragment } from '../generated/graphql';
import { orgText } from '../organizations/labels';

const filters = [
  <RefInput key="secretariatId" source="secretariatId" reference="secretariats" searchable={false} alwaysOn />,
  <PartialDateInput key="heldOn" source="heldOn" helperText={false} alwaysOn />,
  <RefInput key="postId" source="postId" reference="posts" optionText="label" searchable={false} />,
  <RefInput key="personId" source="personId" reference="people" />,
  <RefInput key="onBehalfOfId" source="onBehalfOfId" reference="organizations" optionText={orgText} />,
];

const exporter = csvExporter<MembershipRowFragment>('memberships', [
  { field: 'post', value: (r) => r.post.label },
  { field: 'person', value: (r) => r.person?.name },
  { field: 'title', value: (r) => r.title },
  { field: 'onBehalfOf', value: (r) => r.onBehalfOf?.name },
  { field: 'startDate', value: (r, f) => f.date(r.startDate) },
  { field: 'endDate', value: (r, f) => f.date(r.endDate) },
]);

export default function MembershipList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'startDate', order: 'ASC' }} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="post" disableSort render={(r: MembershipRowFragment) => r.post.label} />
        <DataTable.Col source="person" disableSort>
          <RelatedLink source="person" resource="people" text={(p) => String(p.name)} />
        </DataTable.Col>
        <DataTable.Col
          source="onBehalfOf"
          disableSort
          render={(r: MembershipRowFragment) => r.onBehalfOf?.abbreviation || r.onBehalfOf?.name}
        />
        <DataTable.Col source="startDate">
          <PartialDateField source="startDate" emptyUnknown />
        </DataTable.Col>
        <DataTable.Col source="endDate" disableSort>
          <PartialDateField source="endDate" />
        </DataTable.Col>
        <DataTable.Col source="publication" disableSort>
          <PublicationField />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

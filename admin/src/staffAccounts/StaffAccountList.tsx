import { DataTable, DateField, SearchInput, useLocaleState } from 'react-admin';
import { csvExporter } from '../common/exporter';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { RecordTable, ResourceList } from '../common/lists';
import type { StaffAccountRowFragment } from '../generated/graphql';
import { intlLocale } from '../providers/i18nProvider';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" kind="StaffRole" alwaysOn />,
];
const exporter = csvExporter<StaffAccountRowFragment>('staffAccounts', [
  { field: 'email', value: (r) => r.email },
  { field: 'displayName', value: (r) => r.displayName },
  { field: 'role', value: (r, f) => f.enumLabel('StaffRole', r.role) },
  { field: 'organization', value: (r) => r.organization?.name },
  { field: 'state', value: (r) => r.state?.code },
  { field: 'disabledAt', value: (r) => r.disabledAt },
]);

export default function StaffAccountList() {
  const [locale] = useLocaleState();
  return (
    <ResourceList filters={filters} exporter={exporter}>
      <RecordTable>
        <DataTable.Col source="displayName" disableSort />
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="role" disableSort>
          <EnumField source="role" kind="StaffRole" />
        </DataTable.Col>
        <DataTable.Col
          source="organization"
          disableSort
          render={(r: StaffAccountRowFragment) => r.organization?.abbreviation || r.organization?.name}
        />
        <DataTable.Col source="disabledAt" disableSort>
          <DateField source="disabledAt" locales={intlLocale(locale)} emptyText="—" />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}

import { Typography } from '@mui/material';
import { Link, TextField, useRecordContext } from 'react-admin';
import { EnumField, PagesField, PartialDateField, RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';
import type { OrganizationRecordFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';

function CommitmentLinks({ source }: { source: 'responsibleFor' | 'follows' }) {
  const record = useRecordContext<OrganizationRecordFragment>();
  const list = record?.[source] ?? [];
  if (!list.length) return null;
  return (
    <ul>
      {list.map((c) => (
        <li key={c.id}>
          <Typography variant="body2">
            <Link to={`/commitments/${c.id}/show`}>{commitmentLabel(c)}</Link>
          </Typography>
        </li>
      ))}
    </ul>
  );
}

export default function OrganizationShow() {
  return (
    <RecordShow>
      <TextField source="name" />
      <TextField source="abbreviation" emptyText="—" />
      <TextField source="slug" />
      <EnumField source="kind" kind="OrganizationKind" />
      <RelatedLink source="parent" resource="organizations" text={(o) => String(o.name)} />
      <RelatedLink source="municipality" resource="municipalities" text={(m) => String(m.name)} />
      <PartialDateField source="foundingDate" />
      <PartialDateField source="dissolutionDate" />
      <PagesField source="pagesDelivered" />
      <CommitmentLinks source="responsibleFor" />
      <CommitmentLinks source="follows" />
    </RecordShow>
  );
}

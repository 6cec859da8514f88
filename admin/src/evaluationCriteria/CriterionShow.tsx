import { NumberField, TextField } from 'react-admin';
import { EnumField, RelatedLink } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';

export default function CriterionShow() {
  return (
    <RecordShow>
      <RelatedLink source="evaluation" resource="evaluations" text={(e) => String(e.title)} />
      <TextField source="code" />
      <EnumField source="dimension" kind="CriterionDimension" />
      <NumberField source="position" />
      <TextField source="label" />
      <Paragraph source="question" />
    </RecordShow>
  );
}

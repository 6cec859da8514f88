import { NumberField } from 'react-admin';
import { EnumField, PartialDateField, RelatedLink } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';

export default function RecommendationShow() {
  return (
    <RecordShow>
      <EnumField source="kind" kind="RecommendationKind" />
      <NumberField source="position" />
      <Paragraph source="text" />
      <RelatedLink source="exercise" resource="exercises" text={(e) => String(e.title)} />
      <RelatedLink source="evaluation" resource="evaluations" text={(e) => String(e.title)} />
      <RelatedLink source="issuedBy" resource="organizations" text={(o) => String(o.name)} />
      <RelatedLink source="issuedByPerson" resource="people" text={(p) => String(p.name)} />
      <PartialDateField source="issuedOn" />
    </RecordShow>
  );
}

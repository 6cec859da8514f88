import { NumberField, TextField, UrlField } from 'react-admin';
import { PartialDateField, RelatedLink, StatusField } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { commitmentLabel } from '../commitments/labels';

export default function MilestoneShow() {
  return (
    <RecordShow>
      <RelatedLink source="commitment" resource="commitments" text={commitmentLabel} />
      <NumberField source="position" />
      <TextField source="title" />
      <Paragraph source="description" />
      <StatusField source="status" kind="MilestoneStatus" />
      <NumberField source="weight" />
      <PartialDateField source="startDate" />
      <PartialDateField source="dueDate" />
      <PartialDateField source="completedOn" />
      <UrlField source="evidenceUrl" target="_blank" rel="noopener noreferrer" emptyText="—" />
      <Paragraph source="evidenceDescription" />
      <DocumentsPanel parent="milestoneId" kind="EVIDENCE" />
    </RecordShow>
  );
}

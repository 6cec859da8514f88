import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  ACTA = 'ACTA',
  EVIDENCE = 'EVIDENCE',
  OFICIO = 'OFICIO',
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What a document is.',
  valuesConfig: {
    ACTA: { description: 'Minutes (acta) of a session or meeting.' },
    EVIDENCE: { description: 'Evidence that a milestone or delivery took place.' },
    OFICIO: { description: 'An official letter (oficio).' },
    REPORT: { description: 'A report, such as the closing report of an exercise.' },
    OTHER: { description: 'Any other document.' },
  },
});

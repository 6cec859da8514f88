import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  GUARANTOR_BODY = 'GUARANTOR_BODY',
  NATIONAL_GUARANTOR_BODY = 'NATIONAL_GUARANTOR_BODY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  FEDERAL_AGENCY = 'FEDERAL_AGENCY',
  STATE_AGENCY = 'STATE_AGENCY',
  MUNICIPAL_AGENCY = 'MUNICIPAL_AGENCY',
  LEGISLATURE = 'LEGISLATURE',
  JUDICIARY = 'JUDICIARY',
  AUTONOMOUS_BODY = 'AUTONOMOUS_BODY',
  WATER_OPERATOR = 'WATER_OPERATOR',
  CIVIL_SOCIETY_ORGANIZATION = 'CIVIL_SOCIETY_ORGANIZATION',
  UNIVERSITY = 'UNIVERSITY',
  CHAMBER = 'CHAMBER',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  PRIVATE_COMPANY = 'PRIVATE_COMPANY',
  COLLEGIATE_BODY = 'COLLEGIATE_BODY',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organisation is.',
  valuesConfig: {
    GUARANTOR_BODY: { description: "A state's transparency guarantor body (órgano garante), e.g. ICAI." },
    NATIONAL_GUARANTOR_BODY: {
      description: 'The national transparency guarantor and evaluator of the exercises (INAI until 2025).',
    },
    LOCAL_AUTHORITY: {
      description: "The state government's body that represents the local authority in the Secretariat.",
    },
    FEDERAL_AGENCY: { description: 'A federal public agency (dependencia federal), e.g. CONAGUA.' },
    STATE_AGENCY: { description: 'A state public agency (dependencia estatal), e.g. the state finance ministry.' },
    MUNICIPAL_AGENCY: { description: 'A municipal government (ayuntamiento) or one of its agencies.' },
    LEGISLATURE: { description: 'A legislative body, e.g. the state congress.' },
    JUDICIARY: { description: 'A judicial body.' },
    AUTONOMOUS_BODY: { description: 'A constitutionally autonomous public body, e.g. a state audit office.' },
    WATER_OPERATOR: { description: 'A municipal water and sanitation operator (organismo operador de agua, SIMAS).' },
    CIVIL_SOCIETY_ORGANIZATION: {
      description: 'A civil-society organisation (OSC, asociación civil, union or movement).',
    },
    UNIVERSITY: { description: 'A university or school.' },
    CHAMBER: { description: 'A chamber of commerce or business organisation.' },
    INTERNATIONAL_ORGANIZATION: { description: 'An international organisation, e.g. Global Integrity.' },
    PRIVATE_COMPANY: { description: 'A private company, e.g. a water concessionaire.' },
    COLLEGIATE_BODY: { description: 'A collegiate body made up of other organisations, e.g. a Technical Secretariat.' },
  },
});

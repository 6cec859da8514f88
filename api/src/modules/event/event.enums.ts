import { registerEnumType } from 'type-graphql';

export enum EventKind {
  JOINT_DECLARATION = 'JOINT_DECLARATION',
  SENSITIZATION_TALK = 'SENSITIZATION_TALK',
  LIAISON_CALL = 'LIAISON_CALL',
  LIAISON_ELECTION = 'LIAISON_ELECTION',
  SECRETARIAT_INSTALLATION = 'SECRETARIAT_INSTALLATION',
  REGIONAL_WORKING_TABLE = 'REGIONAL_WORKING_TABLE',
  LIAISON_MEETING = 'LIAISON_MEETING',
  PRESS_CONFERENCE = 'PRESS_CONFERENCE',
  WORKSHOP = 'WORKSHOP',
  PLAN_PRESENTATION = 'PLAN_PRESENTATION',
  PLAN_PUBLICATION = 'PLAN_PUBLICATION',
  SENSITIZATION_MEETING = 'SENSITIZATION_MEETING',
  COMMITMENT_WORKING_TABLE = 'COMMITMENT_WORKING_TABLE',
  WORKING_MEETING = 'WORKING_MEETING',
  SITE_VISIT = 'SITE_VISIT',
  COLLABORATION_AGREEMENT = 'COLLABORATION_AGREEMENT',
}

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event of an exercise this is (sessions of the Secretariat are their own type).',
  valuesConfig: {
    JOINT_DECLARATION: {
      description: 'Signing of the joint declaration that opens the exercise (declaratoria conjunta).',
    },
    SENSITIZATION_TALK: { description: 'Outreach talk for civil society and the public (plática de sensibilización).' },
    LIAISON_CALL: { description: 'Public call for the election of regional liaisons (convocatoria).' },
    LIAISON_ELECTION: { description: 'Meeting where civil society elects its regional liaison and alternate.' },
    SECRETARIAT_INSTALLATION: { description: 'Formal installation of the Technical Secretariat.' },
    REGIONAL_WORKING_TABLE: {
      description: 'Regional working table collecting problems by theme (mesa de trabajo regional).',
    },
    LIAISON_MEETING: { description: "Meeting among civil society's regional liaisons." },
    PRESS_CONFERENCE: { description: 'Press conference (rueda de prensa).' },
    WORKSHOP: { description: 'Training workshop (taller), given by one or more organisations.' },
    PLAN_PRESENTATION: { description: 'Public presentation and signing of the Local Action Plan.' },
    PLAN_PUBLICATION: { description: "Publication of the Local Action Plan in the state's official gazette." },
    SENSITIZATION_MEETING: {
      description:
        'Meeting that presents the plan to the public servants responsible for it (reunión de sensibilización).',
    },
    COMMITMENT_WORKING_TABLE: {
      description: 'Working table per commitment with civil society and the responsible agencies.',
    },
    WORKING_MEETING: { description: 'Working meeting (reunión de trabajo) on one or more commitments.' },
    SITE_VISIT: { description: 'Visit to a site or facility (visita en sitio).' },
    COLLABORATION_AGREEMENT: { description: 'Signing of a collaboration agreement (convenio) between bodies.' },
  },
});

export enum EventOrganizationRole {
  ORGANIZER = 'ORGANIZER',
  INSTRUCTOR = 'INSTRUCTOR',
  PARTICIPANT = 'PARTICIPANT',
  HOST = 'HOST',
}

registerEnumType(EventOrganizationRole, {
  name: 'EventOrganizationRole',
  description: 'The part an organisation played in an event.',
  valuesConfig: {
    ORGANIZER: { description: 'Convened or organised the event.' },
    INSTRUCTOR: { description: 'Gave the workshop or talk.' },
    PARTICIPANT: { description: 'Was represented among those present.' },
    HOST: { description: 'Lent the venue.' },
  },
});

export enum CountQualifier {
  EXACT = 'EXACT',
  MORE_THAN = 'MORE_THAN',
}

registerEnumType(CountQualifier, {
  name: 'CountQualifier',
  description: 'How a reported count is to be read: exactly, or as a lower bound ("more than N").',
  valuesConfig: {
    EXACT: { description: 'The count is exact.' },
    MORE_THAN: { description: 'The source says "more than N" (más de N): N is a lower bound.' },
  },
});

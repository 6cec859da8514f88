import { registerEnumType } from 'type-graphql';

export enum SessionType {
  ORDINARY = 'ORDINARY',
  EXTRAORDINARY = 'EXTRAORDINARY',
}

registerEnumType(SessionType, {
  name: 'SessionType',
  description: 'Whether a Secretariat session was ordinary (scheduled) or extraordinary (called ad hoc).',
  valuesConfig: {
    ORDINARY: { description: 'An ordinary session (sesión ordinaria), on the agreed calendar.' },
    EXTRAORDINARY: { description: 'An extraordinary session (sesión extraordinaria), called when needed.' },
  },
});

import { registerEnumType } from 'type-graphql';

export enum RequestResponse {
  UNKNOWN = 'UNKNOWN',
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

registerEnumType(RequestResponse, {
  name: 'RequestResponse',
  description: 'How an information request was answered.',
  valuesConfig: {
    UNKNOWN: { description: 'The source does not say.' },
    FULL: { description: 'Answered fully.' },
    PARTIAL: {
      description:
        'Answered in part (for a group of recipients: some did not answer, or answered in part, as in "34 de los 38 Oos enviaron, algunos de manera parcial").',
    },
    NONE: { description: 'Not answered.' },
  },
});

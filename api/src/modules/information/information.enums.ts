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
    UNKNOWN: { description: 'The source does not say (or gives only counts for a group of recipients).' },
    FULL: { description: 'Answered fully.' },
    PARTIAL: { description: 'Answered in part.' },
    NONE: { description: 'Not answered.' },
  },
});

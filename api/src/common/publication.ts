import { registerEnumType } from 'type-graphql';

export enum Publication {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(Publication, {
  name: 'Publication',
  description: 'Whether a record is visible to the public.',
  valuesConfig: {
    DRAFT: { description: 'Seen only by staff whose scope covers it.' },
    PUBLISHED: { description: 'Seen by everyone.' },
  },
});

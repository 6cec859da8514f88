import { registerEnumType } from 'type-graphql';

export enum Sector {
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  GUARANTOR_BODY = 'GUARANTOR_BODY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
}

registerEnumType(Sector, {
  name: 'Sector',
  description: 'The three sectors seated in a Technical Secretariat.',
  valuesConfig: {
    CIVIL_SOCIETY: { description: 'Civil society (sociedad civil).' },
    GUARANTOR_BODY: { description: 'The state transparency guarantor body (órgano garante).' },
    LOCAL_AUTHORITY: { description: 'The local authority (autoridad local), the state government.' },
  },
});

export enum SeatRole {
  REPRESENTATIVE = 'REPRESENTATIVE',
  ALTERNATE = 'ALTERNATE',
  REGIONAL_LIAISON = 'REGIONAL_LIAISON',
  REGIONAL_LIAISON_ALTERNATE = 'REGIONAL_LIAISON_ALTERNATE',
  FACILITATOR = 'FACILITATOR',
  PRESIDENT = 'PRESIDENT',
}

registerEnumType(SeatRole, {
  name: 'SeatRole',
  description: 'The kind of seat (post) in a Technical Secretariat.',
  valuesConfig: {
    REPRESENTATIVE: { description: "A sector's voting representative (representante)." },
    ALTERNATE: { description: "A sector's alternate (suplente), who votes in the representative's absence." },
    REGIONAL_LIAISON: { description: "Civil society's liaison for a region (enlace regional): voice, no vote." },
    REGIONAL_LIAISON_ALTERNATE: { description: "A regional liaison's alternate (suplente del enlace)." },
    FACILITATOR: {
      description: 'Chairs the sessions, writes the minutes and keeps the list of agreements (facilitador).',
    },
    PRESIDENT: { description: 'Presides over the Secretariat (presidente del Secretariado).' },
  },
});

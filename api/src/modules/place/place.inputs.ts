import { Field, ID, InputType, registerEnumType } from 'type-graphql';

@InputType({ description: 'Conditions on states.' })
export class StateFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case.' })
  search?: string | null;
}

export enum StateOrderField {
  NAME = 'NAME',
  INEGI_KEY = 'INEGI_KEY',
  CODE = 'CODE',
}
registerEnumType(StateOrderField, {
  name: 'StateOrderField',
  description: 'Fields states can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Name.' },
    INEGI_KEY: { description: 'INEGI key.' },
    CODE: { description: 'ISO 3166-2 code.' },
  },
});

@InputType({ description: 'Conditions on regions.' })
export class RegionFilter {
  @Field(() => ID, { nullable: true, description: 'Only regions of this state.' })
  stateId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only regions of the state with this ISO 3166-2 code, e.g. "MX-COA".',
  })
  stateCode?: string | null;
}

export enum RegionOrderField {
  NAME = 'NAME',
}
registerEnumType(RegionOrderField, {
  name: 'RegionOrderField',
  description: 'Fields regions can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' } },
});

@InputType({ description: 'Conditions on municipalities.' })
export class MunicipalityFilter {
  @Field(() => ID, { nullable: true, description: 'Only municipalities of this state.' })
  stateId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only municipalities of the state with this ISO 3166-2 code, e.g. "MX-COA".',
  })
  stateCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only municipalities of this region.' })
  regionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only municipalities in this IANA time zone, e.g. "America/Matamoros".',
  })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case.' })
  search?: string | null;
}

export enum MunicipalityOrderField {
  NAME = 'NAME',
  CVEGEO = 'CVEGEO',
}
registerEnumType(MunicipalityOrderField, {
  name: 'MunicipalityOrderField',
  description: 'Fields municipalities can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' }, CVEGEO: { description: 'INEGI geostatistical key.' } },
});

@InputType({ description: 'Conditions on venues.' })
export class VenueFilter {
  @Field(() => ID, { nullable: true, description: 'Only venues in this municipality.' })
  municipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case.' })
  search?: string | null;
}

export enum VenueOrderField {
  NAME = 'NAME',
}
registerEnumType(VenueOrderField, {
  name: 'VenueOrderField',
  description: 'Fields venues can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' } },
});

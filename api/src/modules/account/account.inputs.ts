import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from './account.enums';

@InputType({ description: 'A new staff account.' })
export class StaffAccountInput {
  @Field({ description: 'Sign-in email.' })
  email: string;

  @Field({ description: 'Name shown to other staff.' })
  displayName: string;

  @Field({ description: 'Initial password (at least 12 characters); the person changes it after signing in.' })
  password: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  role: StaffRole;

  @Field(() => ID, { nullable: true, description: 'Its organisation: required for agency editors and civil-society followers.' })
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The state it works in, only where its organisation has none: an institute admin's own state, or the state a national body's local office is limited to (platform admin). Otherwise the state is its organisation's; a different one is refused.",
  })
  stateId?: string | null;
}

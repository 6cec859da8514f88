import { Field, ID, InputType } from 'type-graphql';
import { StaffRole } from '../../common/viewer';

@InputType({
  description:
    'A new staff account invited to set its own password (by e-mail when SMTP is configured, else through a link the admin passes on).',
})
export class StaffAccountInvitationInput {
  @Field({ description: 'Sign-in email.' })
  email: string;

  @Field({ description: 'Name shown to other staff.' })
  displayName: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  role: StaffRole;

  @Field(() => ID, {
    nullable: true,
    description: 'Its organisation: required for agency editors and civil-society followers.',
  })
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The state it works in, only where its organisation has none: an institute admin's own state, or the state a national body's local office is limited to (platform admin). Otherwise the state is its organisation's; a different one is refused.",
  })
  stateId?: string | null;
}

@InputType({ description: 'A new staff account with an initial password.' })
export class StaffAccountInput extends StaffAccountInvitationInput {
  @Field({ description: 'Initial password (at least 12 characters); the person changes it after signing in.' })
  password: string;
}

@InputType({
  description:
    'Changes to a staff account; fields left out stay as they are. The same rules as for a new account apply to the result.',
})
export class StaffAccountUpdateInput {
  @Field({ nullable: true, description: 'Sign-in email (to fix a typo: the account keeps its history and sessions).' })
  email?: string;

  @Field({ nullable: true, description: 'Name shown to other staff.' })
  displayName?: string;

  @Field(() => StaffRole, { nullable: true, description: 'What the account may do.' })
  role?: StaffRole;

  @Field(() => ID, { nullable: true, description: 'Its organisation (null to clear it).' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its state (null to clear it).' })
  stateId?: string | null;
}

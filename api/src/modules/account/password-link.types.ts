import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { PasswordLinkDelivery, PasswordLinkPurpose } from './account.enums';
import { StaffAccount } from './staff-account.entity';

@ObjectType({
  description:
    'A one-time link to set a password, just issued: e-mailed to its person, or handed to the admin to pass on.',
})
export class IssuedPasswordLink {
  @Field(() => StaffAccount, { description: 'The account the link is for.' })
  account: StaffAccount;

  @Field(() => PasswordLinkPurpose, { description: 'An invitation (no password yet) or a password reset.' })
  purpose: PasswordLinkPurpose;

  @Field(() => PasswordLinkDelivery, { description: 'Whether it went by e-mail or is for the admin to pass on.' })
  delivery: PasswordLinkDelivery;

  @Field(() => String, {
    nullable: true,
    description: 'The link, only when no e-mail was sent (delivery LINK): it works once, until expiresAt.',
  })
  link: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description: "The SMTP server's answer when sending the e-mail failed (the link is then given here instead).",
  })
  emailError: string | null;
}

@ObjectType({ description: 'What a one-time link that still works is for, so its page can greet its person.' })
export class PasswordLinkInfo {
  @Field(() => PasswordLinkPurpose, { description: 'An invitation or a password reset.' })
  purpose: PasswordLinkPurpose;

  @Field({ description: 'The e-mail the account signs in with.' })
  email: string;

  @Field({ description: "The account's name." })
  displayName: string;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working.' })
  expiresAt: Date;
}

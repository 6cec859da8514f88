import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { State } from '../place/state.entity';
import { PasswordLinkPurpose } from './account.enums';
import { StaffRole } from '../../common/viewer';

@ObjectType({
  description:
    'A staff member who signs in to keep records. Seen only by the account itself and by admins whose scope covers it.',
})
@Entity()
@Check('staff_account_email_normalised', 'email = lower(btrim(email))')
@Check(
  'staff_account_organization_for_role',
  `role NOT IN ('AGENCY_EDITOR', 'CIVIL_SOCIETY_FOLLOWER') OR organization_id IS NOT NULL`,
)
@Check('staff_account_state_for_institute', `role <> 'INSTITUTE_ADMIN' OR state_id IS NOT NULL`)
export class StaffAccount {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Sign-in email, lower case.' })
  @Column('text', { unique: true })
  email: string;

  @Field({ description: 'Name shown to other staff.' })
  @Column('text')
  displayName: string;

  /** argon2id hash; never leaves the server (no GraphQL field). */
  @Column('text')
  passwordHash: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  @Column({ type: 'enum', enum: StaffRole, enumName: 'staff_role' })
  role: StaffRole;

  @Index()
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Index()
  @Column('uuid', { nullable: true })
  stateId: string | null;

  @ManyToOne(() => State, { onDelete: 'RESTRICT' })
  @JoinColumn()
  state?: Relation<State>;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the account was disabled; a disabled account cannot sign in and its sessions end.',
  })
  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Version, for optimistic concurrency.' })
  @Column('int', { default: 1 })
  version: number;
}

/** A signed-in session; the cookie carries a random token, the table only its SHA-256. */
@Entity()
export class StaffSession {
  @Column('char', { length: 64, primary: true })
  tokenHash: string;

  @Index()
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => StaffAccount, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  account?: Relation<StaffAccount>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @Column('timestamptz')
  expiresAt: Date;

  @Column('text', { nullable: true })
  ipAddress: string | null;
}

/** Password checks (sign-in, password change), kept a day to throttle guessing per account and address. */
@Entity()
@Index(['email', 'at'])
@Index(['ipAddress', 'at'])
@Index('sign_in_attempt_pair_idx', ['email', 'ipAddress', 'at'])
@Index('sign_in_attempt_at_idx', ['at'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  ipAddress: string;

  @Column('boolean')
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

/**
 * A one-time link to set a password (an invitation or a reset). The link carries a random token;
 * the table keeps only its SHA-256, when it expires and when it was used, so a link works once
 * and a stolen backup holds no usable link.
 */
@Entity()
export class PasswordLink {
  @Column('char', { length: 64, primary: true })
  tokenHash: string;

  @Index()
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => StaffAccount, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  account?: Relation<StaffAccount>;

  @Column({ type: 'enum', enum: PasswordLinkPurpose, enumName: 'password_link_purpose' })
  purpose: PasswordLinkPurpose;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}

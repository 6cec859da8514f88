import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Commitment } from '../commitment/commitment.entity';
import { Organization } from '../organization/organization.entity';
import { Theme } from '../theme/theme.entity';
import { Event } from './event.entity';
import { EventOrganizationRole } from './event.enums';

/** An organisation's part in an event: organiser, instructor, participant or host. */
@Entity()
export class EventOrganization {
  @PrimaryColumn('uuid')
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  event?: Relation<Event>;

  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  organization?: Relation<Organization>;

  @PrimaryColumn({ type: 'enum', enum: EventOrganizationRole, enumName: 'event_organization_role' })
  role: EventOrganizationRole;
}

/** A theme an event (a working table) dealt with. */
@Entity()
export class EventTheme {
  @PrimaryColumn('uuid')
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  event?: Relation<Event>;

  @PrimaryColumn('uuid')
  themeId: string;

  @ManyToOne(() => Theme, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  theme?: Relation<Theme>;
}

/** A commitment an event (a meeting, table or site visit) worked on. */
@Entity()
export class EventCommitment {
  @PrimaryColumn('uuid')
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  event?: Relation<Event>;

  @PrimaryColumn('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;
}

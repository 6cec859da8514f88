import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '../organization/organization.entity';
import { Theme } from '../theme/theme.entity';
import { Commitment } from './commitment.entity';
import { CommitmentOrganizationRole } from './commitment.enums';

/** An organisation responsible for a commitment (an agency) or following it (civil society). */
@Entity()
export class CommitmentOrganization {
  @PrimaryColumn('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;

  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  organization?: Relation<Organization>;

  @PrimaryColumn({ type: 'enum', enum: CommitmentOrganizationRole, enumName: 'commitment_organization_role' })
  role: CommitmentOrganizationRole;
}

/** A theme a commitment belongs to. */
@Entity()
export class CommitmentTheme {
  @PrimaryColumn('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;

  @PrimaryColumn('uuid')
  themeId: string;

  @ManyToOne(() => Theme, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  theme?: Relation<Theme>;
}

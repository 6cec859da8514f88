import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '../organization/organization.entity';
import { Agreement } from './agreement.entity';

/** Who must carry out an agreement. */
@Entity()
export class AgreementResponsible {
  @PrimaryColumn('uuid')
  agreementId: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  agreement?: Relation<Agreement>;

  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  organization?: Relation<Organization>;
}

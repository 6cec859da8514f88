import { byId } from '../../common/loaders';
import { StaffAccount } from './staff-account.entity';

export const staffAccountById = byId(StaffAccount);

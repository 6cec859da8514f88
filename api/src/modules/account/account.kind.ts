import { defineRecordKind } from '../../common/record-kind';
import { PasswordLink, SignInAttempt, StaffAccount, StaffSession } from './staff-account.entity';

/** Accounts and what signing in keeps: never public, written only by the account service. */
export const staffAccountKind = defineRecordKind({ table: 'staff_account', entity: StaffAccount, reach: 'never' });
export const staffSessionKind = defineRecordKind({ table: 'staff_session', entity: StaffSession, reach: 'never' });
export const signInAttemptKind = defineRecordKind({ table: 'sign_in_attempt', entity: SignInAttempt, reach: 'never' });
export const passwordLinkKind = defineRecordKind({ table: 'password_link', entity: PasswordLink, reach: 'never' });

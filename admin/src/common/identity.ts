import { useGetIdentity } from 'react-admin';
import type { Identity } from '../providers/permissions';

/** The signed-in account (role, organisation, state), as the server gave it. */
export function useIdentity(): Identity | null {
  const { data } = useGetIdentity();
  return (data as unknown as Identity | undefined) ?? null;
}

import type { AuthProvider } from 'react-admin';
import * as G from '../generated/graphql';
import { ApiError, request } from './graphql';
import { kindOf } from '../registry';
import { canAccess, type Identity, type RecordWithAbilities } from './permissions';

/** The signed-in account, as the server last told it (null: signed out or not asked yet). */
let current: Identity | null = null;
let asked: Promise<Identity | null> | null = null;

/** Asks the server who is signed in (the HttpOnly cookie is not readable here); once per change. */
export function whoAmI(refresh = false): Promise<Identity | null> {
  if (!asked || refresh) {
    asked = request(G.MeDocument, {}).then(
      ({ me }) => (current = me),
      (error) => {
        asked = null;
        throw error;
      },
    );
  }
  return asked;
}

/** The account canAccess decides for; null before sign-in. */
export const currentIdentity = () => current;

/**
 * Sign-in on the platform's own accounts (mutation signIn sets an HttpOnly, SameSite=Strict
 * cookie); canAccess reads what the server says the account may do (permissions.ts), so buttons
 * show only where the server would accept the write. A FORBIDDEN answer never signs the user out; UNAUTHENTICATED does.
 */
export const authProvider: AuthProvider = {
  async login({ username, email, password }: { username?: string; email?: string; password: string }) {
    try {
      const { signIn } = await request(G.SignInDocument, { email: String(email ?? username ?? '').trim(), password });
      current = signIn;
      asked = Promise.resolve(signIn);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'RATE_LIMITED') throw new Error('tablero.auth.rate_limited');
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED')
        throw new Error('tablero.auth.wrong_credentials');
      throw error;
    }
  },
  async logout() {
    if (current) await request(G.SignOutDocument, {}).catch(() => undefined);
    current = null;
    asked = Promise.resolve(null);
  },
  async checkAuth() {
    const identity = await whoAmI();
    if (!identity) throw { message: false, redirectTo: '/login' };
  },
  async checkError(error: unknown) {
    const status = (error as { status?: number })?.status;
    if (status === 401) {
      current = null;
      asked = Promise.resolve(null);
      throw new Error('ra.notification.logged_out');
    }
  },
  async getIdentity() {
    const identity = await whoAmI();
    if (!identity) throw new Error('tablero.auth.signed_out');
    return { ...identity, fullName: identity.displayName };
  },
  async getPermissions() {
    return (await whoAmI())?.role ?? null;
  },
  async canAccess({ action, resource, record }: { action: string; resource: string; record?: unknown }) {
    return canAccess(await whoAmI(), action, resource, kindOf(resource), record as RecordWithAbilities | undefined);
  },
};

import * as G from '../generated/graphql';
import { ApiError, request } from '../providers/graphql';
import type { ResourceSpec } from '../providers/resourceSpec';

/** A staff account as its forms edit it: its organisation and state by id. */
const staffAccountRecord = (account: G.StaffAccountRowFragment) => ({
  ...account,
  organizationId: account.organization?.id ?? null,
  stateId: account.state?.id ?? null,
});

const staffAccountFields = (data: Record<string, unknown>) => ({
  email: String(data.email ?? ''),
  displayName: String(data.displayName ?? ''),
  role: data.role as G.StaffRole,
  organizationId: (data.organizationId as string | undefined) || null,
  stateId: (data.stateId as string | undefined) || null,
});

/**
 * Staff accounts come as one list (an admin administers few): paged and filtered here. A new
 * account gets an initial password when the admin typed one, else is invited to set its own; an
 * invitation's record carries the link just issued (`issuedLink`) for the page that follows.
 */
const staffAccounts: ResourceSpec = {
  async getList({ first, offset, filter }) {
    const { accounts } = await request(G.ListStaffAccountsDocument, {});
    const q = typeof filter.q === 'string' ? filter.q.toLowerCase() : '';
    const matching = accounts.filter(
      (a) =>
        (!q || a.email.includes(q) || a.displayName.toLowerCase().includes(q)) &&
        (!filter.role || a.role === filter.role),
    );
    return { totalCount: matching.length, nodes: matching.slice(offset, offset + first) };
  },

  async getOne(id) {
    const { accounts } = await request(G.ListStaffAccountsDocument, {});
    const account = accounts.find((a) => a.id === id);
    if (!account) throw new ApiError({ code: 'NOT_FOUND', detail: `No staff account ${id}` });
    return staffAccountRecord(account);
  },

  async create(data) {
    if (data.passwordChoice === 'password') {
      const { record } = await request(G.CreateStaffAccountDocument, {
        input: { ...staffAccountFields(data), password: String(data.password ?? '') },
      });
      return staffAccountRecord(record);
    }
    const { issued } = await request(G.InviteStaffAccountDocument, { input: staffAccountFields(data) });
    return { ...staffAccountRecord(issued.account), issuedLink: issued };
  },

  /** Disabling or enabling (`{ disabled }`), or an edit of its fields at the version the form read. */
  async update(id, version, data) {
    if (typeof data.disabled === 'boolean' && Object.keys(data).length === 1)
      return staffAccountRecord(
        (await request(G.SetStaffAccountDisabledDocument, { id, disabled: data.disabled })).record,
      );
    return staffAccountRecord(
      (await request(G.UpdateStaffAccountDocument, { id, version, input: staffAccountFields(data) })).record,
    );
  },
};

export default staffAccounts;

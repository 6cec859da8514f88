import Icon from '@mui/icons-material/AccountCircle';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { ApiError, request } from '../providers/graphql';
import type { ResourceSpec } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';

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
const data: ResourceSpec = {
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

/** Staff accounts the signed-in admin administers: invite or create, edit, reset a password, disable, enable. */
const views = {
  list: lazy(() => import('./StaffAccountList')),
  show: lazy(() => import('./StaffAccountShow')),
  create: lazy(() => import('./StaffAccountCreate')),
  edit: lazy(() => import('./StaffAccountEdit')),
  icon: Icon,
  recordRepresentation: (record: { displayName: string; email: string }) => `${record.displayName} <${record.email}>`,
};

export default defineResource({
  name: 'staffAccounts',
  menu: { group: 'administration', position: 1 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Cuenta del personal |||| Cuentas del personal',
      empty: 'No hay cuentas. Crea las cuentas de las dependencias y organizaciones de tu estado.',
      fields: {
        email: 'Correo electrónico',
        displayName: 'Nombre visible',
        role: 'Rol',
        organizationId: 'Organización',
        organization: 'Organización',
        stateId: 'Estado',
        state: 'Estado',
        password: 'Contraseña inicial (12 caracteres o más)',
        disabledAt: 'Desactivada el',
        createdAt: 'Creada el',
        invitationPending: 'Invitación pendiente',
        passwordChoice: 'Contraseña',
        q: 'Buscar por nombre o correo',
      },
    },
    en: {
      name: 'Staff account |||| Staff accounts',
      empty: "No accounts. Create the accounts of your state's agencies and organisations.",
      fields: {
        email: 'Email',
        displayName: 'Display name',
        role: 'Role',
        organizationId: 'Organisation',
        organization: 'Organisation',
        stateId: 'State',
        state: 'State',
        password: 'Initial password (12 characters or more)',
        disabledAt: 'Disabled on',
        createdAt: 'Created on',
        invitationPending: 'Invitation pending',
        passwordChoice: 'Password',
        q: 'Search by name or email',
      },
    },
  },
});

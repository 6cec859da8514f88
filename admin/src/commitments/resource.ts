import Icon from '@mui/icons-material/Flag';
import { lazy } from 'react';
import { commitmentLabel } from './labels';
import * as G from '../generated/graphql';
import { bool, define, ids, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes commitments (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListCommitmentsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      search: str(a.filter.q),
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      themeId: str(a.filter.themeId),
      organizationId: str(a.filter.organizationId),
      organizationRole: str(a.filter.organizationRole) as G.CommitmentOrganizationRole | undefined,
      isProactive: bool(a.filter.isProactive),
    },
    orderBy: orderBy(a.sort, { number: 'NUMBER', title: 'TITLE' }),
  }),
  one: G.GetCommitmentDocument,
  create: G.CreateCommitmentDocument,
  update: G.UpdateCommitmentDocument,
  remove: G.DeleteCommitmentDocument,
  kind: 'Commitment',
  restore: G.RestoreCommitmentDocument,
  input: {
    ...sourced,
    planId: (r) => r.plan.id,
    number: (r) => r.number,
    title: (r) => r.title,
    objective: (r) => r.objective,
    isProactive: (r) => r.isProactive,
    activationCondition: (r) => r.activationCondition,
    responsibleAgencyIds: (r) => ids(r.responsibleAgencies),
    responsibleAgenciesInferred: (r) => r.responsibleAgenciesInferred,
    participatingAgencyIds: (r) => ids(r.participatingAgencies),
    followerIds: (r) => ids(r.followers),
    themeIds: (r) => ids(r.themes),
  },
});

const views = {
  list: lazy(() => import('./CommitmentList')),
  show: lazy(() => import('./CommitmentShow')),
  create: lazy(() => import('./CommitmentForm').then((m) => ({ default: m.CommitmentCreate }))),
  edit: lazy(() => import('./CommitmentForm').then((m) => ({ default: m.CommitmentEdit }))),
  icon: Icon,
  recordRepresentation: commitmentLabel,
};

export default defineResource({
  name: 'commitments',
  menu: { group: 'work', position: 1 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Compromiso |||| Compromisos',
      empty: 'No hay compromisos con estos filtros. El instituto registra los compromisos del plan.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        planId: 'Plan de acción',
        plan: 'Plan de acción',
        number: 'Número',
        title: 'Título',
        objective: 'Objetivo',
        isProactive: 'Proactivo',
        activationCondition: 'Condición de activación',
        responsibleAgencyIds: 'Dependencias responsables',
        responsibleAgencies: 'Responsables',
        followerIds: 'Organizaciones que dan seguimiento',
        participatingAgencyIds: 'Instancias participantes',
        responsibleAgenciesInferred: 'Responsables inferidos',
        followers: 'Seguimiento',
        themeIds: 'Temas',
        themes: 'Temas',
        progress: 'Avance',
        pagesDelivered: 'Fojas entregadas',
        exerciseId: 'Ejercicio',
        organizationId: 'Organización',
        organizationRole: 'Papel de la organización',
        q: 'Buscar en título u objetivo',
        themeId: 'Tema',
      },
    },
    en: {
      name: 'Commitment |||| Commitments',
      empty: "No commitments match these filters. The institute records the plan's commitments.",
      fields: {
        ...SOURCED_FIELDS.en,
        planId: 'Action plan',
        plan: 'Action plan',
        number: 'Number',
        title: 'Title',
        objective: 'Objective',
        isProactive: 'Proactive',
        activationCondition: 'Activation condition',
        responsibleAgencyIds: 'Responsible agencies',
        responsibleAgencies: 'Responsible',
        followerIds: 'Following organisations',
        participatingAgencyIds: 'Participating bodies',
        responsibleAgenciesInferred: 'Responsible agencies inferred',
        followers: 'Followers',
        themeIds: 'Themes',
        themes: 'Themes',
        progress: 'Progress',
        pagesDelivered: 'Pages delivered',
        exerciseId: 'Exercise',
        organizationId: 'Organisation',
        organizationRole: "Organisation's part",
        q: 'Search title or objective',
        themeId: 'Theme',
      },
    },
  },
});

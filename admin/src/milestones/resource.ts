import Icon from '@mui/icons-material/OutlinedFlag';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes milestones (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListMilestonesDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      commitmentId: str(a.filter.commitmentId),
      planId: str(a.filter.planId),
      statuses: list<G.MilestoneStatus>(a.filter.statuses),
      dueFrom: str(a.filter.dueFrom),
      dueTo: str(a.filter.dueTo),
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', dueDate: 'DUE_DATE', status: 'STATUS' }),
  }),
  one: G.GetMilestoneDocument,
  create: G.CreateMilestoneDocument,
  update: G.UpdateMilestoneDocument,
  remove: G.DeleteMilestoneDocument,
  kind: 'Milestone',
  restore: G.RestoreMilestoneDocument,
  input: {
    ...sourced,
    commitmentId: (r) => r.commitment.id,
    position: (r) => r.position,
    title: (r) => r.title,
    description: (r) => r.description,
    startDate: (r) => r.startDate,
    dueDate: (r) => r.dueDate,
    completedOn: (r) => r.completedOn,
    status: (r) => r.status,
    weight: (r) => r.weight,
    evidenceUrl: (r) => r.evidenceUrl,
    evidenceDescription: (r) => r.evidenceDescription,
  },
});

const views = {
  list: lazy(() => import('./MilestoneList')),
  show: lazy(() => import('./MilestoneShow')),
  create: lazy(() => import('./MilestoneForm').then((m) => ({ default: m.MilestoneCreate }))),
  edit: lazy(() => import('./MilestoneForm').then((m) => ({ default: m.MilestoneEdit }))),
  icon: Icon,
  recordRepresentation: (record: { position: number; title: string }) => `${record.position}. ${record.title}`,
};

export default defineResource({
  name: 'milestones',
  menu: { group: 'work', position: 2 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Hito |||| Hitos',
      empty: 'No hay hitos con estos filtros. Los hitos se agregan desde la página de cada compromiso.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        commitmentId: 'Compromiso',
        commitment: 'Compromiso',
        position: 'Orden',
        title: 'Qué se hará',
        description: 'Detalle y resultado esperado',
        startDate: 'Inicio previsto',
        dueDate: 'Fecha límite',
        completedOn: 'Cumplido el',
        status: 'Estado',
        statuses: 'Estados',
        weight: 'Peso en el avance',
        evidenceUrl: 'Enlace a la evidencia',
        evidenceDescription: 'Dónde está la evidencia (si no está en línea)',
        evidence: 'Evidencia',
        reviews: 'Revisiones',
        dueFrom: 'Vence desde',
        dueTo: 'Vence hasta',
      },
    },
    en: {
      name: 'Milestone |||| Milestones',
      empty: "No milestones match these filters. Milestones are added from each commitment's page.",
      fields: {
        ...SOURCED_FIELDS.en,
        commitmentId: 'Commitment',
        commitment: 'Commitment',
        position: 'Order',
        title: 'What is to be done',
        description: 'Details and expected result',
        startDate: 'Planned start',
        dueDate: 'Due date',
        completedOn: 'Completed on',
        status: 'Status',
        statuses: 'Statuses',
        weight: 'Weight in progress',
        evidenceUrl: 'Link to the evidence',
        evidenceDescription: 'Where the evidence is (when not online)',
        evidence: 'Evidence',
        reviews: 'Reviews',
        dueFrom: 'Due from',
        dueTo: 'Due to',
      },
    },
  },
});

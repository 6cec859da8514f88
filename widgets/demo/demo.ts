/**
 * The demo page at /widgets/: each widget on the seeded exercise, next to the snippet that
 * embeds it. The snippet shown is exactly the markup of the live example, with the script tag
 * and the endpoint of this installation, so it works pasted into any other site.
 */

import { read } from '../src/api';
import { DemoExerciseDocument, DemoOrganizationsDocument } from '../src/generated/graphql';

const SLUG = 'coahuila-2015-2017';
const bundle = new URL('tablero-widgets.js', location.href).href;
const endpoint = new URL('../graphql/public', location.href).href;

interface Example {
  id: string;
  title: string;
  text: string;
  markup: string;
  /** A frame that shows a case: a 320 px column, or a page with a dark colour scheme. */
  frame?: 'narrow' | 'dark';
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const element = (tag: string, attributes: Record<string, string>) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('')} endpoint="${attr(endpoint)}"></${tag}>`;

/** The text to copy: the script tag, then the element. */
const snippetOf = (markup: string) => `<script type="module" src="${attr(bundle)}"></script>\n${markup}`;

function render(example: Example, parent: HTMLElement) {
  const section = document.createElement('section');
  section.id = example.id;
  section.setAttribute('aria-labelledby', `${example.id}-title`);
  const title = document.createElement('h2');
  title.id = `${example.id}-title`;
  title.textContent = example.title;
  const text = document.createElement('p');
  text.textContent = example.text;
  const live = document.createElement('div');
  live.className = `live ${example.frame ?? ''}`;
  live.innerHTML = example.markup;
  const code = document.createElement('code');
  code.textContent = snippetOf(example.markup);
  const pre = document.createElement('pre');
  pre.append(code);
  pre.setAttribute('aria-label', `Fragmento para insertar: ${example.title}`);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copiar el fragmento';
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      copy.textContent = 'Copiado';
    } catch {
      // Without clipboard access (a page not served over HTTPS), select the text to copy by hand.
      getSelection()?.selectAllChildren(code);
      copy.textContent = 'Seleccionado: copie con Ctrl+C';
    }
  });
  section.append(title, text, live, pre, copy);
  parent.append(section);
}

async function main() {
  const status = document.getElementById('status') as HTMLElement;
  const list = document.getElementById('examples') as HTMLElement;
  try {
    const { exerciseBySlug: exercise, exercises } = await read(endpoint, DemoExerciseDocument, { slug: SLUG });
    const plan = exercise.actionPlans[0];
    const commitment = plan.commitments.find((c) => c.number === 4) ?? plan.commitments[0];
    const { organizations } = await read(endpoint, DemoOrganizationsDocument, { exerciseId: exercise.id });
    const agency = organizations.nodes.reduce<(typeof organizations.nodes)[number] | undefined>(
      (best, o) => ((o.pagesDelivered.pages ?? -1) > (best?.pagesDelivered.pages ?? -1) ? o : best),
      undefined,
    );
    const examples: Example[] = [
      {
        id: 'fojas-plan',
        title: 'Fojas entregadas en el plan',
        text: `Páginas de información entregadas para los compromisos del ${plan.title}. Se conserva el «más de» del informe.`,
        markup: element('ta-pages-counter', { 'plan-id': plan.id }),
      },
      {
        id: 'fojas-compromiso',
        title: 'Fojas entregadas para un compromiso',
        text: `Compromiso ${commitment.number ?? ''}: ${commitment.title}`,
        markup: element('ta-pages-counter', { 'commitment-id': commitment.id }),
      },
      ...(agency
        ? [
            {
              id: 'fojas-dependencia',
              title: 'Fojas entregadas por una dependencia',
              text: `Lo que entregó ${agency.name} por sí sola.`,
              markup: element('ta-pages-counter', { 'organization-id': agency.id }),
            },
          ]
        : []),
      {
        id: 'fojas-ejercicio-en',
        title: 'Todo el ejercicio, en inglés',
        text: 'Con lang="en" el widget habla inglés; los datos quedan como los da el informe.',
        markup: element('ta-pages-counter', { exercise: SLUG, lang: 'en' }),
      },
      {
        id: 'avance-compromiso',
        title: 'Avance de un compromiso',
        text: 'Sin hitos registrados el avance no se mide: el widget lo dice y muestra las fojas entregadas y las reuniones realizadas.',
        markup: element('ta-commitment-progress', { 'commitment-id': commitment.id }),
      },
      {
        id: 'avance-plan',
        title: 'Avance de todos los compromisos del plan',
        text: 'Una barra (o lo que se sabe) por compromiso.',
        markup: element('ta-commitment-progress', { 'plan-id': plan.id }),
      },
      {
        id: 'calendario',
        title: 'Calendario de sesiones y eventos',
        text: 'Las sesiones del Secretariado Técnico y los eventos del ejercicio, mes por mes. Se recorre con el teclado: flechas, Inicio, Fin, RePág y AvPág (con Mayús, por año).',
        markup: element('ta-session-calendar', { exercise: SLUG }),
      },
      {
        id: 'calendario-columna',
        title: 'El calendario en una columna angosta',
        text: 'Con menos de 600 px de ancho muestra la lista del mes en lugar de la cuadrícula.',
        markup: element('ta-session-calendar', { exercise: SLUG }),
        frame: 'narrow',
      },
      {
        id: 'fondo-oscuro',
        title: 'Sobre un fondo oscuro',
        text: 'El widget toma el color del texto de la página.',
        markup: element('ta-commitment-progress', { 'plan-id': plan.id }),
        frame: 'dark',
      },
    ];
    for (const example of examples) render(example, list);

    const demo = exercises.nodes.find((x) => x.actionPlans.length);
    if (demo) {
      const box = document.createElement('div');
      box.className = 'demo-data';
      const note = document.createElement('p');
      note.innerHTML =
        '<strong>Datos de demostración.</strong> Este ejemplo no es de ningún estado: sirve para ver una barra de avance con hitos.';
      box.append(note);
      render(
        {
          id: 'demostracion',
          title: `Avance con hitos: ${demo.title}`,
          text: 'Cada compromiso con su barra: porcentaje, hitos cumplidos y fecha del último.',
          markup: element('ta-commitment-progress', { 'plan-id': demo.actionPlans[0].id }),
        },
        box,
      );
      list.append(box);
    }
    status.textContent = `${list.querySelectorAll('section').length} ejemplos con datos de ${exercise.title}.`;
  } catch {
    status.textContent =
      'No se pudo consultar la API pública para preparar los ejemplos. Recargue la página en unos momentos.';
  }
}

void main();

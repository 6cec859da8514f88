import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import esMX from '../../admin/src/i18n/es-MX';
import { canAccess, type Identity } from '../../admin/src/providers/permissions';
import { generateSynthetic } from '../../api/src/modules/synthetic/synthetic';
import { LISTED } from './resources';
import { apiAs, backOfficeSuite, signIn, type Accounts } from './support';

export const WIDTHS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};
const ROLES = [
  'platform',
  'institute',
  'agency',
  'follower',
  'evaluator',
] as const satisfies readonly (keyof Accounts)[];

/**
 * Words that only English would put on a Spanish screen (the interface's own words, react-admin's
 * and ours), and message keys left untranslated.
 */
const NOT_SPANISH = [
  /\b(Loading|Save|Delete|Edit|Create|Export|Search|Cancel|Close|Required|Previous|Next|Unknown|Draft|Published|Pending|Refresh|Actions|Remove|Submit|Dashboard|Select|Clear|Confirm|Back|Details|History|Yes|Showing|Filters?|Sign (in|out)|Rows per page|No results|went wrong|is required|must be|should be|not found|more than)\b/,
  /\b(ra|resources|tablero|enums)\.[a-z_]+\.[\w.]+/,
  /@@react-admin@@/,
];
/** Every enum value the API sends (PUBLISHED, IN_PROGRESS…): on screen only as its label. */
const ENUM_VALUES = new Set(Object.values(esMX.enums).flatMap((labels) => Object.keys(labels)));

const ERROR_BOUNDARY = esMX.ra.page.error;

/**
 * The sweep of issue 18, generated from the admin's resource list (a test file per width, so that
 * jest runs the two at once): as each role, open the dashboard, every list, a record from each list (a click on its row, the
 * normal way in), each of the record's tabs, and the create and edit forms the role is offered.
 * On every screen: no error boundary, no uncaught or console error, nothing in English in
 * Spanish mode, and (at phone width) nothing wider than the screen. axe-core finds no serious or
 * critical violation, checked once per kind of screen (resource and view) at each width.
 * `syntheticStates` loads that many synthetic exercises first, as a demo instance would have.
 */
export function sweepAt(width: keyof typeof WIDTHS, { syntheticStates = 0 } = {}) {
  const viewport = WIDTHS[width];
  const suite = backOfficeSuite(`sweep_${width}`);
  // The demo the README suggests: synthetic exercises beside the seed, with their drafts and deleted records.
  if (syntheticStates) beforeAll(() => generateSynthetic(suite.dataSource, { count: syntheticStates }), 300_000);
  const axeChecked = new Set<string>();
  const screens = new Set<string>();

  afterAll(() => {
    // The sweep's size, for its report: the screens opened, counted once per role.
    console.log(`sweep at ${width} width: ${screens.size} screens opened (screen × role)`);
  });

  describe(`every screen as every role, at ${width} width`, () => {
    it.each(ROLES)('opens every screen as the %s', async (role) => {
      const email = suite.staff[role];
      const identity = (
        await (
          await apiAs(suite.origin, email, suite.staff.password)
        )(
          'query { me { id email displayName role organization { id name abbreviation } state { id code name } canCreate canRestore } }',
        )
      ).me as Identity;
      const page = await suite.page({ viewport });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
      });
      await signIn(page, suite.origin, email, suite.staff.password);

      /** Checks the screen now shown, named `kind` (resource and view) in the report. */
      const check = async (kind: string) => {
        screens.add(`${kind} ${role}`);
        await settled(page);
        if (await page.getByText(ERROR_BOUNDARY).count()) problems.push(`${kind}: error boundary`);
        const text = await page.locator('body').innerText();
        for (const pattern of NOT_SPANISH) {
          const english = text.match(pattern);
          if (english) problems.push(`${kind}: not Spanish: "${english[0]}"`);
        }
        const raw = text.match(/\b[A-Z][A-Z_]+\b/g)?.filter((word) => ENUM_VALUES.has(word)) ?? [];
        if (raw.length) problems.push(`${kind}: enum values instead of their labels: ${[...new Set(raw)].join(', ')}`);
        if (width === 'phone')
          problems.push(...(await tooWide(page)).map((what) => `${kind}: wider than the phone: ${what}`));
        // axe takes seconds a screen: once per kind of view (list, record, tab, form…) at each width.
        const view = kind.replace(/^\w+ /, '').replace(/ ".*"$/, '');
        if (!axeChecked.has(view)) {
          axeChecked.add(view);
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
            problems.push(
              `${kind}: axe ${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('; ')}`,
            );
          }
        }
      };

      await check('dashboard');
      const tabsSeen = new Set<string>();
      const rows = page.locator('#main-content .RaList-content tbody tr, #main-content .RaList-content li a[href]');
      const openList = async (resource: string) => {
        await goTo(page, `/${resource}`);
        await rows.or(page.getByRole('status')).or(page.getByText(ERROR_BOUNDARY)).first().waitFor();
      };
      for (const { name: resource, data } of LISTED.filter(({ name }) => canAccess(identity, 'list', name))) {
        try {
          await openList(resource);
          await check(`${resource} list`);
          const create = page.locator('#main-content').getByRole('link', { name: esMX.ra.action.create, exact: true });
          const offered = (await create.count()) > 0;
          if (offered !== canAccess(identity, 'create', resource, data.kind))
            problems.push(`${resource} list: Create ${offered ? 'offered' : 'missing'}`);

          if (await rows.count()) {
            await rows.first().click();
            await page.waitForURL(new RegExp(`/admin/${resource}/[^/]+/show`));
            await page.locator('#main-content .RaShow-main').or(page.getByText(ERROR_BOUNDARY)).first().waitFor();
            await check(`${resource} show`);
            const tabs = page.locator('#main-content').getByRole('tab');
            for (let i = 1; i < (await tabs.count()); i++) {
              // A tab every record has (its history) is the same screen on each: once per role.
              const name = (await tabs.nth(i).innerText()).trim();
              if (tabsSeen.has(name)) continue;
              tabsSeen.add(name);
              await tabs.nth(i).click();
              await check(`${resource} show tab "${name}"`);
            }
            const edit = page.locator('#main-content').getByRole('link', { name: esMX.ra.action.edit, exact: true });
            if (await edit.count()) {
              await edit.first().click();
              await page.waitForURL(new RegExp(`/admin/${resource}/[^/]+$`));
              await page.locator('#main-content .RaEdit-main').or(page.getByText(ERROR_BOUNDARY)).first().waitFor();
              await check(`${resource} edit`);
            }
            if (offered) await openList(resource);
          }
          if (offered) {
            await create.first().click();
            await page.waitForURL(new RegExp(`/admin/${resource}/create`));
            await page.locator('#main-content .RaCreate-main').or(page.getByText(ERROR_BOUNDARY)).first().waitFor();
            await check(`${resource} create`);
          }
        } catch (error) {
          throw new Error(
            `${resource} as the ${role} at ${width} width: ${(error as Error).message}\n${problems.join('\n')}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

/** Moves within the app as its menu does (no reload), once the screen it leaves is gone. */
async function goTo(page: Page, path: string) {
  const leaving = await page.locator('#main-content > *').first().elementHandle();
  await page.evaluate((to) => {
    window.history.pushState({}, '', `/admin${to}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await leaving?.waitForElementState('hidden');
}

/** The screen has stopped loading: no indeterminate progress indicator (loaders have no value). */
async function settled(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root'),
  );
}

/**
 * What makes a phone screen scroll sideways: the page wider than the window, or a button or link
 * past its right edge that no scrolling box inside the page brings into view.
 */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      found.push(`page is ${document.documentElement.scrollWidth} px wide`);
    const scrollsInside = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    for (const control of document.querySelectorAll('#main-content a, #main-content button')) {
      const box = control.getBoundingClientRect();
      if (box.width && box.right > width + 1 && !scrollsInside(control))
        found.push(
          `"${(control.textContent || control.getAttribute('aria-label') || '').trim()}" ends at ${Math.round(box.right)} px`,
        );
    }
    return found;
  });
}

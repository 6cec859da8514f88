import { chromium, type Browser } from 'playwright-core';

/**
 * How long a page waits for what a step expects (an element, a navigation) before the step fails.
 * Playwright's 30 s was overrun by a save on a CI machine running two suites beside other work; a
 * wait that ends when the thing appears costs nothing when it is quick.
 */
const STEP_WAIT_MS = 90_000;

/**
 * Debian's Chromium, headless, kept off the network this machine does not have (stack notes,
 * pitfall 16). playwright-core passes --no-sandbox itself when running as root. Every context and
 * page it opens waits up to STEP_WAIT_MS.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(STEP_WAIT_MS);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(STEP_WAIT_MS);
    return page;
  };
  return browser;
}

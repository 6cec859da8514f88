import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, kept off the network this machine does not have (stack notes,
 * pitfall 16). playwright-core passes --no-sandbox itself when running as root.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// End-to-end tests. Browser mode runs in Debian's Chromium (never a
// downloaded browser); the Electron project runs where the Electron runtime
// exists and skips with its reason where it does not.
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.PLANI_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
  // Its own subfolder: Playwright empties outputDir at start, and test-results/artifacts holds
  // the page images the unit tests keep for a person to look at.
  outputDir: 'test-results/playwright',
  use: {
    viewport: { width: 1366, height: 768 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          // Without these, Chromium keeps trying to reach Google's hosts on this closed network.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
});

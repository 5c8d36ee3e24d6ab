// A file dropped anywhere on the window: a .plani bundle opens the import
// screen with its check under way (here a damaged one, refused with its
// reason); any other file is refused with a message, and nothing is opened.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeFindings } from './axe';
import { expect, startServer, test } from './fixtures';
import { cliLfpWorkspace } from './steps';

async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      // tsconfig.node.json has no DOM types: the page's constructors are typed by hand.
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([text], name, { type: 'application/octet-stream' }));
      return dt;
    },
    { name, text },
  );
  // On the plan's home page, away from any drop zone of a screen.
  const target = page.locator('main');
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('a .plani dropped on the window opens its import; another file is refused', async ({ page }) => {
  const lfp = cliLfpWorkspace('e2e-drop');
  const server = await startServer(lfp.workspace, lfp.env.PLANI_KEYRING_DIR!);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(server.url);
    await expect(page.getByTestId('home-safety-code')).toBeVisible();

    await dropFile(page, 'shënime.txt', 'not a bundle');
    await expect(page.getByText('„shënime.txt” nuk është paketë e Planit')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');

    await dropFile(page, 'MD-feedback.plani', 'PK\u0003\u0004 truncated');
    await expect(page).toHaveURL(/#\/bundles\?staged=[0-9a-f-]{36}&size=\d+&name=MD-feedback\.plani$/);
    await expect(page.getByText('MD-feedback.plani').first()).toBeVisible();
    await expect(page.getByRole('group', { name: 'Paketa MD-feedback.plani nuk mund të shqyrtohet' })).toContainText('Skedari është i dëmtuar ose i cunguar');
    await expectNoSeriousAxeFindings(page, 'import of a dropped bundle');
  } finally {
    server.child.kill('SIGTERM');
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});

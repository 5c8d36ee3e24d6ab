// What several specs do before their own part begins: a workspace made
// through the UI, or an LFP's made with the real CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticPlan } from '../fixtures/synthetic-plan';
import { cli, expect } from './fixtures';

export interface CreateOptions {
  role?: 'lfp' | 'poc';
  institution?: string;
  /** Check that the first-start screen greets the person before anything is chosen. */
  expectWelcome?: boolean;
  /** Checks on the "created" screen, before going on to the plan. */
  onCreated?: (page: Page) => Promise<void>;
}

/** Creates the workspace on the first-start screen (an LFP for MD unless told otherwise) and goes on to the plan. */
export async function createWorkspace(page: Page, url: string, { role = 'lfp', institution = 'MD', expectWelcome = false, onCreated }: CreateOptions = {}) {
  await page.goto(url);
  if (expectWelcome) await expect(page.getByRole('heading', { name: 'Mirë se vini te Plani' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`\\(${role.toUpperCase()}\\)`) }).check();
  await page.getByRole('combobox', { name: 'Institucioni' }).selectOption(institution);
  await page.getByRole('button', { name: 'Krijo hapësirën e punës' }).click();
  await onCreated?.(page);
  await page.getByRole('button', { name: 'Vazhdo te plani' }).click();
}

/** Waits until the first save-state mark on the page says saved. */
export const saved = (page: Page) => expect(page.locator('[data-save-state="saved"]').first()).toBeVisible();

export interface CliLfp {
  dir: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** The first commitment's Albanian title, id and component. */
  title: string;
  commitmentId: string;
  componentCode: string;
}

/** An LFP workspace for MD with a synthetic plan of its own (in a fresh temporary folder: the caller removes `dir`), made with the real CLI. */
export function cliLfpWorkspace(seed: string, { commitments = 1, milestonesPer = 2, indicatorsPer = 1 } = {}): CliLfp {
  const dir = mkdtempSync(join(tmpdir(), 'plani-e2e-lfp-'));
  const workspace = join(dir, 'workspace');
  const env = { ...process.env, PLANI_KEYRING_DIR: join(dir, 'keyring') };
  cli(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', workspace], env);
  const doc = syntheticPlan({ commitments, milestonesPer, indicatorsPer, ideas: 0, events: 0, comments: 0, calendar: 0, owner: 'MD', seed });
  const plan = join(dir, 'plan.json');
  writeFileSync(plan, JSON.stringify(doc));
  cli(['plan', 'import', plan, '--workspace', workspace], env);
  const c = doc.commitments[0]!;
  return { dir, workspace, env, title: c.title.sq, commitmentId: c.id, componentCode: c.componentCode };
}

/** A file whose bytes begin as a PNG's do: what the attachment type check reads. */
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('e2e photo body')]);

/** A real PNG of `size`×`size` pixels (RGB, one colour): signature, IHDR, IDAT, IEND, each chunk with its CRC. */
export function realPng(size = 4, rgb: [number, number, number] = [30, 120, 200]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

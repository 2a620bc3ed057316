import type { Page } from '@playwright/test';
import { SUPPORT_STEP, SYMPTOMS } from '../../shared/content/symptomPaths';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';

const shot = (page: Page, name: string) => screenshot(page, `troubleshoot-${name}`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true });

async function openTroubleshooter(page: Page) {
  await navLink(page, 'Fix a login problem').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fix a login problem' })).toBeVisible();
}

test.describe('each symptom path, end to end', () => {
  for (const symptom of SYMPTOMS) {
    test(`"${symptom.label}": steps with sources, Back, and support with the path`, async ({ page }) => {
      await openTroubleshooter(page);
      await page.getByRole('button', { name: symptom.label }).click();
      for (const [index, step] of symptom.steps.entries()) {
        await expect(stepHeading(page, step.title)).toBeVisible();
        await expect(stepHeading(page, step.title)).toBeFocused();
        await expect(page.getByText(`Step ${index + 1} of ${symptom.steps.length}`)).toBeVisible();
        await expect(page.getByText(`Source: ${step.source}`)).toBeVisible();
        await expect(page.getByRole('group', { name: 'Did that fix it?' })).toBeVisible();
        if (index === 0) {
          await expectAccessible(page);
          if (symptom.id === 'password-rejected' || symptom.id === 'access-hours') await shot(page, `step-first-${symptom.id}`);
        }
        if (index === 1) {
          // Back returns to the previous step and forgets that it was tried.
          await page.getByRole('button', { name: 'Back' }).click();
          await expect(stepHeading(page, symptom.steps[0]!.title)).toBeVisible();
          await expect(page.getByRole('heading', { name: 'Already tried' })).toHaveCount(0);
          await page.getByRole('button', { name: 'No, next step' }).click();
          await expect(stepHeading(page, step.title)).toBeVisible();
        }
        await page.getByRole('button', { name: 'No, next step' }).click();
      }
      await expect(stepHeading(page, SUPPORT_STEP.title)).toBeVisible();
      await expect(page.getByText(`Source: ${SUPPORT_STEP.source}`)).toBeVisible();
      const tried = page.getByRole('list', { name: 'Steps already tried (from this troubleshooter)' });
      await expect(tried.getByRole('listitem')).toHaveText(symptom.steps.map((s) => `${s.title} – did not fix it`));
      await expect(page.getByRole('form', { name: 'Write to Office Ally support' })).toBeVisible();
      await expect(page.getByLabel('Preview of the message')).toHaveValue(new RegExp(`Problem: ${escape(symptom.label)}\n`));
      for (const s of symptom.steps)
        await expect(page.getByLabel('Preview of the message')).toHaveValue(new RegExp(`\n- ${escape(s.title)} – did not fix it\n`));
      await expectAccessible(page);
      if (symptom.id === 'sftp-sync') await shot(page, 'support');
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(page.getByRole('heading', { level: 3, name: 'What do you see?' })).toBeFocused();
      await expect(page.getByRole('button', { name: symptom.label })).toBeVisible();
    });
  }
});

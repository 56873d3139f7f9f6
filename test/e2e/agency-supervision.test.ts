import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInPage, useConsoleRig } from './support/console-rig.js';
import { screenshot } from './support/browser.js';

/**
 * The agencies' supervision screens in Chinese (issue 12): a pharmacy's designation application
 * (entered, scored and granted through the API, as the agency's paper process does), a monthly
 * drug-purchase report with its stocking rates, and a published typical case, each seen in the
 * console, and the published case on the anonymous page /public/.
 */
describe('agency supervision screens (zh-CN)', () => {
  const rig = useConsoleRig();
  let page: Page;

  beforeAll(async () => {
    page = await signedInPage(rig, 'mas-admin');
  });

  /** One GraphQL call from the signed-in page (session cookie + CSRF header), data or the errors thrown. */
  async function call<T>(query: string, variables: object = {}): Promise<T> {
    const result = await page.evaluate(
      async ([q, v]) => {
        const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ query: q, variables: v }),
        });
        return res.json();
      },
      [query, variables] as const,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  }

  it('shows an application through evaluation and designation', async () => {
    const applied = await call<{ applyForDesignation: { application: { id: string } } }>(
      `mutation ($input: ApplyForDesignationInput!) { applyForDesignation(input: $input) { application { id } } }`,
      {
        input: {
          applicantNameZh: '雨山区百草堂大药房',
          applicantNameEn: 'Baicaotang Pharmacy',
          kind: 'RETAIL_PHARMACY',
          pharmacyClass: 'B',
          ownership: 'PRIVATE',
          licenceScope: ['中成药', '化学药制剂'],
          regionCode: '340504',
          materials: [{ title: '药品经营许可证', ref: 'E2E-DOC-1' }],
        },
      },
    );
    const id = applied.applyForDesignation.application.id;
    await call(
      `mutation ($input: EvaluateApplicationInput!) { evaluateApplication(input: $input) { auditSeq } }`,
      {
        input: {
          id,
          expectedVersion: 1,
          scores: [
            { item: 'SITE_VISIT', score: 36 },
            { item: 'MATERIALS', score: 27 },
            { item: 'INFORMATION_SYSTEM', score: 24 },
          ],
        },
      },
    );
    await call(
      `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { auditSeq } }`,
      {
        input: { id, expectedVersion: 2, decision: 'DESIGNATE' },
      },
    );
    await page.goto(`${rig.hub.url}/admin/#/designationApplications`);
    const row = page.locator('tr', { hasText: '雨山区百草堂大药房' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('准予定点');
    await row.click();
    await page.locator('text=信息系统接入准备').waitFor({ timeout: 30_000 });
    expect(await page.locator('main').innerText()).toContain('药品经营许可证');
    await screenshot(page, 'agency-designation-application-zh');
  });

  it('shows a monthly report with its stocking rates', async () => {
    const { providers } = await call<{ providers: { edges: { node: { id: string } }[] } }>(
      `{ providers(first: 1, filter: { kind: [RETAIL_PHARMACY], search: "宝芝林" }) { edges { node { id } } } }`,
    );
    const now = new Date();
    const period = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
      .toISOString()
      .slice(0, 7);
    await call(
      `mutation ($input: FileMonthlyReportInput!) { fileMonthlyReport(input: $input) { auditSeq } }`,
      {
        input: {
          providerId: providers.edges[0]!.node.id,
          period,
          lines: [
            {
              drugCode: 'XA01',
              drugName: '阿莫西林胶囊',
              maker: '华北制药',
              channel: '国药控股',
              category: 'WESTERN',
              unitPriceFen: 1250,
              quantity: 40,
            },
            {
              drugCode: 'ZA02',
              drugName: '六味地黄丸',
              maker: '同仁堂',
              channel: '九州通',
              category: 'PATENT_CHINESE',
              unitPriceFen: 3300,
              quantity: 12,
            },
          ],
        },
      },
    );
    await page.goto(`${rig.hub.url}/admin/#/monthlyReports`);
    // The demo seed has other providers' reports for recent months: the row is this pharmacy's.
    const row = page.locator('tr', { hasText: period }).filter({ hasText: '宝芝林' });
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    await page.locator('text=阿莫西林胶囊').waitFor({ timeout: 30_000 });
    const text = await page.locator('main').innerText();
    expect(text).toContain('备药率');
    expect(text).toContain('购进渠道');
    await screenshot(page, 'agency-monthly-report-zh');
  });

  it('publishes a typical case, listed in the console and on the anonymous page', async () => {
    const { penalties } = await call<{ penalties: { edges: { node: { id: string; target: string } }[] } }>(
      `{ penalties(first: 50, filter: { status: [EXECUTED, CLOSED] }) { edges { node { id target } } } }`,
    );
    const penalty = penalties.edges.find((e) => e.node.target === 'PROVIDER')!;
    const published = await call<{ publishDisclosure: { disclosure: { providerNameZh: string } } }>(
      `mutation ($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { disclosure { providerNameZh } } }`,
      { input: { kind: 'TYPICAL_CASE', penaltyId: penalty.node.id } },
    );
    const name = published.publishDisclosure.disclosure.providerNameZh;
    await page.goto(`${rig.hub.url}/admin/#/publicDisclosures`);
    await page.locator('tr', { hasText: name }).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('main').innerText()).toContain('典型案例');
    await screenshot(page, 'agency-disclosures-zh');
    const anonymous = await rig.browser.newPage();
    await anonymous.goto(`${rig.hub.url}/public/`);
    expect(await anonymous.locator('body').innerText()).toContain(name);
    await screenshot(anonymous, 'agency-public-page');
    await anonymous.close();
  });
});

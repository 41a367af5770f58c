import { expect } from '@open-wc/testing';
import { closePages, cookieNames, openPage, until, type TestPage } from '../harness/page.js';
import { POLICIES } from '../harness/markup.js';

function flowButton(page: TestPage, text: string): HTMLButtonElement {
  return page.button(page.document.getElementById('flow')!.shadowRoot, text);
}

describe('policies on a real page, with the booted widget', () => {
  afterEach(closePages);

  it('reports the answers in assent.get() and assent-change, and asks nothing after a reload', async () => {
    const page = await openPage({ body: POLICIES, attrs: { banner: 'off' } });
    expect(page.errors, 'no false alarms while the parser adds the policies').to.deep.equal([]);
    const changes: CustomEvent[] = [];
    page.document.addEventListener('assent-change', (event) => changes.push(event as CustomEvent));
    const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
    flowButton(page, 'I agree').click();
    await tick();
    flowButton(page, 'I do not agree').click();
    await tick();
    flowButton(page, 'Confirm').click();
    await until(() => changes.length > 0, 'assent-change fired');

    const policies = page.assent.get().policies!;
    expect(policies.privacy).to.deep.include({ version: '3', accepted: true, onBehalf: false });
    expect(policies.newsletter).to.deep.include({ version: '1', accepted: false });
    expect(changes.at(-1)!.detail.decision.policies.privacy.accepted).to.equal(true);
    expect(cookieNames()).to.include('assent_policies');

    await page.reload();
    expect(page.assent.get().policies!.privacy.version).to.equal('3');
    expect(page.document.getElementById('flow')!.shadowRoot!.textContent).to.not.include('I agree');
  });
});

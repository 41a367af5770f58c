import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { seal } from '../../src/core/codec.js';
import { closePages, openPage, settle } from '../harness/page.js';

/*
 * Cookies resealed as the widget seals them, with times no Date can hold:
 * the checksum is no secret, so anyone can write one. The page must start,
 * ask as if nothing were stored, and the settings dialog must work.
 */
const HUGE = 'zzzzzzzzz';
const NOW36 = Math.floor(Date.now() / 1000).toString(36);

describe('cookies with a huge time (real pages)', () => {
  afterEach(closePages);

  it('the widget starts and asks again: a policy answer, a decision and an embed grant all count as none', async () => {
    Cookies.set('assent_policies', seal([`privacy:1:a0:${HUGE}`])!, { path: '/' });
    Cookies.set('assent', seal(['', 'analytics1', NOW36, HUGE, 'u'])!, { path: '/' });
    Cookies.set('assent_youtube', seal([NOW36, HUGE])!, { path: '/' });
    const page = await openPage();
    expect(page.errors).to.deep.equal([]);
    expect(page.bannerShown()).to.equal(true);
    expect(page.assent.get()).to.deep.include({ updatedAt: null, policies: {} });
    expect(page.assent.has('youtube')).to.equal(false);

    page.assent.openSettings();
    await settle(page.window);
    expect(page.settings().querySelector('dialog')?.open, 'the settings dialog opens').to.equal(true);
    page.assent.rejectAll();
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.errors).to.deep.equal([]);
  });
});

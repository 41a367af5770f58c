import { html, type TemplateResult } from 'lit';

/** A policy flow as a site writes it: one compulsory policy with its full text, one optional. */
export const POLICIES = `
<assent-policies id="flow">
  <assent-policy name="privacy" version="3" required updated="2024-01-23">
    <h2 slot="title">Privacy policy</h2>
    <div slot="summary">We process your data to run the platform.</div>
    <div slot="full">The full privacy policy.</div>
  </assent-policy>
  <assent-policy name="newsletter" version="1">
    <h2 slot="title">Newsletter</h2>
    <div slot="summary">News about courses, once a month.</div>
  </assent-policy>
</assent-policies>`;

/**
 * The three policies of the component tests: privacy (compulsory, full text
 * in the page, dated), terms (compulsory, full text behind a link) and
 * newsletter (optional, dated).
 */
export const threePolicies = (termsVersion = '1'): TemplateResult => html`
  <assent-policy name="privacy" version="3" required updated="2024-01-23">
    <h2 slot="title">Privacy policy</h2>
    <p slot="summary">We process your data to run the platform.</p>
    <div slot="full"><p>The full privacy text: controller, purposes, retention.</p></div>
  </assent-policy>
  <assent-policy name="terms" version=${termsVersion} required href="/terms.html">
    <h2 slot="title">Terms of use</h2>
    <p slot="summary">Rules for using the platform.</p>
  </assent-policy>
  <assent-policy name="newsletter" version="1" updated="2023-05-25">
    <h2 slot="title">Newsletter</h2>
    <p slot="summary">News about courses, by e-mail.</p>
    <div slot="full"><p>We send at most one e-mail a month.</p></div>
  </assent-policy>
`;

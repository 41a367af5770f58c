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

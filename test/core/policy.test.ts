import { expect } from '@open-wc/testing';
import { CODEC_VERSION, checksum, MAX_COOKIE_LENGTH, seal } from '../../src/core/codec.js';
import {
  agreeLater,
  agreements,
  answeredAsMinor,
  askedPolicies,
  canConfirm,
  currentPolicy,
  parseDigitalAge,
  policiesToAsk,
  startFlow,
  transition,
  validatePolicies,
  withdrawAgreement,
  type FlowAction,
  type FlowState,
  type PolicyDefinition,
  type PolicyInput,
  type PolicyRecord,
} from '../../src/core/policy.js';
import {
  decodePolicies,
  describePolicies,
  encodePolicies,
  POLICY_COOKIE,
  readPolicyDecisions,
  readPolicyRecord,
  writePolicyRecord,
} from '../../src/core/policy-codec.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';

const NOW = 1_717_000_000;
const DAY = 86400;

const INPUT: PolicyInput[] = [
  { name: 'privacy', version: '3', required: true, title: 'Privacy policy', updated: '2024-01-23', hasFull: true },
  { name: 'terms', version: '1', required: true, title: 'Terms of use', href: '/terms' },
  { name: 'newsletter', version: '1', title: 'Newsletter' },
];

function definitions(input: PolicyInput[] = INPUT): PolicyDefinition[] {
  const { policies, errors } = validatePolicies(input);
  expect(errors).to.deep.equal([]);
  return policies;
}

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(transition, state);
}

const accept: FlowAction = { type: 'accept' };
const decline: FlowAction = { type: 'decline' };
const next: FlowAction = { type: 'next' };
const back: FlowAction = { type: 'back' };
const confirm: FlowAction = { type: 'confirm', now: NOW };

describe('validatePolicies', () => {
  it('keeps good input as it is, in page order', () => {
    const policies = definitions();
    expect(policies.map((p) => p.name)).to.deep.equal(['privacy', 'terms', 'newsletter']);
    expect(policies[0]).to.deep.equal({
      name: 'privacy',
      version: '3',
      updated: '2024-01-23',
      required: true,
      title: 'Privacy policy',
      hasFull: true,
      href: null,
    });
    expect(policies[1].href).to.equal('/terms');
    expect(policies[2].required).to.equal(false);
  });

  it('drops a duplicate name, keeps the first and says so', () => {
    const { policies, errors } = validatePolicies([...INPUT, { name: 'privacy', version: '9', title: 'Other' }]);
    expect(policies.map((p) => p.name)).to.deep.equal(['privacy', 'terms', 'newsletter']);
    expect(policies[0].version).to.equal('3');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('"privacy"').and.contain('unique');
  });

  it('drops a policy without a name', () => {
    const { policies, errors } = validatePolicies([{ version: '1', title: 'Nameless' }, INPUT[2]]);
    expect(policies.map((p) => p.name)).to.deep.equal(['newsletter']);
    expect(errors[0]).to.contain('number 1').and.contain('name');
  });

  it('drops a policy whose name or version the receipt schema cannot hold (over 200 characters), with an error', () => {
    const long = 'n'.repeat(201);
    const { policies, errors } = validatePolicies([
      { name: long, version: '1', title: 'Long name' },
      { name: 'privacy', version: long, title: 'Long version' },
      { name: 'n'.repeat(200), version: 'v'.repeat(200), title: 'Just fits' },
    ]);
    expect(policies.map((p) => p.title)).to.deep.equal(['Just fits']);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('number 1').and.contain('200 characters');
    expect(errors[1]).to.contain('number 2').and.contain('200 characters');
  });

  it('keeps a policy without a version, with an error that says how to fix it', () => {
    const { policies, errors } = validatePolicies([{ name: 'privacy', required: true, title: 'Privacy' }]);
    expect(policies[0].version).to.equal('');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('"privacy"').and.contain('version');
  });

  it('shows the name of a required policy without a title, with an error', () => {
    const { policies, errors } = validatePolicies([{ name: 'privacy', version: '1', required: true, title: '  ' }]);
    expect(policies[0].title).to.equal('privacy');
    expect(errors[0]).to.match(/^Required policy "privacy" has no title/);
  });

  it('ignores an updated date that is not a date', () => {
    const { policies, errors } = validatePolicies([{ name: 'a', version: '1', title: 'A', updated: 'last Tuesday' }]);
    expect(policies[0].updated).to.equal(null);
    expect(errors[0]).to.contain('last Tuesday').and.contain('YYYY-MM-DD');
  });

  it('still gives a usable flow from bad input', () => {
    const { policies, errors } = validatePolicies([
      { name: 'privacy', required: true },
      { name: 'privacy', version: '2', title: 'Again' },
      { name: 'news', version: '1', title: 'News' },
    ]);
    expect(errors).to.have.length(3);
    const done = run(startFlow(policies, {}, { now: NOW }), accept, decline, confirm);
    expect(done.step).to.equal('done');
    expect(done.result).to.deep.equal({
      privacy: { version: '', accepted: true, at: NOW, onBehalf: false },
      news: { version: '1', accepted: false, at: NOW, onBehalf: false },
    });
  });
});

describe('parseDigitalAge', () => {
  it('reads whole years and leaves the age unasked when absent', () => {
    expect(parseDigitalAge('16')).to.deep.equal({ age: 16, error: null });
    expect(parseDigitalAge(null)).to.deep.equal({ age: null, error: null });
    expect(parseDigitalAge('')).to.deep.equal({ age: null, error: null });
  });

  it('names the bad value and the allowed ones', () => {
    for (const bad of ['sixteen', '0', '16.5', '-3', '100']) {
      const { age, error } = parseDigitalAge(bad);
      expect(age, bad).to.equal(null);
      expect(error, bad).to.contain(`"${bad}"`).and.contain('1 to 99');
    }
  });
});

describe('policy flow', () => {
  it('starts on the first policy and nothing is answered', () => {
    const state = startFlow(definitions(), {}, { now: NOW });
    expect(state.step).to.equal('policy');
    expect(currentPolicy(state)?.name).to.equal('privacy');
    expect(state.answers).to.deep.equal({});
    expect(canConfirm(state)).to.equal(false);
  });

  it('walks accept, accept, decline to the review and confirms', () => {
    let state = startFlow(definitions(), {}, { now: NOW });
    state = run(state, accept);
    expect(currentPolicy(state)?.name).to.equal('terms');
    expect(state.index).to.equal(1);
    state = run(state, accept, decline);
    expect(state.step).to.equal('review');
    expect(state.answers).to.deep.equal({ privacy: true, terms: true, newsletter: false });
    expect(canConfirm(state)).to.equal(true);
    state = run(state, confirm);
    expect(state.step).to.equal('done');
    expect(state.result).to.deep.equal({
      privacy: { version: '3', accepted: true, at: NOW, onBehalf: false },
      terms: { version: '1', accepted: true, at: NOW, onBehalf: false },
      newsletter: { version: '1', accepted: false, at: NOW, onBehalf: false },
    });
  });

  it('will not go on from an unanswered page', () => {
    const state = run(startFlow(definitions(), {}, { now: NOW }), next);
    expect(state.step).to.equal('policy');
    expect(state.index).to.equal(0);
    expect(state.problem).to.equal('answer-needed');
  });

  it('goes back and forth over answered pages, keeping the answers', () => {
    let state = run(startFlow(definitions(), {}, { now: NOW }), accept, back);
    expect(state.index).to.equal(0);
    expect(state.answers).to.deep.equal({ privacy: true });
    state = run(state, next);
    expect(state.index).to.equal(1);
    expect(state.problem).to.equal(null);
    state = run(state, back, back);
    expect(state.index).to.equal(0);
  });

  it('lets a changed mind replace an answer', () => {
    const state = run(startFlow(definitions(), {}, { now: NOW }), accept, accept, accept, back, decline);
    expect(state.step).to.equal('review');
    expect(state.answers.newsletter).to.equal(false);
  });

  it('turns declining a compulsory policy into the refused page, which one can leave by going back', () => {
    let state = run(startFlow(definitions(), {}, { now: NOW }), decline);
    expect(state.step).to.equal('refused');
    expect(currentPolicy(state)?.name).to.equal('privacy');
    expect(state.answers).to.deep.equal({});
    // Nothing but "back" does anything there.
    for (const action of [accept, decline, next, confirm]) expect(transition(state, action)).to.equal(state);
    state = run(state, back);
    expect(state.step).to.equal('policy');
    expect(currentPolicy(state)?.name).to.equal('privacy');
    state = run(state, accept);
    expect(currentPolicy(state)?.name).to.equal('terms');
  });

  it('forgets an earlier "yes" to a compulsory policy that is then declined', () => {
    const state = run(startFlow(definitions(), {}, { now: NOW }), accept, back, decline);
    expect(state.step).to.equal('refused');
    expect(state.answers).to.deep.equal({});
  });

  it('goes back from the review to the last policy', () => {
    const state = run(startFlow(definitions(), {}, { now: NOW }), accept, accept, accept, back);
    expect(state.step).to.equal('policy');
    expect(currentPolicy(state)?.name).to.equal('newsletter');
  });

  it('ignores every action once done, and back on the first page without an age question', () => {
    const first = startFlow(definitions(), {}, { now: NOW });
    expect(transition(first, back)).to.equal(first);
    expect(transition(first, confirm)).to.equal(first);
    expect(transition(first, { type: 'setAge', age: 20 })).to.equal(first);
    expect(transition(first, { type: 'guardianConsent', given: true })).to.equal(first);
    const done = run(first, accept, accept, accept, confirm);
    for (const action of [accept, decline, next, back, confirm]) expect(transition(done, action)).to.equal(done);
  });

  it('does not confirm a review that lacks a compulsory answer', () => {
    const state = run(startFlow(definitions(), {}, { now: NOW }), accept, accept, decline);
    const broken: FlowState = { ...state, answers: { privacy: false, terms: true, newsletter: false } };
    expect(canConfirm(broken)).to.equal(false);
    expect(transition(broken, confirm)).to.equal(broken);
  });

  it('keeps stored answers to other policies in the result', () => {
    const stored: PolicyRecord = { app: { version: '2', accepted: true, at: NOW - DAY, onBehalf: false } };
    const state = run(startFlow(definitions(), stored, { now: NOW }), accept, accept, accept, confirm);
    expect(state.result?.app).to.deep.equal(stored.app);
    expect(Object.keys(state.result!)).to.have.members(['app', 'privacy', 'terms', 'newsletter']);
  });
});

describe('what to ask', () => {
  const stored: PolicyRecord = {
    privacy: { version: '3', accepted: true, at: NOW - DAY, onBehalf: false },
    terms: { version: '1', accepted: true, at: NOW - DAY, onBehalf: false },
    newsletter: { version: '1', accepted: false, at: NOW - DAY, onBehalf: false },
  };

  it('asks nothing when every policy is answered for its version', () => {
    const state = startFlow(definitions(), stored, { now: NOW, digitalAge: 16 });
    expect(state.step).to.equal('done');
    expect(state.queue).to.deep.equal([]);
    expect(state.result).to.equal(stored);
  });

  it('asks only the policy whose version changed', () => {
    const input = INPUT.map((p) => (p.name === 'terms' ? { ...p, version: '2' } : p));
    const state = startFlow(definitions(input), stored, { now: NOW });
    expect(state.queue).to.deep.equal(['terms']);
    const done = run(state, accept, confirm);
    expect(done.result?.terms).to.deep.equal({ version: '2', accepted: true, at: NOW, onBehalf: false });
    expect(done.result?.privacy).to.equal(stored.privacy);
    expect(done.result?.newsletter).to.equal(stored.newsletter);
  });

  it('asks a new policy and a compulsory one stored as declined, and not one answered in the future', () => {
    const odd: PolicyRecord = {
      ...stored,
      privacy: { ...stored.privacy, accepted: false },
      terms: { ...stored.terms, at: NOW + 2 * DAY },
    };
    const asked = policiesToAsk(definitions([...INPUT, { name: 'care', version: '1', title: 'Care' }]), odd, NOW);
    expect(asked.map((p) => p.name)).to.deep.equal(['privacy', 'terms', 'care']);
  });
});

describe('minors', () => {
  const start = () => startFlow(definitions(), {}, { now: NOW, digitalAge: 16 });
  const age = (value: number | string): FlowAction => ({ type: 'setAge', age: value });
  const guardian = (given: boolean): FlowAction => ({ type: 'guardianConsent', given });

  it('asks the age first, and an adult then answers alone', () => {
    let state = start();
    expect(state.step).to.equal('age');
    expect(currentPolicy(state)).to.equal(null);
    for (const action of [accept, decline, next, back, confirm]) expect(transition(state, action)).to.equal(state);
    state = run(state, age('16'));
    expect(state.step).to.equal('policy');
    expect(state.minor).to.equal(false);
    state = run(state, accept, accept, accept, confirm);
    expect(state.result?.privacy.onBehalf).to.equal(false);
  });

  it('rejects an age that is not a whole number of years', () => {
    for (const bad of ['', 'ten', '-1', '15.5', 200]) {
      const state = run(start(), age(bad));
      expect(state.step, String(bad)).to.equal('age');
      expect(state.problem, String(bad)).to.equal('age-invalid');
    }
  });

  it('needs the guardian before a minor can agree, and records it', () => {
    let state = run(start(), age(12));
    expect(state.minor).to.equal(true);
    const blocked = run(state, accept);
    expect(blocked.problem).to.equal('guardian-needed');
    expect(blocked.answers).to.deep.equal({});
    expect(blocked.index).to.equal(0);
    state = run(blocked, guardian(true));
    expect(state.problem).to.equal(null);
    state = run(state, accept, guardian(true), accept, decline, confirm);
    expect(state.result).to.deep.equal({
      privacy: { version: '3', accepted: true, at: NOW, onBehalf: true },
      terms: { version: '1', accepted: true, at: NOW, onBehalf: true },
      newsletter: { version: '1', accepted: false, at: NOW, onBehalf: false },
    });
  });

  it('lets a minor decline an optional policy without a guardian', () => {
    const state = run(start(), age(10), guardian(true), accept, guardian(true), accept, decline);
    expect(state.step).to.equal('review');
    expect(state.answers.newsletter).to.equal(false);
  });

  it('takes the "yes" back when the guardian box is cleared', () => {
    const state = run(start(), age(10), guardian(true), accept, back, guardian(false));
    expect(state.answers).to.deep.equal({});
    expect(run(state, next).problem).to.equal('answer-needed');
  });

  it('goes back to the age question, and a new minor answer drops agreements made without a guardian', () => {
    let state = run(start(), age(30), accept, accept);
    state = run(state, back, back);
    expect(state.step).to.equal('policy');
    state = run(state, back);
    expect(state.step).to.equal('age');
    state = run(state, age(14));
    expect(state.minor).to.equal(true);
    expect(state.answers).to.deep.equal({});
    expect(state.index).to.equal(0);
  });

  it('ignores the guardian box for adults', () => {
    const state = run(start(), age(40));
    expect(transition(state, guardian(true))).to.equal(state);
  });
});

describe('agreements and withdrawal', () => {
  const stored: PolicyRecord = {
    privacy: { version: '2', accepted: true, at: NOW - 9 * DAY, onBehalf: false },
    terms: { version: '1', accepted: true, at: NOW - DAY, onBehalf: true },
    newsletter: { version: '1', accepted: true, at: NOW - DAY, onBehalf: false },
  };

  it('lists each policy with its status, version and time', () => {
    const rows = agreements(definitions([...INPUT, { name: 'care', version: '1', title: 'Care' }]), stored, NOW);
    expect(rows.map((r) => [r.policy.name, r.status, r.decision?.version ?? null, r.canWithdraw])).to.deep.equal([
      ['privacy', 'outdated', '2', false],
      ['terms', 'agreed', '1', false],
      ['newsletter', 'agreed', '1', true],
      ['care', 'unanswered', null, false],
    ]);
    expect(rows[1].decision?.onBehalf).to.equal(true);
  });

  it('withdraws an optional agreement as a decline of the same version, now', () => {
    const after = withdrawAgreement(definitions(), stored, 'newsletter', NOW);
    expect(after?.newsletter).to.deep.equal({ version: '1', accepted: false, at: NOW, onBehalf: false, withdrawn: true });
    expect(after?.terms).to.equal(stored.terms);
    expect(agreements(definitions(), after!, NOW)[2].status).to.equal('declined');
    // Declined since, the flow does not ask it again.
    expect(policiesToAsk(definitions(), after!, NOW).map((p) => p.name)).to.deep.equal(['privacy']);
  });

  it('lets an optional policy declined earlier be agreed to', () => {
    const declined = withdrawAgreement(definitions(), stored, 'newsletter', NOW)!;
    const rows = agreements(definitions(), declined, NOW);
    // privacy is outdated (a new version), terms agreed, newsletter declined.
    expect(rows.map((r) => r.canAgree)).to.deep.equal([true, false, true]);
    const again = agreeLater(definitions(), declined, 'newsletter', NOW + 5, { onBehalf: true });
    expect(again?.newsletter).to.deep.equal({ version: '1', accepted: true, at: NOW + 5, onBehalf: true });
    expect(agreeLater(definitions(), declined, 'terms', NOW), 'already agreed').to.equal(null);
    expect(agreeLater(definitions(), stored, 'newsletter', NOW), 'already agreed').to.equal(null);
    expect(agreeLater(definitions(), stored, 'unknown', NOW), 'not a policy of the page').to.equal(null);
  });

  it('lets a new version or a policy never answered be agreed to, compulsory ones included, so the view is no dead end', () => {
    const defs = definitions([...INPUT, { name: 'care', version: '1', title: 'Care', required: true }]);
    const rows = agreements(defs, stored, NOW);
    expect(rows.map((r) => [r.policy.name, r.status, r.canAgree])).to.deep.equal([
      ['privacy', 'outdated', true],
      ['terms', 'agreed', false],
      ['newsletter', 'agreed', false],
      ['care', 'unanswered', true],
    ]);
    const privacy = agreeLater(defs, stored, 'privacy', NOW + 5);
    const version = defs.find((p) => p.name === 'privacy')!.version;
    expect(privacy?.privacy).to.deep.equal({ version, accepted: true, at: NOW + 5, onBehalf: false });
    expect(agreements(defs, privacy!, NOW + 5)[0].status).to.equal('agreed');
    expect(agreeLater(defs, stored, 'care', NOW)?.care.accepted).to.equal(true);
  });

  it('leaves agreeing to the flow where the age was never asked (digital-age set, nothing answered yet)', () => {
    expect(agreements(definitions(), {}, NOW, 16).map((r) => r.canAgree)).to.deep.equal([false, false, false]);
    expect(agreeLater(definitions(), {}, 'newsletter', NOW, { digitalAge: 16 })).to.equal(null);
    // Without digital-age, or once the flow has stored answers, agreeing here is fine.
    expect(agreements(definitions(), {}, NOW).map((r) => r.canAgree)).to.deep.equal([true, true, true]);
    expect(agreements(definitions(), stored, NOW, 16)[0].canAgree).to.equal(true);
  });

  it('knows whether the answers were given as a minor', () => {
    expect(answeredAsMinor(stored)).to.equal(true);
    expect(answeredAsMinor({ a: { ...stored.privacy } })).to.equal(false);
    expect(answeredAsMinor({})).to.equal(false);
  });

  it('never withdraws a compulsory policy, an unknown one or one not agreed to', () => {
    expect(withdrawAgreement(definitions(), stored, 'terms', NOW)).to.equal(null);
    expect(withdrawAgreement(definitions(), stored, 'nope', NOW)).to.equal(null);
    const declined = withdrawAgreement(definitions(), stored, 'newsletter', NOW)!;
    expect(withdrawAgreement(definitions(), declined, 'newsletter', NOW)).to.equal(null);
  });
});

describe('assent_policies codec', () => {
  const record: PolicyRecord = {
    privacy: { version: '3', accepted: true, at: NOW, onBehalf: false },
    'terms of use': { version: '2024-01|a,b:c', accepted: true, at: NOW - 5, onBehalf: true },
    newsletter: { version: '1', accepted: false, at: NOW, onBehalf: false },
    forum: { version: '2', accepted: false, at: NOW - 9, onBehalf: false, withdrawn: true },
  };

  it('reads back what it wrote, odd characters included', () => {
    const value = encodePolicies(record)!;
    expect(value.startsWith(`${CODEC_VERSION}|`)).to.equal(true);
    expect(decodePolicies(value)).to.deep.equal(record);
    expect(decodePolicies(encodePolicies({}))).to.deep.equal({});
  });

  it('tells a withdrawn agreement from a declined one, and a later answer drops the mark', () => {
    const value = encodePolicies(record)!;
    expect(decodePolicies(value)!.forum.withdrawn).to.equal(true);
    expect(decodePolicies(value)!.newsletter).to.not.have.property('withdrawn');
    const declinedSince = decodePolicies(encodePolicies({ forum: { version: '3', accepted: false, at: NOW, onBehalf: false } }))!;
    expect(declinedSince.forum).to.not.have.property('withdrawn');
    // The public shape stays as it was: a withdrawn agreement is one not accepted.
    expect(describePolicies(decodePolicies(value)!).forum).to.deep.equal({ version: '2', accepted: false, at: new Date((NOW - 9) * 1000).toISOString(), onBehalf: false });
  });

  it('keeps a policy named __proto__ as data', () => {
    const odd = decodePolicies(encodePolicies({ ['__proto__']: record.privacy } as PolicyRecord));
    expect(Object.keys(odd!)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(odd)).to.equal(Object.prototype);
  });

  it('reads any change to the value as no decision', () => {
    const value = encodePolicies(record)!;
    expect(decodePolicies(value.replace(':a0:', ':a1:'))).to.equal(null);
    expect(decodePolicies(value.replace('newsletter:1:d0', 'newsletter:1:a0'))).to.equal(null);
    expect(decodePolicies(value.slice(0, -1))).to.equal(null);
    expect(decodePolicies(value.slice(1))).to.equal(null);
    expect(decodePolicies(`${value}|x`)).to.equal(null);
    expect(decodePolicies('')).to.equal(null);
    expect(decodePolicies(undefined)).to.equal(null);
  });

  it('reads a value of another codec version as no decision', () => {
    const value = encodePolicies(record)!;
    const body = `9${value.slice(1, value.lastIndexOf('|'))}`;
    expect(decodePolicies(`${body}|${checksum(body)}`)).to.equal(null);
  });

  it('reads a well-sealed but malformed list as no decision', () => {
    for (const list of ['privacy:3:x0:abc', 'privacy:3:a0:', 'privacy:3:a0:abc,privacy:4:a0:abc', 'pri%E0vacy:3:a0:1', 'a:1:a0:1,']) {
      expect(decodePolicies(seal([list])), list).to.equal(null);
    }
  });

  it('refuses to write, and to read, more than the size limit', () => {
    const big: Record<string, PolicyRecord[string]> = {};
    for (let i = 0; i < 60; i++) big[`policy-number-${i}`] = { version: '1', accepted: true, at: NOW, onBehalf: false };
    expect(encodePolicies(big)).to.equal(null);
    const list = Object.keys(big)
      .map((name) => `${name}:1:a0:${NOW.toString(36)}`)
      .join(',');
    const body = `${CODEC_VERSION}|${list}`;
    const oversized = `${body}|${checksum(body)}`;
    expect(oversized.length).to.be.greaterThan(MAX_COOKIE_LENGTH);
    expect(decodePolicies(oversized)).to.equal(null);
  });

  it('reads and writes through a storage, as no decision when damaged', () => {
    const storage = memoryStorage();
    expect(readPolicyRecord(storage)).to.deep.equal({});
    expect(writePolicyRecord(storage, record)).to.equal(true);
    expect(readPolicyRecord(storage)).to.deep.equal(record);
    expect(readPolicyDecisions(storage).privacy).to.deep.equal({
      version: '3',
      accepted: true,
      at: new Date(NOW * 1000).toISOString(),
      onBehalf: false,
    });
    storage.write(POLICY_COOKIE, storage.read(POLICY_COOKIE)!.replace('privacy', 'privacz'), 1);
    expect(readPolicyRecord(storage)).to.deep.equal({});
    expect(readPolicyDecisions(storage)).to.deep.equal({});
  });

  it('reports a record too large to store', () => {
    const storage = memoryStorage();
    const big = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`policy-number-${i}`, record.privacy]),
    ) as PolicyRecord;
    expect(writePolicyRecord(storage, big)).to.equal(false);
    expect(storage.read(POLICY_COOKIE)).to.equal(undefined);
  });

  it('describes decisions in the public shape', () => {
    expect(describePolicies({ a: { version: '1', accepted: false, at: 0, onBehalf: true } })).to.deep.equal({
      a: { version: '1', accepted: false, at: '1970-01-01T00:00:00.000Z', onBehalf: true },
    });
  });

  it('stores what a finished flow returns and asks nothing afterwards', () => {
    const storage = memoryStorage();
    const done = run(startFlow(definitions(), {}, { now: NOW }), accept, accept, accept, confirm);
    writePolicyRecord(storage, done.result!);
    const again = startFlow(definitions(), readPolicyRecord(storage), { now: NOW + 60 });
    expect(again.step).to.equal('done');
    expect(askedPolicies(again)).to.deep.equal([]);
  });
});

describe("policy names that are also JavaScript's", () => {
  for (const name of ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__']) {
    it(`a compulsory policy named ${name} is agreed only by agreeing, also for a minor`, () => {
      const policies = definitions([{ name, version: '1', required: true, title: 'Rules' }]);
      const start = startFlow(policies, {}, { now: NOW });
      const skipped = run(start, next, confirm);
      expect(skipped.step).to.equal('policy');
      expect(skipped.problem).to.equal('answer-needed');
      expect(canConfirm(skipped)).to.equal(false);

      const done = run(start, accept, confirm);
      expect(done.step).to.equal('done');
      expect(Object.hasOwn(done.result!, name)).to.equal(true);
      expect(Object.getPrototypeOf(done.result)).to.equal(Object.prototype);
      expect(done.result![name]).to.deep.include({ version: '1', accepted: true, onBehalf: false });

      // A minor needs the guardian's agreement for this one too.
      const minor = run(startFlow(policies, {}, { now: NOW, digitalAge: 16 }), { type: 'setAge', age: 12 }, accept);
      expect(minor.problem).to.equal('guardian-needed');
    });
  }
});

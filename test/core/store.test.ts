import { expect } from '@open-wc/testing';
import { createStore } from '../../src/core/store.js';

describe('createStore', () => {
  it('returns the value it was given and then the one set', () => {
    const $n = createStore(1);
    expect($n.get()).to.equal(1);
    $n.set(2);
    expect($n.get()).to.equal(2);
  });

  it('tells listeners the new and the previous value until they unsubscribe', () => {
    const $n = createStore('a');
    const seen: string[] = [];
    const stop = $n.listen((value, previous) => seen.push(`${previous}->${value}`));
    $n.set('b');
    stop();
    $n.set('c');
    expect(seen).to.deep.equal(['a->b']);
  });

  it('does not call listeners when the same value is set again', () => {
    const $n = createStore(5);
    let calls = 0;
    $n.listen(() => calls++);
    $n.set(5);
    expect(calls).to.equal(0);
  });

  it('lets a listener unsubscribe during a change without skipping the next listener', () => {
    const $n = createStore(0);
    const calls: string[] = [];
    const stopFirst = $n.listen(() => {
      calls.push('first');
      stopFirst();
    });
    $n.listen(() => calls.push('second'));
    $n.set(1);
    $n.set(2);
    expect(calls).to.deep.equal(['first', 'second', 'second']);
  });
});

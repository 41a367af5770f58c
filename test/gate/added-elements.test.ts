import { expect } from '@open-wc/testing';
import { addedElements, watchAdded } from '../../src/gate/added-elements.js';

/** The records one MutationObserver batch holds after `change` ran. */
async function batchOf(root: Element, change: () => void): Promise<MutationRecord[]> {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { childList: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('addedElements', () => {
  it('gives the topmost of the elements a batch added, as the parser adds a parent and then its children', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const [section, paragraph, iframe, aside] = ['section', 'p', 'iframe', 'aside'].map((name) => document.createElement(name));
    const records = await batchOf(root, () => {
      root.append(section);
      section.append(paragraph);
      paragraph.append(iframe, document.createTextNode('text'));
      root.append(aside);
    });
    expect(records.length).to.equal(4);
    expect(addedElements(records)).to.deep.equal([section, aside]);
    root.remove();
  });

  it('keeps an element whose parent was there before the batch, and leaves out text', async () => {
    const root = document.createElement('div');
    const old = document.createElement('main');
    root.append(old);
    document.body.append(root);
    const iframe = document.createElement('iframe');
    const records = await batchOf(root, () => old.append(document.createTextNode('a'), iframe));
    expect(addedElements(records)).to.deep.equal([iframe]);
    root.remove();
  });

  it('watchAdded hands each listener the topmost added elements, until it is stopped', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const first: Element[][] = [];
    const second: Element[][] = [];
    const stopFirst = watchAdded(root, (added) => first.push([...added]));
    const stopSecond = watchAdded(root, (added) => second.push([...added]));
    const section = document.createElement('section');
    root.append(section);
    section.append(document.createElement('iframe'));
    await Promise.resolve();
    expect(first).to.deep.equal([[section]]);
    expect(second).to.deep.equal([[section]]);
    stopFirst();
    const aside = document.createElement('aside');
    root.append(aside);
    await Promise.resolve();
    expect(first, 'stopped').to.have.length(1);
    expect(second).to.deep.equal([[section], [aside]]);
    stopSecond();
    root.remove();
  });
});

import { expect } from '@open-wc/testing';
import { maps } from '../../src/providers/maps.js';

const PB = '!1m18!1m12!1m3!1d2427.9!2d13.3976!3d52.5186!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sMuseumsinsel!5e0!3m2!1sde!2sde!4v1700000000000';
const read = (href: string) => maps.match(new URL(href));

describe('maps.match', () => {
  it('reads the share dialog iframe URL', () => {
    const href = `https://www.google.com/maps/embed?pb=${PB}`;
    const target = read(href);
    expect(target).to.deep.equal({ provider: 'googlemaps', id: 'pb', params: { pb: new URL(href).searchParams.get('pb') } });
  });

  it('reads the Maps Embed API and keeps only its parameters', () => {
    expect(read('https://www.google.com/maps/embed/v1/place?key=AIzaKEY&q=Eiffel+Tower,Paris&zoom=12&onload=alert(1)')).to.deep.equal({
      provider: 'googlemaps',
      id: 'place',
      params: { key: 'AIzaKEY', q: 'Eiffel Tower,Paris', zoom: '12' },
    });
  });

  it('reads the old maps.google.com output=embed form', () => {
    expect(read('https://maps.google.com/maps?q=Berlin&z=10&output=embed')).to.deep.equal({
      provider: 'googlemaps',
      id: 'legacy',
      params: { q: 'Berlin', z: '10' },
    });
  });

  it('reads the old form as embed-code generators write it, leaving out the empty parameters', () => {
    expect(read('https://maps.google.com/maps?width=600&height=400&hl=en&q=Berlin&t=&z=14&ie=UTF8&iwloc=B&output=embed')).to.deep.equal({
      provider: 'googlemaps',
      id: 'legacy',
      params: { q: 'Berlin', z: '14', hl: 'en' },
    });
  });

  const refused = [
    'https://maps.google.com/maps?q=&output=embed',
    `https://www.google.com.evil.example/maps/embed?pb=${PB}`,
    `https://evil.example/maps/embed?pb=${PB}`,
    `https://www.google.com/maps/embed?pb=${'!1m2'.repeat(2000)}`,
    'https://www.google.com/maps/embed',
    'https://www.google.com/maps/embed?pb=nope',
    'https://www.google.com/maps/embed?pb=!1m2%0A!2',
    'https://www.google.com/maps/place/Berlin',
    'https://www.google.com/maps/embed/v1/place?q=Berlin',
    'https://www.google.com/maps/embed/v1/evil?key=K&q=Berlin',
    'https://www.google.com/search?q=maps',
    'https://maps.google.com/maps?q=Berlin',
    `https://www.google.com:8080/maps/embed?pb=${PB}`,
  ];
  for (const href of refused) {
    it(`refuses ${href.slice(0, 90)}`, () => {
      expect(read(href)).to.equal(null);
    });
  }
});

describe('maps.embedUrl', () => {
  it('rebuilds the share dialog URL with the same pb', () => {
    const href = `https://www.google.com/maps/embed?pb=${PB}`;
    const built = new URL(maps.embedUrl(read(href)!, { autoplay: true }));
    expect(built.origin + built.pathname).to.equal('https://www.google.com/maps/embed');
    expect(built.searchParams.get('pb')).to.equal(new URL(href).searchParams.get('pb'));
    expect([...built.searchParams.keys()]).to.deep.equal(['pb']);
  });

  it('rebuilds an Embed API URL', () => {
    const built = maps.embedUrl(read('https://www.google.com/maps/embed/v1/place?key=K&q=Berlin')!, { autoplay: false });
    expect(built).to.equal('https://www.google.com/maps/embed/v1/place?key=K&q=Berlin');
  });

  it('refuses to build from a mode it does not know', () => {
    expect(() => maps.embedUrl({ provider: 'googlemaps', id: 'x/../../evil', params: {} }, { autoplay: false })).to.throw();
  });

  it('is 4:3 like the iframe the share dialog writes', () => {
    expect(maps.aspectRatio!({ provider: 'googlemaps', id: 'pb', params: {} })).to.equal('4 / 3');
  });
});

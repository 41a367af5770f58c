import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const fi: Translation = {
  $code: 'fi',
  $name: 'Suomi',
  $dir: 'ltr',

  bannerLabel: 'Evästesuostumus',
  bannerTitle: 'Evästeet tällä oppimisalustalla',
  bannerText:
    'Käytämme välttämättömiä evästeitä, jotta voit kirjautua sisään ja käyttää alustaa. Suostumuksellasi käytämme evästeitä myös ymmärtääksemme, miten alustaa käytetään. Voit muuttaa valintaasi milloin tahansa kohdassa ”Evästeasetukset”.',
  privacyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  settings: 'Asetukset',

  settingsTitle: 'Evästeasetukset',
  settingsIntro:
    'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska alusta ei toimi ilman niitä. Voit peruuttaa suostumuksesi täällä milloin tahansa.',
  saveChoices: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  cookiesUsed: 'Tämän luokan evästeet',
  cookieName: 'Nimi',
  cookieExpires: 'Vanhenee',
  cookieProvider: 'Asettaja',
  session: 'Kun selain suljetaan',
  untilDelivered: 'Kunnes lähetetty tälle sivustolle',
  thisSite: 'Tämä sivusto',
  noCookies: 'Tähän luokkaan ei ole lueteltu evästeitä.',
  embedsTitle: 'Ulkoinen sisältö',
  embedsIntro:
    'Palveluntarjoajat, joiden videot tai kartat olet sallinut ladata tämän sivuston kaikilla sivuilla kysymättä joka kerta.',
  embedsNone: 'Et ole sallinut yhtään palveluntarjoajaa.',
  embedAllowedUntil: (date) => `Sallittu ${date} asti`,
  embedWithdraw: (provider) => `Lopeta palvelun ${provider} salliminen`,
  embedWithdrawn: (provider) =>
    `${provider} ei ole enää sallittu. Palvelun ${provider} sisältö kysyy luvan ennen latautumista.`,
  guardianAgrees: 'Vanhempani tai huoltajani hyväksyy tämän',

  policiesLabel: 'Sivuston käytännöt',
  policyProgress: (n, total) => `Käytäntö ${n}/${total}`,
  policyUpdated: (date) => `Muutettu viimeksi: ${date}`,
  policyVersion: (version) => `Versio ${version}`,
  policyRequired: 'Pakollinen',
  policyOptional: 'Vapaaehtoinen',
  policyFull: 'Koko käytäntö',
  policyFullLink: 'Lue koko käytäntö (avautuu uuteen välilehteen)',
  policyAgree: 'Hyväksyn',
  policyDecline: 'En hyväksy',
  policyBack: 'Takaisin',
  policyNext: 'Seuraava',
  policyAnswerNeeded: 'Valitse ”Hyväksyn” tai ”En hyväksy” ennen kuin jatkat.',
  policyRefusedTitle: 'Et voi käyttää alustaa ilman tätä käytäntöä',
  policyRefusedText: (title) =>
    `”${title}” on pakollinen. Jos et hyväksy sitä, et voi käyttää tätä oppimisalustaa. Voit palata takaisin, lukea sen uudelleen ja hyväksyä sen tai poistua sivustolta. Jos sinulla on kysyttävää, ota yhteyttä sivuston ylläpitäjään.`,
  policyBackToPolicy: 'Takaisin käytäntöön',
  policyReviewTitle: 'Tarkista valintasi',
  policyReviewIntro: 'Mitään ei tallenneta ennen kuin vahvistat. Voit muuttaa vastausta ”Takaisin”-painikkeella.',
  policyAgreed: 'Hyväksytty',
  policyDeclined: 'Hylätty',
  policyConfirm: 'Vahvista',
  policyDoneTitle: 'Kiitos',
  policyDoneText: 'Valintasi on tallennettu. Voit peruuttaa vapaaehtoiset hyväksyntäsi milloin tahansa.',
  policyNothingToAsk: 'Olet vastannut kaikkiin voimassa oleviin käytäntöihin.',
  policySaveFailed:
    'Valintojasi ei voitu tallentaa tähän selaimeen, joten sinulta kysytään uudelleen seuraavalla käynnilläsi.',
  policyAgeTitle: 'Kuinka vanha olet?',
  policyAgeIntro: (age) =>
    `Jos olet alle ${age}-vuotias, vanhemman tai huoltajan on hyväksyttävä käytännöt puolestasi. Ikääsi ei tallenneta.`,
  policyAgeLabel: 'Ikä vuosina',
  policyAgeInvalid: 'Anna ikäsi kokonaisina vuosina, esimerkiksi 15.',
  policyGuardian: 'Vanhempani tai huoltajani on lukenut tämän käytännön ja hyväksyy sen puolestani.',
  policyGuardianNeeded:
    'Olet alle digitaalisen suostumuksen ikärajan, joten vanhemman tai huoltajan on hyväksyttävä puolestasi. Pyydä häntä lukemaan tämä sivu ja rastittamaan ruutu.',
  policyOnBehalf: 'Vanhemman tai huoltajan hyväksymä',
  policyAgreementsTitle: 'Käytännöt ja hyväksynnät',
  policyAgreedOn: (version, date) => (version ? `Hyväksyit ${date} version ${version}.` : `Hyväksyit ${date}.`),
  policyDeclinedOn: (version, date) => (version ? `Hylkäsit ${date} version ${version}.` : `Hylkäsit ${date}.`),
  policyWithdrawnOn: (version, date) =>
    version ? `Peruutit ${date} version ${version} hyväksyntäsi.` : `Peruutit hyväksyntäsi ${date}.`,
  policyOutdated: (version, date) =>
    `Hyväksyit ${date} version ${version}. Käytäntö on sen jälkeen muuttunut, joten sinua pyydetään hyväksymään uusi versio.`,
  policyUnanswered: 'Ei vielä vastattu.',
  policyWithdraw: 'Peruuta suostumus',
  policyWithdrawn: (title) => `Olet peruuttanut suostumuksesi käytäntöön ”${title}”.`,
  policyGiveConsent: 'Anna suostumus',
  policyGiven: (title) => `Olet antanut suostumuksesi käytäntöön ”${title}”.`,
  policyCannotWithdraw:
    'Tämä käytäntö on pakollinen, joten hyväksyntääsi ei voi peruuttaa niin kauan kuin käytät alustaa. Jos haluat lopettaa alustan käytön, ota yhteyttä sivuston ylläpitäjään.',

  embedFrom: (provider) => `Upotettu sisältö palvelusta ${provider}`,
  embedNotice: (provider) =>
    `Kun sisältö ladataan, palveluun ${provider} lähetetään tietoja, kuten IP-osoitteesi, ja ${provider} voi myös asettaa evästeitä. ${provider} voi käsitellä näitä tietoja EU:n ulkopuolella, kolmannessa maassa, kuten Yhdysvalloissa.`,
  embedProviderPrivacy: (provider) => `Palvelun ${provider} tietosuojaseloste`,
  embedSitePrivacy: 'Tietosuojaselosteemme',
  embedNewTab: '(avautuu uuteen välilehteen)',
  embedLoadVideo: 'Lataa video',
  embedLoadMap: 'Lataa kartta',
  embedLoadContent: 'Lataa sisältö',
  embedAlwaysAllow: (provider) => `Salli aina ${provider}`,
  embedAllowNote: (provider, days) =>
    `”Salli aina ${provider}” tallennetaan evästeeseen ${plural('fi', days, { one: '# päiväksi', other: '# päiväksi' })} ja lataa kaiken palvelun ${provider} sisällön tällä alustalla.`,
  embedErrorTitle: 'Tätä sisältöä ei voi näyttää',
  embedErrorText: 'Sen osoite ei ole tunnistettu video- tai karttalinkki, joten mitään ei ladattu.',

  categoryTitles: {
    essential: 'Välttämättömät',
    analytics: 'Analytiikka',
    functional: 'Toiminnalliset',
    marketing: 'Markkinointi',
  },
  categoryDescriptions: {
    essential:
      'Tarvitaan alustan toimintaan: ne pitävät sinut kirjautuneena (MoodleSession) ja muistavat valintasi evästeistä, ulkoisesta sisällöstä ja alustan käytännöistä. Ne eivät vaadi suostumusta.',
    analytics:
      'Auttavat meitä ymmärtämään, miten alustaa käytetään, omalla Matomo-analytiikallamme. Tietoja ei luovuteta kolmansille osapuolille.',
    functional: 'Muistavat asetuksia, kuten käyttäjätunnuksesi kirjautumissivulla.',
    marketing: 'Käytetään sinulle kiinnostavan sisällön näyttämiseen muilla verkkosivustoilla.',
  },
};

export default fi;

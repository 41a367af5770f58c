import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const hr: Translation = {
  $code: 'hr',
  $name: 'Hrvatski',
  $dir: 'ltr',

  bannerLabel: 'Privola za kolačiće',
  bannerTitle: 'Kolačići na ovoj platformi za učenje',
  bannerText:
    'Koristimo nužne kolačiće kako biste se mogli prijaviti i koristiti platformu. Uz vašu privolu koristimo i kolačiće kako bismo razumjeli kako se platforma koristi. Svoj izbor možete u bilo kojem trenutku promijeniti pod „Postavke kolačića“.',
  privacyLink: 'Pravila o privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  settings: 'Postavke',

  settingsTitle: 'Postavke kolačića',
  settingsIntro:
    'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer platforma bez njih ne može raditi. Ovdje u bilo kojem trenutku možete povući svoju privolu.',
  saveChoices: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeni',
  cookiesUsed: 'Kolačići u ovoj kategoriji',
  cookieName: 'Naziv',
  cookieExpires: 'Istječe',
  cookieProvider: 'Postavlja',
  session: 'Kad se preglednik zatvori',
  untilDelivered: 'Do slanja ovom web-mjestu',
  thisSite: 'Ovo web-mjesto',
  noCookies: 'Za ovu kategoriju nisu navedeni kolačići.',
  embedsTitle: 'Vanjski sadržaj',
  embedsIntro:
    'Pružatelji čije ste videozapise ili karte dopustili učitavati na svim stranicama ovog web-mjesta, bez pitanja svaki put.',
  embedsNone: 'Niste dopustili nijednog pružatelja.',
  embedAllowedUntil: (date) => `Dopušteno do ${date}`,
  embedWithdraw: (provider) => `Više ne dopuštaj ${provider}`,
  embedWithdrawn: (provider) =>
    `Usluga ${provider} više nije dopuštena. Sadržaj usluge ${provider} ponovno će pitati prije učitavanja.`,
  guardianAgrees: 'Moj roditelj ili skrbnik slaže se s tim',

  policiesLabel: 'Pravila web-mjesta',
  policyProgress: (n, total) => `Pravilo ${n} od ${total}`,
  policyUpdated: (date) => `Zadnja promjena: ${date}`,
  policyVersion: (version) => `Verzija ${version}`,
  policyRequired: 'Obavezno',
  policyOptional: 'Neobavezno',
  policyFull: 'Cjeloviti tekst',
  policyFullLink: 'Pročitajte cjeloviti tekst (otvara se u novoj kartici)',
  policyAgree: 'Slažem se',
  policyDecline: 'Ne slažem se',
  policyBack: 'Natrag',
  policyNext: 'Dalje',
  policyAnswerNeeded: 'Prije nastavka odaberite „Slažem se“ ili „Ne slažem se“.',
  policyRefusedTitle: 'Bez prihvaćanja ovog pravila ne možete koristiti platformu',
  policyRefusedText: (title) =>
    `Pravilo „${title}“ je obavezno. Ako se ne slažete s njim, ne možete koristiti ovu platformu za učenje. Možete se vratiti, ponovno ga pročitati i složiti se ili napustiti web-mjesto. Ako imate pitanja, obratite se administratoru web-mjesta.`,
  policyBackToPolicy: 'Natrag na pravilo',
  policyReviewTitle: 'Provjerite svoj odabir',
  policyReviewIntro: 'Ništa se ne sprema dok ne potvrdite. Odgovor možete promijeniti gumbom „Natrag“.',
  policyAgreed: 'Prihvaćeno',
  policyDeclined: 'Odbijeno',
  policyConfirm: 'Potvrdi',
  policyDoneTitle: 'Hvala',
  policyDoneText: 'Vaš je odabir spremljen. Neobavezne suglasnosti možete povući u bilo kojem trenutku.',
  policyNothingToAsk: 'Odgovorili ste na sva trenutačna pravila.',
  policySaveFailed: 'Vaš odabir nije bilo moguće spremiti u ovom pregledniku pa ćemo vas ponovno pitati pri sljedećem posjetu.',
  policyAgeTitle: 'Koliko imate godina?',
  policyAgeIntro: (age) =>
    `Ako imate manje od ${age} godina, roditelj ili skrbnik mora prihvatiti pravila umjesto vas. Vaša se dob ne sprema.`,
  policyAgeLabel: 'Dob u godinama',
  policyAgeInvalid: 'Unesite svoju dob u punim godinama, na primjer 15.',
  policyGuardian: 'Moj roditelj ili skrbnik pročitao je ovo pravilo i prihvaća ga u moje ime.',
  policyGuardianNeeded:
    'Mlađi ste od dobi za digitalnu privolu pa roditelj ili skrbnik mora pristati umjesto vas. Zamolite ga da pročita ovu stranicu i označi kućicu.',
  policyOnBehalf: 'Prihvatio roditelj ili skrbnik',
  policyAgreementsTitle: 'Pravila i suglasnosti',
  policyAgreedOn: (version, date) =>
    version ? `Dana ${date} prihvatili ste verziju ${version}.` : `Dana ${date} prihvatili ste.`,
  policyDeclinedOn: (version, date) => (version ? `Dana ${date} odbili ste verziju ${version}.` : `Dana ${date} odbili ste.`),
  policyWithdrawnOn: (version, date) =>
    version ? `Dana ${date} povukli ste suglasnost za verziju ${version}.` : `Dana ${date} povukli ste suglasnost.`,
  policyOutdated: (version, date) =>
    `Dana ${date} prihvatili ste verziju ${version}. Pravilo se u međuvremenu promijenilo pa ćemo vas zamoliti da prihvatite novu verziju.`,
  policyUnanswered: 'Još bez odgovora.',
  policyWithdraw: 'Povuci privolu',
  policyWithdrawn: (title) => `Povukli ste privolu za „${title}“.`,
  policyGiveConsent: 'Daj privolu',
  policyGiven: (title) => `Dali ste privolu za „${title}“.`,
  policyCannotWithdraw:
    'Ovo je pravilo obavezno pa suglasnost ne možete povući dok koristite platformu. Ako želite prestati koristiti platformu, obratite se administratoru web-mjesta.',

  embedFrom: (provider) => `Ugrađeni sadržaj usluge ${provider}`,
  embedNotice: (provider) =>
    `Učitavanjem se usluzi ${provider} šalju podaci poput vaše IP adrese, a ${provider} može i postaviti kolačiće. ${provider} može obrađivati te podatke izvan EU-a, u trećoj zemlji poput SAD-a.`,
  embedProviderPrivacy: (provider) => `Pravila o privatnosti usluge ${provider}`,
  embedSitePrivacy: 'Naša pravila o privatnosti',
  embedNewTab: '(otvara se u novoj kartici)',
  embedLoadVideo: 'Učitaj videozapis',
  embedLoadMap: 'Učitaj kartu',
  embedLoadContent: 'Učitaj sadržaj',
  embedAlwaysAllow: (provider) => `Uvijek dopusti ${provider}`,
  embedAllowNote: (provider, days) =>
    `Odabir „Uvijek dopusti ${provider}“ pamti se u kolačiću ${plural('hr', days, { one: '# dan', few: '# dana', other: '# dana' })} i učitava sav sadržaj usluge ${provider} na ovoj platformi.`,
  embedErrorTitle: 'Ovaj sadržaj nije moguće prikazati',
  embedErrorText: 'Njegova adresa nije prepoznata poveznica na videozapis ili kartu pa ništa nije učitano.',

  categoryTitles: {
    essential: 'Nužni',
    analytics: 'Analitički',
    functional: 'Funkcionalni',
    marketing: 'Marketinški',
  },
  categoryDescriptions: {
    essential:
      'Potrebni su za rad platforme: održavaju vašu prijavu (MoodleSession) i pamte vaše odabire o kolačićima, vanjskom sadržaju i pravilima platforme. Za njih nije potrebna privola.',
    analytics:
      'Pomažu nam razumjeti kako se platforma koristi, uz našu vlastitu analitiku Matomo. Nikakvi se podaci ne prosljeđuju trećim stranama.',
    functional: 'Pamte postavke poput vašeg korisničkog imena na stranici za prijavu.',
    marketing: 'Koriste se za prikaz relevantnog sadržaja na drugim web-mjestima.',
  },
};

export default hr;

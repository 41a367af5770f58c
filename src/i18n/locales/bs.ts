import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const bs: Translation = {
  $code: 'bs',
  $name: 'Bosanski',
  $dir: 'ltr',
  $durations: {
    minute: { one: '# minuta', few: '# minute', other: '# minuta' },
    hour: { one: '# sat', few: '# sata', other: '# sati' },
    day: { one: '# dan', few: '# dana', other: '# dana' },
    month: { one: '# mjesec', few: '# mjeseca', other: '# mjeseci' },
    year: { one: '# godina', few: '# godine', other: '# godina' },
  },

  bannerLabel: 'Saglasnost za kolačiće',
  bannerTitle: 'Kolačići na ovoj platformi za učenje',
  bannerText:
    'Koristimo neophodne kolačiće kako biste se mogli prijaviti i koristiti platformu. Uz vašu saglasnost koristimo i kolačiće kako bismo razumjeli kako se platforma koristi. Svoj izbor možete u svakom trenutku promijeniti u odjeljku „Postavke kolačića“.',
  privacyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  settings: 'Postavke',

  settingsTitle: 'Postavke kolačića',
  settingsIntro:
    'Odaberite koje kolačiće smijemo koristiti. Neophodni kolačići su uvijek uključeni jer platforma bez njih ne može raditi. Ovdje u svakom trenutku možete povući svoju saglasnost.',
  saveChoices: 'Sačuvaj izbor',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeno',
  cookiesUsed: 'Kolačići u ovoj kategoriji',
  cookieName: 'Naziv',
  cookieExpires: 'Ističe',
  cookieProvider: 'Postavlja',
  session: 'Kada se preglednik zatvori',
  untilDelivered: 'Dok se ne pošalje ovoj web-stranici',
  thisSite: 'Ova web-stranica',
  noCookies: 'Za ovu kategoriju nisu navedeni kolačići.',
  embedsTitle: 'Vanjski sadržaj',
  embedsIntro:
    'Pružaoci usluga čije ste videozapise ili mape dozvolili da se učitavaju na svim stranicama ove web-stranice, bez pitanja svaki put.',
  embedsNone: 'Niste dozvolili nijednog pružaoca usluga.',
  embedAllowedUntil: (date) => `Dozvoljeno do ${date}`,
  embedWithdraw: (provider) => `Ukini dozvolu za ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} više nema dozvolu. Sadržaj s usluge ${provider} će ponovo tražiti dozvolu prije učitavanja.`,
  guardianAgrees: 'Moj roditelj ili staratelj se slaže s tim',

  policiesLabel: 'Politike web-stranice',
  policyProgress: (n, total) => `Politika ${n} od ${total}`,
  policyUpdated: (date) => `Posljednja izmjena: ${date}`,
  policyVersion: (version) => `Verzija ${version}`,
  policyRequired: 'Obavezno',
  policyOptional: 'Neobavezno',
  policyFull: 'Cijela politika',
  policyFullLink: 'Pročitajte cijelu politiku (otvara se u novoj kartici)',
  policyAgree: 'Slažem se',
  policyDecline: 'Ne slažem se',
  policyBack: 'Nazad',
  policyNext: 'Dalje',
  policyAnswerNeeded: 'Odaberite „Slažem se“ ili „Ne slažem se“ prije nego što nastavite.',
  policyRefusedTitle: 'Bez ove politike ne možete koristiti platformu',
  policyRefusedText: (title) =>
    `„${title}“ je obavezna. Ako se ne slažete s njom, ne možete koristiti ovu platformu za učenje. Možete se vratiti, ponovo je pročitati i prihvatiti ili napustiti web-stranicu. Ako imate pitanja, obratite se administratoru web-stranice.`,
  policyBackToPolicy: 'Nazad na politiku',
  policyReviewTitle: 'Provjerite svoj izbor',
  policyReviewIntro: 'Ništa se ne sprema dok ne potvrdite. Dugmetom „Nazad“ možete promijeniti odgovor.',
  policyAgreed: 'Prihvaćeno',
  policyDeclined: 'Odbijeno',
  policyConfirm: 'Potvrdi',
  policyDoneTitle: 'Hvala',
  policyDoneText: 'Vaš izbor je sačuvan. Neobavezne saglasnosti možete povući u svakom trenutku.',
  policyNothingToAsk: 'Odgovorili ste na sve važeće politike.',
  policySaveFailed: 'Vaš izbor nije bilo moguće sačuvati u ovom pregledniku, pa ćemo vas pri sljedećoj posjeti ponovo pitati.',
  policyAgeTitle: 'Koliko imate godina?',
  policyAgeIntro: (age) =>
    `Ako imate manje od ${age} godina, roditelj ili staratelj mora umjesto vas prihvatiti politike. Vaše godine se ne spremaju.`,
  policyAgeLabel: 'Starost u godinama',
  policyAgeInvalid: 'Unesite starost u cijelim godinama, na primjer 15.',
  policyGuardian: 'Moj roditelj ili staratelj je pročitao ovu politiku i prihvata je u moje ime.',
  policyGuardianNeeded:
    'Mlađi ste od dobi za digitalnu saglasnost, pa roditelj ili staratelj mora prihvatiti umjesto vas. Zamolite ga da pročita ovu stranicu i označi polje.',
  policyOnBehalf: 'Prihvatio roditelj ili staratelj',
  policyAgreementsTitle: 'Politike i saglasnosti',
  policyAgreedOn: (version, date) =>
    version ? `Prihvatili ste verziju ${version} dana ${date}.` : `Prihvatili ste dana ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Odbili ste verziju ${version} dana ${date}.` : `Odbili ste dana ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version ? `Povukli ste saglasnost za verziju ${version} dana ${date}.` : `Povukli ste saglasnost dana ${date}.`,
  policyOutdated: (version, date) =>
    `Prihvatili ste verziju ${version} dana ${date}. Politika je od tada izmijenjena, pa ćemo vas zamoliti da prihvatite novu verziju.`,
  policyUnanswered: 'Još bez odgovora.',
  policyWithdraw: 'Povuci saglasnost',
  policyWithdrawn: (title) => `Povukli ste saglasnost za „${title}“.`,
  policyGiveConsent: 'Daj saglasnost',
  policyGiven: (title) => `Dali ste saglasnost za „${title}“.`,
  policyCannotWithdraw:
    'Ova politika je obavezna, pa se saglasnost ne može povući dok koristite platformu. Ako želite prestati koristiti platformu, obratite se administratoru web-stranice.',

  embedFrom: (provider) => `Ugrađeni sadržaj s usluge ${provider}`,
  embedNotice: (provider) =>
    `Učitavanjem se usluzi ${provider} šalju podaci kao što je vaša IP adresa, a ${provider} može postaviti i kolačiće. ${provider} može obrađivati ove podatke izvan EU, u trećoj zemlji kao što su SAD.`,
  embedProviderPrivacy: (provider) => `Politika privatnosti usluge ${provider}`,
  embedSitePrivacy: 'Naša politika privatnosti',
  embedNewTab: '(otvara se u novoj kartici)',
  embedLoadVideo: 'Učitaj video',
  embedLoadMap: 'Učitaj mapu',
  embedLoadContent: 'Učitaj sadržaj',
  embedAlwaysAllow: (provider) => `Uvijek dozvoli ${provider}`,
  embedAllowNote: (provider, days) =>
    `Izbor „Uvijek dozvoli ${provider}“ pamti se u kolačiću ${plural('bs', days, { one: '# dan', few: '# dana', other: '# dana' })} i učitava sav sadržaj usluge ${provider} na ovoj platformi.`,
  embedErrorTitle: 'Ovaj sadržaj se ne može prikazati',
  embedErrorText: 'Njegova adresa nije prepoznat link na video ili mapu, pa ništa nije učitano.',

  categoryTitles: {
    essential: 'Neophodni',
    analytics: 'Analitički',
    functional: 'Funkcionalni',
    marketing: 'Marketinški',
  },
  categoryDescriptions: {
    essential:
      'Potrebni za rad platforme: održavaju vašu prijavu (MoodleSession) i pamte vaše izbore u vezi s kolačićima, vanjskim sadržajem i politikama platforme. Za njih nije potrebna saglasnost.',
    analytics:
      'Pomažu nam da razumijemo kako se platforma koristi, uz našu vlastitu analitiku Matomo. Podaci se ne prosljeđuju trećim licima.',
    functional: 'Pamte postavke kao što je vaše korisničko ime na stranici za prijavu.',
    marketing: 'Koriste se za prikaz relevantnog sadržaja na drugim web-stranicama.',
  },
};

export default bs;

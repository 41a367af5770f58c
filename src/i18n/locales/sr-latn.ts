import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const srLatn: Translation = {
  $code: 'sr-Latn',
  $name: 'Srpski (latinica)',
  $dir: 'ltr',

  bannerLabel: 'Pristanak na kolačiće',
  bannerTitle: 'Kolačići na ovoj platformi za učenje',
  bannerText:
    'Koristimo neophodne kolačiće kako biste mogli da se prijavite i koristite platformu. Uz vaš pristanak koristimo i kolačiće da bismo razumeli kako se platforma koristi. Svoj izbor možete u svakom trenutku da promenite u odeljku „Podešavanja kolačića“.',
  privacyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  settings: 'Podešavanja',

  settingsTitle: 'Podešavanja kolačića',
  settingsIntro:
    'Izaberite koje kolačiće smemo da koristimo. Neophodni kolačići su uvek uključeni jer platforma bez njih ne može da radi. Ovde u svakom trenutku možete da opozovete svoj pristanak.',
  saveChoices: 'Sačuvaj izbor',
  close: 'Zatvori',
  alwaysOn: 'Uvek uključeno',
  cookiesUsed: 'Kolačići u ovoj kategoriji',
  cookieName: 'Naziv',
  cookieExpires: 'Ističe',
  cookieProvider: 'Postavlja',
  session: 'Kada se pregledač zatvori',
  untilDelivered: 'Dok se ne pošalje ovom sajtu',
  thisSite: 'Ovaj sajt',
  noCookies: 'Za ovu kategoriju nisu navedeni kolačići.',
  embedsTitle: 'Spoljni sadržaj',
  embedsIntro:
    'Pružaoci usluga čije ste video-snimke ili mape dozvolili da se učitavaju na svim stranicama ovog sajta, bez pitanja svaki put.',
  embedsNone: 'Niste dozvolili nijednog pružaoca usluga.',
  embedAllowedUntil: (date) => `Dozvoljeno do ${date}`,
  embedWithdraw: (provider) => `Ukini dozvolu za ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} više nema dozvolu. Sadržaj sa usluge ${provider} će ponovo tražiti dozvolu pre učitavanja.`,
  guardianAgrees: 'Moj roditelj ili staratelj se slaže s tim',

  policiesLabel: 'Politike sajta',
  policyProgress: (n, total) => `Politika ${n} od ${total}`,
  policyUpdated: (date) => `Poslednja izmena: ${date}`,
  policyVersion: (version) => `Verzija ${version}`,
  policyRequired: 'Obavezno',
  policyOptional: 'Neobavezno',
  policyFull: 'Cela politika',
  policyFullLink: 'Pročitajte celu politiku (otvara se u novoj kartici)',
  policyAgree: 'Slažem se',
  policyDecline: 'Ne slažem se',
  policyBack: 'Nazad',
  policyNext: 'Dalje',
  policyAnswerNeeded: 'Izaberite „Slažem se“ ili „Ne slažem se“ pre nego što nastavite.',
  policyRefusedTitle: 'Bez ove politike ne možete da koristite platformu',
  policyRefusedText: (title) =>
    `„${title}“ je obavezna. Ako se ne slažete s njom, ne možete da koristite ovu platformu za učenje. Možete da se vratite, ponovo je pročitate i prihvatite ili da napustite sajt. Ako imate pitanja, obratite se administratoru sajta.`,
  policyBackToPolicy: 'Nazad na politiku',
  policyReviewTitle: 'Proverite svoj izbor',
  policyReviewIntro: 'Ništa se ne čuva dok ne potvrdite. Pomoću dugmeta „Nazad“ možete da promenite odgovor.',
  policyAgreed: 'Prihvaćeno',
  policyDeclined: 'Odbijeno',
  policyConfirm: 'Potvrdi',
  policyDoneTitle: 'Hvala',
  policyDoneText: 'Vaš izbor je sačuvan. Neobavezne saglasnosti možete u svakom trenutku da opozovete.',
  policyNothingToAsk: 'Odgovorili ste na sve aktuelne politike.',
  policySaveFailed: 'Vaš izbor nije mogao da se sačuva u ovom pregledaču, pa ćemo vas pri sledećoj poseti ponovo pitati.',
  policyAgeTitle: 'Koliko imate godina?',
  policyAgeIntro: (age) =>
    `Ako imate manje od ${age} godina, roditelj ili staratelj mora umesto vas da prihvati politike. Vaše godine se ne čuvaju.`,
  policyAgeLabel: 'Starost u godinama',
  policyAgeInvalid: 'Unesite starost u celim godinama, na primer 15.',
  policyGuardian: 'Moj roditelj ili staratelj je pročitao ovu politiku i prihvata je u moje ime.',
  policyGuardianNeeded:
    'Mlađi ste od uzrasta za digitalni pristanak, pa roditelj ili staratelj mora da prihvati umesto vas. Zamolite ga da pročita ovu stranicu i označi polje.',
  policyOnBehalf: 'Prihvatio roditelj ili staratelj',
  policyAgreementsTitle: 'Politike i saglasnosti',
  policyAgreedOn: (version, date) =>
    version ? `Prihvatili ste verziju ${version} dana ${date}.` : `Prihvatili ste dana ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Odbili ste verziju ${version} dana ${date}.` : `Odbili ste dana ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Opozvali ste saglasnost za verziju ${version} dana ${date}.`
      : `Opozvali ste saglasnost dana ${date}.`,
  policyOutdated: (version, date) =>
    `Prihvatili ste verziju ${version} dana ${date}. Politika je od tada izmenjena, pa ćemo vas zamoliti da prihvatite novu verziju.`,
  policyUnanswered: 'Još bez odgovora.',
  policyWithdraw: 'Opozovi pristanak',
  policyWithdrawn: (title) => `Opozvali ste pristanak za „${title}“.`,
  policyGiveConsent: 'Daj pristanak',
  policyGiven: (title) => `Dali ste pristanak za „${title}“.`,
  policyCannotWithdraw:
    'Ova politika je obavezna, pa saglasnost ne može da se opozove dok koristite platformu. Ako želite da prestanete da koristite platformu, obratite se administratoru sajta.',

  embedFrom: (provider) => `Ugrađeni sadržaj sa usluge ${provider}`,
  embedNotice: (provider) =>
    `Učitavanjem se usluzi ${provider} šalju podaci kao što je vaša IP adresa, a ${provider} može da postavi i kolačiće. ${provider} može da obrađuje ove podatke izvan EU, u drugoj državi, kao što su SAD.`,
  embedProviderPrivacy: (provider) => `Politika privatnosti usluge ${provider}`,
  embedSitePrivacy: 'Naša politika privatnosti',
  embedNewTab: '(otvara se u novoj kartici)',
  embedLoadVideo: 'Učitaj video',
  embedLoadMap: 'Učitaj mapu',
  embedLoadContent: 'Učitaj sadržaj',
  embedAlwaysAllow: (provider) => `Uvek dozvoli ${provider}`,
  embedAllowNote: (provider, days) =>
    `Izbor „Uvek dozvoli ${provider}“ pamti se u kolačiću ${plural('sr-Latn', days, { one: '# dan', few: '# dana', other: '# dana' })} i učitava sav sadržaj usluge ${provider} na ovoj platformi.`,
  embedErrorTitle: 'Ovaj sadržaj ne može da se prikaže',
  embedErrorText: 'Njegova adresa nije prepoznata veza ka videu ili mapi, pa ništa nije učitano.',

  categoryTitles: {
    essential: 'Neophodni',
    analytics: 'Analitički',
    functional: 'Funkcionalni',
    marketing: 'Marketinški',
  },
  categoryDescriptions: {
    essential:
      'Potrebni za rad platforme: održavaju vašu prijavu (MoodleSession) i pamte vaše izbore u vezi s kolačićima, spoljnim sadržajem i politikama platforme. Za njih nije potreban pristanak.',
    analytics:
      'Pomažu nam da razumemo kako se platforma koristi, uz našu sopstvenu analitiku Matomo. Podaci se ne prosleđuju trećim licima.',
    functional: 'Pamte podešavanja kao što je vaše korisničko ime na stranici za prijavu.',
    marketing: 'Koriste se da bi vam se prikazao relevantan sadržaj na drugim sajtovima.',
  },
};

export default srLatn;

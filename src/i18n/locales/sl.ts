import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const sl: Translation = {
  $code: 'sl',
  $name: 'Slovenščina',
  $dir: 'ltr',

  bannerLabel: 'Privolitev za piškotke',
  bannerTitle: 'Piškotki na tej učni platformi',
  bannerText:
    'Uporabljamo nujne piškotke, da se lahko prijavite in uporabljate platformo. Z vašo privolitvijo uporabljamo tudi piškotke, s katerimi ugotavljamo, kako se platforma uporablja. Svojo izbiro lahko kadar koli spremenite v razdelku „Nastavitve piškotkov“.',
  privacyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  settings: 'Nastavitve',

  settingsTitle: 'Nastavitve piškotkov',
  settingsIntro:
    'Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni, ker platforma brez njih ne deluje. Svojo privolitev lahko tukaj kadar koli prekličete.',
  saveChoices: 'Shrani izbiro',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeno',
  cookiesUsed: 'Piškotki v tej kategoriji',
  cookieName: 'Ime',
  cookieExpires: 'Poteče',
  cookieProvider: 'Ponudnik',
  session: 'Ko zaprete brskalnik',
  untilDelivered: 'Do pošiljanja na to spletno mesto',
  thisSite: 'To spletno mesto',
  noCookies: 'Za to kategorijo ni navedenih piškotkov.',
  embedsTitle: 'Zunanja vsebina',
  embedsIntro:
    'Ponudniki, katerih videoposnetki ali zemljevidi se z vašim dovoljenjem naložijo na vseh straneh tega spletnega mesta, ne da bi vas vsakič vprašali.',
  embedsNone: 'Niste dovolili nobenega ponudnika.',
  embedAllowedUntil: (date) => `Dovoljeno do ${date}`,
  embedWithdraw: (provider) => `Prekliči dovoljenje za ${provider}`,
  embedWithdrawn: (provider) =>
    `Ponudnik ${provider} ni več dovoljen. Njegova vsebina bo pred nalaganjem znova vprašala za dovoljenje.`,
  guardianAgrees: 'Moj starš ali skrbnik se s tem strinja',

  policiesLabel: 'Pravilniki spletnega mesta',
  policyProgress: (n, total) => `Pravilnik ${n} od ${total}`,
  policyUpdated: (date) => `Zadnja sprememba: ${date}`,
  policyVersion: (version) => `Različica ${version}`,
  policyRequired: 'Obvezno',
  policyOptional: 'Neobvezno',
  policyFull: 'Celoten pravilnik',
  policyFullLink: 'Preberite celoten pravilnik (odpre se v novem zavihku)',
  policyAgree: 'Strinjam se',
  policyDecline: 'Ne strinjam se',
  policyBack: 'Nazaj',
  policyNext: 'Naprej',
  policyAnswerNeeded: 'Preden nadaljujete, izberite „Strinjam se“ ali „Ne strinjam se“.',
  policyRefusedTitle: 'Brez tega pravilnika platforme ne morete uporabljati',
  policyRefusedText: (title) =>
    `„${title}“ je obvezen pravilnik. Če se z njim ne strinjate, te učne platforme ne morete uporabljati. Lahko se vrnete, ga znova preberete in se z njim strinjate ali pa zapustite spletno mesto. Če imate vprašanja, se obrnite na skrbnika spletnega mesta.`,
  policyBackToPolicy: 'Nazaj na pravilnik',
  policyReviewTitle: 'Preverite svojo izbiro',
  policyReviewIntro: 'Nič se ne shrani, dokler ne potrdite. Z gumbom „Nazaj“ lahko spremenite odgovor.',
  policyAgreed: 'Sprejeto',
  policyDeclined: 'Zavrnjeno',
  policyConfirm: 'Potrdi',
  policyDoneTitle: 'Hvala',
  policyDoneText: 'Vaša izbira je shranjena. Neobvezna soglasja lahko kadar koli prekličete.',
  policyNothingToAsk: 'Odgovorili ste na vse trenutne pravilnike.',
  policySaveFailed: 'Vaše izbire ni bilo mogoče shraniti v tem brskalniku, zato vas bomo ob naslednjem obisku vprašali znova.',
  policyAgeTitle: 'Koliko ste stari?',
  policyAgeIntro: (age) =>
    `Če ste mlajši od ${age} let, se mora s pravilniki namesto vas strinjati starš ali skrbnik. Vaše starosti ne shranimo.`,
  policyAgeLabel: 'Starost v letih',
  policyAgeInvalid: 'Vnesite starost v celih letih, na primer 15.',
  policyGuardian: 'Moj starš ali skrbnik je prebral ta pravilnik in se z njim strinja v mojem imenu.',
  policyGuardianNeeded:
    'Mlajši ste od starosti za digitalno privolitev, zato se mora namesto vas strinjati starš ali skrbnik. Prosite ga, naj prebere to stran in označi polje.',
  policyOnBehalf: 'Strinjal se je starš ali skrbnik',
  policyAgreementsTitle: 'Pravilniki in soglasja',
  policyAgreedOn: (version, date) =>
    version ? `Z različico ${version} ste se strinjali dne ${date}.` : `Strinjali ste se dne ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Različico ${version} ste zavrnili dne ${date}.` : `Zavrnili ste dne ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version ? `Soglasje z različico ${version} ste preklicali dne ${date}.` : `Soglasje ste preklicali dne ${date}.`,
  policyOutdated: (version, date) =>
    `Z različico ${version} ste se strinjali dne ${date}. Pravilnik se je od takrat spremenil, zato vas bomo prosili, da se strinjate z novo različico.`,
  policyUnanswered: 'Še brez odgovora.',
  policyWithdraw: 'Prekliči privolitev',
  policyWithdrawn: (title) => `Preklicali ste privolitev za „${title}“.`,
  policyGiveConsent: 'Daj privolitev',
  policyGiven: (title) => `Dali ste privolitev za „${title}“.`,
  policyCannotWithdraw:
    'Ta pravilnik je obvezen, zato soglasja ne morete preklicati, dokler uporabljate platformo. Če želite prenehati uporabljati platformo, se obrnite na skrbnika spletnega mesta.',

  embedFrom: (provider) => `Vdelana vsebina ponudnika ${provider}`,
  embedNotice: (provider) =>
    `Ob nalaganju se ponudniku ${provider} pošljejo podatki, kot je vaš naslov IP, ${provider} pa lahko nastavi tudi piškotke. ${provider} lahko te podatke obdeluje zunaj EU, v tretji državi, kot so ZDA.`,
  embedProviderPrivacy: (provider) => `Politika zasebnosti ponudnika ${provider}`,
  embedSitePrivacy: 'Naša politika zasebnosti',
  embedNewTab: '(odpre se v novem zavihku)',
  embedLoadVideo: 'Naloži videoposnetek',
  embedLoadMap: 'Naloži zemljevid',
  embedLoadContent: 'Naloži vsebino',
  embedAlwaysAllow: (provider) => `Vedno dovoli ${provider}`,
  embedAllowNote: (provider, days) =>
    `Izbira „Vedno dovoli ${provider}“ se v piškotku shrani za ${plural('sl', days, { one: '# dan', two: '# dneva', few: '# dni', other: '# dni' })} in naloži vso vsebino ponudnika ${provider} na tej platformi.`,
  embedErrorTitle: 'Te vsebine ni mogoče prikazati',
  embedErrorText: 'Njen naslov ni prepoznana povezava do videoposnetka ali zemljevida, zato se ni nič naložilo.',

  categoryTitles: {
    essential: 'Nujni',
    analytics: 'Analitični',
    functional: 'Funkcionalni',
    marketing: 'Trženjski',
  },
  categoryDescriptions: {
    essential:
      'Potrebni za delovanje platforme: ohranjajo vašo prijavo (MoodleSession) in si zapomnijo vaše izbire glede piškotkov, zunanje vsebine in pravilnikov platforme. Zanje privolitev ni potrebna.',
    analytics:
      'Z našo lastno analitiko Matomo nam pomagajo razumeti, kako se platforma uporablja. Podatki se ne posredujejo tretjim osebam.',
    functional: 'Zapomnijo si nastavitve, kot je vaše uporabniško ime na strani za prijavo.',
    marketing: 'Uporabljajo se za prikaz ustrezne vsebine na drugih spletnih mestih.',
  },
};

export default sl;

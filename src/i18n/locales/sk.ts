import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const sk: Translation = {
  $code: 'sk',
  $name: 'Slovenčina',
  $dir: 'ltr',

  bannerLabel: 'Súhlas so súbormi cookie',
  bannerTitle: 'Súbory cookie na tejto vzdelávacej platforme',
  bannerText:
    'Používame nevyhnutné súbory cookie, aby ste sa mohli prihlásiť a používať platformu. S vaším súhlasom používame aj súbory cookie, aby sme pochopili, ako sa platforma používa. Svoju voľbu môžete kedykoľvek zmeniť v časti „Nastavenia súborov cookie“.',
  privacyLink: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  settings: 'Nastavenia',

  settingsTitle: 'Nastavenia súborov cookie',
  settingsIntro:
    'Vyberte, ktoré súbory cookie môžeme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich platforma nemôže fungovať. Svoj súhlas tu môžete kedykoľvek odvolať.',
  saveChoices: 'Uložiť voľbu',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  cookiesUsed: 'Súbory cookie v tejto kategórii',
  cookieName: 'Názov',
  cookieExpires: 'Platnosť',
  cookieProvider: 'Nastavuje',
  session: 'Do zatvorenia prehliadača',
  untilDelivered: 'Do odoslania tejto stránke',
  thisSite: 'Táto stránka',
  noCookies: 'Pre túto kategóriu nie sú uvedené žiadne súbory cookie.',
  embedsTitle: 'Externý obsah',
  embedsIntro:
    'Poskytovatelia, ktorých videá alebo mapy ste povolili načítavať na všetkých stránkach tohto webu bez opakovanej otázky.',
  embedsNone: 'Nepovolili ste žiadneho poskytovateľa.',
  embedAllowedUntil: (date) => `Povolené do ${date}`,
  embedWithdraw: (provider) => `Už nepovoľovať ${provider}`,
  embedWithdrawn: (provider) =>
    `Služba ${provider} už nie je povolená. Jej obsah sa pred načítaním znova opýta.`,
  guardianAgrees: 'Môj rodič alebo zákonný zástupca s tým súhlasí',

  policiesLabel: 'Zásady stránky',
  policyProgress: (n, total) => `Zásada ${n} z ${total}`,
  policyUpdated: (date) => `Naposledy zmenené: ${date}`,
  policyVersion: (version) => `Verzia ${version}`,
  policyRequired: 'Povinná',
  policyOptional: 'Nepovinná',
  policyFull: 'Úplné znenie',
  policyFullLink: 'Prečítať úplné znenie (otvorí sa na novej karte)',
  policyAgree: 'Súhlasím',
  policyDecline: 'Nesúhlasím',
  policyBack: 'Späť',
  policyNext: 'Ďalej',
  policyAnswerNeeded: 'Skôr ako budete pokračovať, vyberte „Súhlasím“ alebo „Nesúhlasím“.',
  policyRefusedTitle: 'Bez súhlasu s touto zásadou nemôžete platformu používať',
  policyRefusedText: (title) =>
    `Zásada „${title}“ je povinná. Ak s ňou nesúhlasíte, nemôžete túto vzdelávaciu platformu používať. Môžete sa vrátiť, znova si ju prečítať a súhlasiť alebo stránku opustiť. S otázkami sa obráťte na správcu stránky.`,
  policyBackToPolicy: 'Späť na zásadu',
  policyReviewTitle: 'Skontrolujte svoju voľbu',
  policyReviewIntro: 'Nič sa neuloží, kým to nepotvrdíte. Odpoveď môžete zmeniť tlačidlom „Späť“.',
  policyAgreed: 'Súhlas',
  policyDeclined: 'Nesúhlas',
  policyConfirm: 'Potvrdiť',
  policyDoneTitle: 'Ďakujeme',
  policyDoneText: 'Vaša voľba bola uložená. Nepovinné súhlasy môžete kedykoľvek odvolať.',
  policyNothingToAsk: 'Na všetky aktuálne zásady ste už odpovedali.',
  policySaveFailed:
    'Vašu voľbu sa v tomto prehliadači nepodarilo uložiť, preto sa vás pri ďalšej návšteve opýtame znova.',
  policyAgeTitle: 'Koľko máte rokov?',
  policyAgeIntro: (age) =>
    `Ak máte menej ako ${age} rokov, so zásadami za vás musí súhlasiť rodič alebo zákonný zástupca. Váš vek sa neukladá.`,
  policyAgeLabel: 'Vek v rokoch',
  policyAgeInvalid: 'Zadajte svoj vek v celých rokoch, napríklad 15.',
  policyGuardian: 'Môj rodič alebo zákonný zástupca si túto zásadu prečítal a súhlasí s ňou v mojom mene.',
  policyGuardianNeeded:
    'Nedosiahli ste vek pre digitálny súhlas, preto za vás musí súhlasiť rodič alebo zákonný zástupca. Požiadajte ho, aby si prečítal túto stránku a začiarkol políčko.',
  policyOnBehalf: 'Súhlas udelil rodič alebo zákonný zástupca',
  policyAgreementsTitle: 'Zásady a súhlasy',
  policyAgreedOn: (version, date) =>
    version ? `Dňa ${date} ste súhlasili s verziou ${version}.` : `Dňa ${date} ste súhlasili.`,
  policyDeclinedOn: (version, date) =>
    version ? `Dňa ${date} ste odmietli verziu ${version}.` : `Dňa ${date} ste nesúhlasili.`,
  policyWithdrawnOn: (version, date) =>
    version ? `Dňa ${date} ste odvolali súhlas s verziou ${version}.` : `Dňa ${date} ste odvolali súhlas.`,
  policyOutdated: (version, date) =>
    `Dňa ${date} ste súhlasili s verziou ${version}. Zásada sa odvtedy zmenila, preto vás požiadame o súhlas s novou verziou.`,
  policyUnanswered: 'Zatiaľ bez odpovede.',
  policyWithdraw: 'Odvolať súhlas',
  policyWithdrawn: (title) => `Odvolali ste súhlas so zásadou „${title}“.`,
  policyGiveConsent: 'Udeliť súhlas',
  policyGiven: (title) => `Udelili ste súhlas so zásadou „${title}“.`,
  policyCannotWithdraw:
    'Táto zásada je povinná, preto súhlas nemožno odvolať, kým platformu používate. Ak ju chcete prestať používať, obráťte sa na správcu stránky.',

  embedFrom: (provider) => `Vložený obsah zo služby ${provider}`,
  embedNotice: (provider) =>
    `Načítaním sa službe ${provider} odošlú údaje, ako je vaša IP adresa, a ${provider} môže aj nastaviť súbory cookie. ${provider} môže tieto údaje spracúvať mimo EÚ, v tretej krajine, ako sú USA.`,
  embedProviderPrivacy: (provider) => `Zásady ochrany osobných údajov služby ${provider}`,
  embedSitePrivacy: 'Naše zásady ochrany osobných údajov',
  embedNewTab: '(otvorí sa na novej karte)',
  embedLoadVideo: 'Načítať video',
  embedLoadMap: 'Načítať mapu',
  embedLoadContent: 'Načítať obsah',
  embedAlwaysAllow: (provider) => `Vždy povoliť ${provider}`,
  embedAllowNote: (provider, days) =>
    `Voľba „Vždy povoliť ${provider}“ sa uloží do súboru cookie na ${plural('sk', days, { one: '# deň', few: '# dni', many: '# dňa', other: '# dní' })} a načíta všetok obsah služby ${provider} na tejto platforme.`,
  embedErrorTitle: 'Tento obsah nemožno zobraziť',
  embedErrorText: 'Jeho adresa nie je rozpoznaný odkaz na video ani mapu, preto sa nič nenačítalo.',

  categoryTitles: {
    essential: 'Nevyhnutné',
    analytics: 'Analytické',
    functional: 'Funkčné',
    marketing: 'Marketingové',
  },
  categoryDescriptions: {
    essential:
      'Sú potrebné na fungovanie platformy: udržiavajú vás prihlásených (MoodleSession) a pamätajú si vaše voľby týkajúce sa súborov cookie, externého obsahu a zásad platformy. Nevyžadujú súhlas.',
    analytics:
      'Pomáhajú nám pochopiť, ako sa platforma používa, pomocou našej vlastnej analytiky Matomo. Žiadne údaje sa neposkytujú tretím stranám.',
    functional: 'Pamätajú si nastavenia, napríklad vaše používateľské meno na prihlasovacej stránke.',
    marketing: 'Používajú sa na zobrazovanie relevantného obsahu na iných webových stránkach.',
  },
};

export default sk;

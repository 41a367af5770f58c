import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const cs: Translation = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',

  bannerLabel: 'Souhlas s cookies',
  bannerTitle: 'Cookies na této vzdělávací platformě',
  bannerText:
    'Používáme nezbytné cookies, abyste se mohli přihlásit a používat platformu. S vaším souhlasem používáme také cookies, abychom porozuměli tomu, jak se platforma používá. Svou volbu můžete kdykoli změnit v „Nastavení cookies“.',
  privacyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  settings: 'Nastavení',

  settingsTitle: 'Nastavení cookies',
  settingsIntro:
    'Vyberte, které cookies smíme používat. Nezbytné cookies jsou vždy zapnuté, protože bez nich platforma nemůže fungovat. Svůj souhlas zde můžete kdykoli odvolat.',
  saveChoices: 'Uložit volbu',
  close: 'Zavřít',
  alwaysOn: 'Vždy zapnuté',
  cookiesUsed: 'Cookies v této kategorii',
  cookieName: 'Název',
  cookieExpires: 'Platnost',
  cookieProvider: 'Nastavuje',
  session: 'Do zavření prohlížeče',
  untilDelivered: 'Do odeslání tomuto webu',
  thisSite: 'Tento web',
  noCookies: 'Pro tuto kategorii nejsou uvedeny žádné cookies.',
  embedsTitle: 'Externí obsah',
  embedsIntro:
    'Poskytovatelé, jejichž videa nebo mapy jste povolili načítat na všech stránkách tohoto webu bez opakovaného dotazu.',
  embedsNone: 'Nepovolili jste žádného poskytovatele.',
  embedAllowedUntil: (date) => `Povoleno do ${date}`,
  embedWithdraw: (provider) => `Už nepovolovat ${provider}`,
  embedWithdrawn: (provider) =>
    `Služba ${provider} už není povolena. Její obsah se před načtením znovu zeptá.`,
  guardianAgrees: 'Můj rodič nebo zákonný zástupce s tím souhlasí',

  policiesLabel: 'Zásady webu',
  policyProgress: (n, total) => `Zásada ${n} z ${total}`,
  policyUpdated: (date) => `Naposledy změněno: ${date}`,
  policyVersion: (version) => `Verze ${version}`,
  policyRequired: 'Povinná',
  policyOptional: 'Nepovinná',
  policyFull: 'Úplné znění',
  policyFullLink: 'Přečíst úplné znění (otevře se na nové kartě)',
  policyAgree: 'Souhlasím',
  policyDecline: 'Nesouhlasím',
  policyBack: 'Zpět',
  policyNext: 'Další',
  policyAnswerNeeded: 'Než budete pokračovat, zvolte prosím „Souhlasím“, nebo „Nesouhlasím“.',
  policyRefusedTitle: 'Bez souhlasu s touto zásadou nemůžete platformu používat',
  policyRefusedText: (title) =>
    `Zásada „${title}“ je povinná. Pokud s ní nesouhlasíte, nemůžete tuto vzdělávací platformu používat. Můžete se vrátit, znovu si ji přečíst a souhlasit, nebo web opustit. S dotazy se prosím obraťte na administrátora webu.`,
  policyBackToPolicy: 'Zpět k zásadě',
  policyReviewTitle: 'Zkontrolujte svou volbu',
  policyReviewIntro: 'Nic se neuloží, dokud to nepotvrdíte. Odpověď můžete změnit tlačítkem „Zpět“.',
  policyAgreed: 'Souhlas',
  policyDeclined: 'Nesouhlas',
  policyConfirm: 'Potvrdit',
  policyDoneTitle: 'Děkujeme',
  policyDoneText: 'Vaše volba byla uložena. Nepovinné souhlasy můžete kdykoli odvolat.',
  policyNothingToAsk: 'Na všechny aktuální zásady jste již odpověděli.',
  policySaveFailed:
    'Vaši volbu se v tomto prohlížeči nepodařilo uložit, proto se vás při příští návštěvě zeptáme znovu.',
  policyAgeTitle: 'Kolik vám je let?',
  policyAgeIntro: (age) =>
    `Pokud je vám méně než ${age} let, musí se zásadami za vás souhlasit rodič nebo zákonný zástupce. Váš věk se neukládá.`,
  policyAgeLabel: 'Věk v letech',
  policyAgeInvalid: 'Zadejte prosím svůj věk v celých letech, například 15.',
  policyGuardian: 'Můj rodič nebo zákonný zástupce si tuto zásadu přečetl a souhlasí s ní mým jménem.',
  policyGuardianNeeded:
    'Nedosáhli jste věku pro digitální souhlas, proto za vás musí souhlasit rodič nebo zákonný zástupce. Požádejte ho, aby si tuto stránku přečetl a zaškrtl políčko.',
  policyOnBehalf: 'Souhlas udělil rodič nebo zákonný zástupce',
  policyAgreementsTitle: 'Zásady a souhlasy',
  policyAgreedOn: (version, date) =>
    version ? `Dne ${date} jste souhlasili s verzí ${version}.` : `Dne ${date} jste souhlasili.`,
  policyDeclinedOn: (version, date) =>
    version ? `Dne ${date} jste odmítli verzi ${version}.` : `Dne ${date} jste nesouhlasili.`,
  policyWithdrawnOn: (version, date) =>
    version ? `Dne ${date} jste odvolali souhlas s verzí ${version}.` : `Dne ${date} jste odvolali souhlas.`,
  policyOutdated: (version, date) =>
    `Dne ${date} jste souhlasili s verzí ${version}. Zásada se od té doby změnila, proto vás požádáme o souhlas s novou verzí.`,
  policyUnanswered: 'Zatím bez odpovědi.',
  policyWithdraw: 'Odvolat souhlas',
  policyWithdrawn: (title) => `Odvolali jste souhlas se zásadou „${title}“.`,
  policyGiveConsent: 'Udělit souhlas',
  policyGiven: (title) => `Udělili jste souhlas se zásadou „${title}“.`,
  policyCannotWithdraw:
    'Tato zásada je povinná, proto souhlas nelze odvolat, dokud platformu používáte. Pokud ji chcete přestat používat, obraťte se prosím na administrátora webu.',

  embedFrom: (provider) => `Vložený obsah ze služby ${provider}`,
  embedNotice: (provider) =>
    `Načtením se službě ${provider} odešlou údaje, jako je vaše IP adresa, a ${provider} může také nastavit cookies. ${provider} může tyto údaje zpracovávat mimo EU, ve třetí zemi, jako jsou USA.`,
  embedProviderPrivacy: (provider) => `Zásady ochrany osobních údajů služby ${provider}`,
  embedSitePrivacy: 'Naše zásady ochrany osobních údajů',
  embedNewTab: '(otevře se na nové kartě)',
  embedLoadVideo: 'Načíst video',
  embedLoadMap: 'Načíst mapu',
  embedLoadContent: 'Načíst obsah',
  embedAlwaysAllow: (provider) => `Vždy povolit ${provider}`,
  embedAllowNote: (provider, days) =>
    `Volba „Vždy povolit ${provider}“ se uloží do cookie na ${plural('cs', days, { one: '# den', few: '# dny', many: '# dne', other: '# dní' })} a načte veškerý obsah služby ${provider} na této platformě.`,
  embedErrorTitle: 'Tento obsah nelze zobrazit',
  embedErrorText: 'Jeho adresa není rozpoznaný odkaz na video ani mapu, proto se nic nenačetlo.',

  categoryTitles: {
    essential: 'Nezbytné',
    analytics: 'Analytické',
    functional: 'Funkční',
    marketing: 'Marketingové',
  },
  categoryDescriptions: {
    essential:
      'Jsou nutné pro fungování platformy: udržují vás přihlášené (MoodleSession) a pamatují si vaše volby ohledně cookies, externího obsahu a zásad platformy. Nevyžadují souhlas.',
    analytics:
      'Pomáhají nám pochopit, jak se platforma používá, pomocí naší vlastní analytiky Matomo. Žádné údaje se nepředávají třetím stranám.',
    functional: 'Pamatují si nastavení, jako je vaše uživatelské jméno na přihlašovací stránce.',
    marketing: 'Slouží k zobrazování relevantního obsahu na jiných webech.',
  },
};

export default cs;

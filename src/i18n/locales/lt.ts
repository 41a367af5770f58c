import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const lt: Translation = {
  $code: 'lt',
  $name: 'Lietuvių',
  $dir: 'ltr',

  bannerLabel: 'Sutikimas dėl slapukų',
  bannerTitle: 'Slapukai šioje mokymosi platformoje',
  bannerText:
    'Naudojame būtinuosius slapukus, kad galėtumėte prisijungti ir naudotis platforma. Jums sutikus, slapukus naudojame ir tam, kad suprastume, kaip naudojamasi platforma. Savo pasirinkimą bet kada galite pakeisti skiltyje „Slapukų nustatymai“.',
  privacyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  settings: 'Nustatymai',

  settingsTitle: 'Slapukų nustatymai',
  settingsIntro:
    'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų platforma negali veikti. Čia bet kada galite atšaukti savo sutikimą.',
  saveChoices: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  cookiesUsed: 'Šios kategorijos slapukai',
  cookieName: 'Pavadinimas',
  cookieExpires: 'Galiojimas',
  cookieProvider: 'Nustato',
  session: 'Iki naršyklės uždarymo',
  untilDelivered: 'Kol bus išsiųsta šiai svetainei',
  thisSite: 'Ši svetainė',
  noCookies: 'Šiai kategorijai slapukų nenurodyta.',
  embedsTitle: 'Išorinis turinys',
  embedsIntro:
    'Teikėjai, kurių vaizdo įrašus ar žemėlapius leidote įkelti visuose šios svetainės puslapiuose, kiekvieną kartą neklausiant.',
  embedsNone: 'Neleidote nė vieno teikėjo.',
  embedAllowedUntil: (date) => `Leidžiama iki ${date}`,
  embedWithdraw: (provider) => `Nebeleisti ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} nebeleidžiamas. Prieš įkeliant ${provider} turinį, vėl bus klausiama.`,
  guardianAgrees: 'Mano tėvai arba globėjas su tuo sutinka',

  policiesLabel: 'Svetainės politikos',
  policyProgress: (n, total) => `Politika ${n} iš ${total}`,
  policyUpdated: (date) => `Paskutinį kartą pakeista: ${date}`,
  policyVersion: (version) => `Versija ${version}`,
  policyRequired: 'Privaloma',
  policyOptional: 'Neprivaloma',
  policyFull: 'Visas politikos tekstas',
  policyFullLink: 'Skaityti visą politikos tekstą (atsidaro naujame skirtuke)',
  policyAgree: 'Sutinku',
  policyDecline: 'Nesutinku',
  policyBack: 'Atgal',
  policyNext: 'Toliau',
  policyAnswerNeeded: 'Prieš tęsdami pasirinkite „Sutinku“ arba „Nesutinku“.',
  policyRefusedTitle: 'Nesutikę su šia politika negalite naudotis platforma',
  policyRefusedText: (title) =>
    `„${title}“ yra privaloma. Jei su ja nesutinkate, negalite naudotis šia mokymosi platforma. Galite grįžti, dar kartą ją perskaityti ir sutikti arba palikti svetainę. Jei turite klausimų, kreipkitės į svetainės administratorių.`,
  policyBackToPolicy: 'Grįžti į politiką',
  policyReviewTitle: 'Patikrinkite savo pasirinkimus',
  policyReviewIntro: 'Niekas neišsaugoma, kol nepatvirtinsite. Atsakymą pakeisti galite mygtuku „Atgal“.',
  policyAgreed: 'Sutikta',
  policyDeclined: 'Nesutikta',
  policyConfirm: 'Patvirtinti',
  policyDoneTitle: 'Ačiū',
  policyDoneText: 'Jūsų pasirinkimai išsaugoti. Neprivalomus sutikimus galite bet kada atšaukti.',
  policyNothingToAsk: 'Atsakėte į visas galiojančias politikas.',
  policySaveFailed:
    'Jūsų pasirinkimų nepavyko išsaugoti šioje naršyklėje, todėl kito apsilankymo metu jūsų paklausime dar kartą.',
  policyAgeTitle: 'Kiek jums metų?',
  policyAgeIntro: (age) =>
    `Jei jums mažiau nei ${age} metų, su politikomis už jus turi sutikti vienas iš tėvų arba globėjas. Jūsų amžius nesaugomas.`,
  policyAgeLabel: 'Amžius metais',
  policyAgeInvalid: 'Įveskite savo amžių sveikais metais, pavyzdžiui, 15.',
  policyGuardian: 'Vienas iš mano tėvų arba globėjas perskaitė šią politiką ir sutinka su ja mano vardu.',
  policyGuardianNeeded:
    'Nesate sulaukę skaitmeninio sutikimo amžiaus, todėl už jus turi sutikti vienas iš tėvų arba globėjas. Paprašykite jo perskaityti šį puslapį ir pažymėti langelį.',
  policyOnBehalf: 'Sutiko vienas iš tėvų arba globėjas',
  policyAgreementsTitle: 'Politikos ir sutikimai',
  policyAgreedOn: (version, date) => (version ? `${date} sutikote su ${version} versija.` : `${date} sutikote.`),
  policyDeclinedOn: (version, date) => (version ? `${date} atmetėte ${version} versiją.` : `${date} nesutikote.`),
  policyWithdrawnOn: (version, date) =>
    version ? `${date} atšaukėte sutikimą su ${version} versija.` : `${date} atšaukėte sutikimą.`,
  policyOutdated: (version, date) =>
    `${date} sutikote su ${version} versija. Nuo tada politika pasikeitė, todėl paprašysime jūsų sutikti su nauja versija.`,
  policyUnanswered: 'Dar neatsakyta.',
  policyWithdraw: 'Atšaukti sutikimą',
  policyWithdrawn: (title) => `Atšaukėte sutikimą dėl „${title}“.`,
  policyGiveConsent: 'Duoti sutikimą',
  policyGiven: (title) => `Davėte sutikimą dėl „${title}“.`,
  policyCannotWithdraw:
    'Ši politika privaloma, todėl, kol naudojatės platforma, sutikimo atšaukti negalima. Jei norite nebesinaudoti platforma, kreipkitės į svetainės administratorių.',

  embedFrom: (provider) => `Įterptas turinys iš ${provider}`,
  embedNotice: (provider) =>
    `Jį įkėlus, teikėjui ${provider} siunčiami duomenys, pvz., jūsų IP adresas, o ${provider} taip pat gali nustatyti slapukus. ${provider} gali tvarkyti šiuos duomenis už ES ribų, trečiojoje valstybėje, pvz., JAV.`,
  embedProviderPrivacy: (provider) => `${provider} privatumo politika`,
  embedSitePrivacy: 'Mūsų privatumo politika',
  embedNewTab: '(atsidaro naujame skirtuke)',
  embedLoadVideo: 'Įkelti vaizdo įrašą',
  embedLoadMap: 'Įkelti žemėlapį',
  embedLoadContent: 'Įkelti turinį',
  embedAlwaysAllow: (provider) => `Visada leisti ${provider}`,
  embedAllowNote: (provider, days) =>
    `Pasirinkimas „Visada leisti ${provider}“ įsimenamas slapuke ${plural('lt', days, { one: '# dieną', few: '# dienas', many: '# dienos', other: '# dienų' })} ir įkelia visą ${provider} turinį šioje platformoje.`,
  embedErrorTitle: 'Šio turinio parodyti negalima',
  embedErrorText: 'Jo adresas nėra atpažinta vaizdo įrašo ar žemėlapio nuoroda, todėl nieko neįkelta.',

  categoryTitles: {
    essential: 'Būtinieji',
    analytics: 'Analitiniai',
    functional: 'Funkciniai',
    marketing: 'Rinkodaros',
  },
  categoryDescriptions: {
    essential:
      'Reikalingi, kad platforma veiktų: palaiko jūsų prisijungimą (MoodleSession) ir įsimena jūsų pasirinkimus dėl slapukų, išorinio turinio ir platformos politikų. Jiems sutikimo nereikia.',
    analytics:
      'Padeda mums suprasti, kaip naudojamasi platforma, naudojant mūsų pačių Matomo analitiką. Jokie duomenys neperduodami trečiosioms šalims.',
    functional: 'Įsimena nustatymus, pvz., jūsų naudotojo vardą prisijungimo puslapyje.',
    marketing: 'Naudojami jums aktualiam turiniui kitose svetainėse rodyti.',
  },
};

export default lt;

import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const is: Translation = {
  $code: 'is',
  $name: 'Íslenska',
  $dir: 'ltr',
  $durations: {
    minute: { one: '# mínúta', other: '# mínútur' },
    hour: { one: '# klukkustund', other: '# klukkustundir' },
    day: { one: '# dagur', other: '# dagar' },
    month: { one: '# mánuður', other: '# mánuðir' },
    year: { other: '# ár' },
  },

  bannerLabel: 'Samþykki fyrir vafrakökum',
  bannerTitle: 'Vafrakökur á þessum námsvef',
  bannerText:
    'Við notum nauðsynlegar vafrakökur svo að þú getir skráð þig inn og notað vefinn. Með samþykki þínu notum við einnig vafrakökur til að skilja hvernig vefurinn er notaður. Þú getur hvenær sem er breytt vali þínu undir „Vafrakökustillingar“.',
  privacyLink: 'Persónuverndarstefna',
  acceptAll: 'Samþykkja allt',
  rejectAll: 'Hafna öllu',
  settings: 'Stillingar',

  settingsTitle: 'Vafrakökustillingar',
  settingsIntro:
    'Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar því að vefurinn virkar ekki án þeirra. Þú getur hvenær sem er afturkallað samþykki þitt hér.',
  saveChoices: 'Vista val',
  close: 'Loka',
  alwaysOn: 'Alltaf virkt',
  cookiesUsed: 'Vafrakökur í þessum flokki',
  cookieName: 'Heiti',
  cookieExpires: 'Gildistími',
  cookieProvider: 'Vistuð af',
  session: 'Þegar vafranum er lokað',
  untilDelivered: 'Þar til hún hefur verið send þessum vef',
  thisSite: 'Þessi vefur',
  noCookies: 'Engar vafrakökur eru skráðar í þessum flokki.',
  embedsTitle: 'Ytra efni',
  embedsIntro:
    'Veitendur sem mega með þínu leyfi hlaða myndskeiðum eða kortum á öllum síðum þessa vefs, án þess að spurt sé í hvert sinn.',
  embedsNone: 'Þú hefur ekki leyft neinn veitanda.',
  embedAllowedUntil: (date) => `Leyft til ${date}`,
  embedWithdraw: (provider) => `Hætta að leyfa ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} er ekki lengur leyft. Efni frá ${provider} spyr aftur áður en það hleðst.`,
  guardianAgrees: 'Foreldri mitt eða forráðamaður samþykkir þetta',

  policiesLabel: 'Stefnur vefsins',
  policyProgress: (n, total) => `Stefna ${n} af ${total}`,
  policyUpdated: (date) => `Síðast breytt: ${date}`,
  policyVersion: (version) => `Útgáfa ${version}`,
  policyRequired: 'Skylda',
  policyOptional: 'Valfrjálst',
  policyFull: 'Stefnan í heild',
  policyFullLink: 'Lesa stefnuna í heild (opnast í nýjum flipa)',
  policyAgree: 'Ég samþykki',
  policyDecline: 'Ég samþykki ekki',
  policyBack: 'Til baka',
  policyNext: 'Áfram',
  policyAnswerNeeded: 'Veldu „Ég samþykki“ eða „Ég samþykki ekki“ áður en þú heldur áfram.',
  policyRefusedTitle: 'Þú getur ekki notað vefinn án þessarar stefnu',
  policyRefusedText: (title) =>
    `„${title}“ er skylda. Ef þú samþykkir hana ekki geturðu ekki notað þennan námsvef. Þú getur farið til baka, lesið hana aftur og samþykkt hana, eða yfirgefið vefinn. Ef þú hefur spurningar skaltu hafa samband við vefstjóra.`,
  policyBackToPolicy: 'Aftur í stefnuna',
  policyReviewTitle: 'Farðu yfir val þitt',
  policyReviewIntro: 'Ekkert er vistað fyrr en þú staðfestir. Notaðu „Til baka“ til að breyta svari.',
  policyAgreed: 'Samþykkt',
  policyDeclined: 'Hafnað',
  policyConfirm: 'Staðfesta',
  policyDoneTitle: 'Takk fyrir',
  policyDoneText: 'Val þitt hefur verið vistað. Þú getur hvenær sem er afturkallað valfrjálst samþykki.',
  policyNothingToAsk: 'Þú hefur svarað öllum gildandi stefnum.',
  policySaveFailed: 'Ekki tókst að vista val þitt í þessum vafra og því verður spurt aftur í næstu heimsókn.',
  policyAgeTitle: 'Hver er aldur þinn?',
  policyAgeIntro: (age) =>
    `Ef þú ert yngri en ${age} ára þarf foreldri eða forráðamaður að samþykkja stefnurnar fyrir þína hönd. Aldur þinn er ekki vistaður.`,
  policyAgeLabel: 'Aldur í árum',
  policyAgeInvalid: 'Sláðu inn aldur þinn í heilum árum, til dæmis 15.',
  policyGuardian: 'Foreldri mitt eða forráðamaður hefur lesið þessa stefnu og samþykkir hana fyrir mína hönd.',
  policyGuardianNeeded:
    'Þú ert undir aldursmörkum fyrir stafrænt samþykki og því þarf foreldri eða forráðamaður að samþykkja fyrir þína hönd. Biddu viðkomandi að lesa þessa síðu og haka í reitinn.',
  policyOnBehalf: 'Samþykkt af foreldri eða forráðamanni',
  policyAgreementsTitle: 'Stefnur og samþykki',
  policyAgreedOn: (version, date) =>
    version ? `Þú samþykktir útgáfu ${version} þann ${date}.` : `Þú samþykktir þann ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Þú hafnaðir útgáfu ${version} þann ${date}.` : `Þú hafnaðir þann ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Þú afturkallaðir samþykki þitt fyrir útgáfu ${version} þann ${date}.`
      : `Þú afturkallaðir samþykki þitt þann ${date}.`,
  policyOutdated: (version, date) =>
    `Þú samþykktir útgáfu ${version} þann ${date}. Stefnunni hefur verið breytt síðan og því verður óskað eftir samþykki þínu á nýju útgáfunni.`,
  policyUnanswered: 'Ekki svarað enn.',
  policyWithdraw: 'Afturkalla samþykki',
  policyWithdrawn: (title) => `Þú hefur afturkallað samþykki þitt fyrir „${title}“.`,
  policyGiveConsent: 'Veita samþykki',
  policyGiven: (title) => `Þú hefur veitt samþykki þitt fyrir „${title}“.`,
  policyCannotWithdraw:
    'Þessi stefna er skylda og því er ekki hægt að afturkalla samþykki þitt meðan þú notar vefinn. Ef þú vilt hætta að nota vefinn skaltu hafa samband við vefstjóra.',

  embedFrom: (provider) => `Ívafið efni frá ${provider}`,
  embedNotice: (provider) =>
    `Ef efnið er hlaðið eru gögn á borð við IP-tölu þína send til ${provider}, sem getur einnig vistað vafrakökur. ${provider} kann að vinna þessi gögn utan ESB, í þriðja landi eins og Bandaríkjunum.`,
  embedProviderPrivacy: (provider) => `Persónuverndarstefna ${provider}`,
  embedSitePrivacy: 'Persónuverndarstefna okkar',
  embedNewTab: '(opnast í nýjum flipa)',
  embedLoadVideo: 'Hlaða myndskeiði',
  embedLoadMap: 'Hlaða korti',
  embedLoadContent: 'Hlaða efni',
  embedAlwaysAllow: (provider) => `Leyfa alltaf ${provider}`,
  embedAllowNote: (provider, days) =>
    `„Leyfa alltaf ${provider}“ er geymt í vafraköku í ${plural('is', days, { one: '# dag', other: '# daga' })} og hleður öllu efni frá ${provider} á þessum vef.`,
  embedErrorTitle: 'Ekki er hægt að birta þetta efni',
  embedErrorText: 'Slóðin er ekki þekktur tengill á myndskeið eða kort og því var engu hlaðið.',

  categoryTitles: {
    essential: 'Nauðsynlegar',
    analytics: 'Tölfræði',
    functional: 'Virkni',
    marketing: 'Markaðssetning',
  },
  categoryDescriptions: {
    essential:
      'Nauðsynlegar til að vefurinn virki: þær viðhalda innskráningu þinni (MoodleSession) og muna val þitt varðandi vafrakökur, ytra efni og stefnur vefsins. Þær þarfnast ekki samþykkis.',
    analytics:
      'Hjálpa okkur að skilja hvernig vefurinn er notaður, með okkar eigin Matomo-greiningu. Engum gögnum er miðlað til þriðju aðila.',
    functional: 'Muna stillingar eins og notandanafnið þitt á innskráningarsíðunni.',
    marketing: 'Notaðar til að sýna þér viðeigandi efni á öðrum vefjum.',
  },
};

export default is;

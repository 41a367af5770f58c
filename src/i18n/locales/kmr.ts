import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const kmr: Translation = {
  $code: 'kmr',
  $name: 'Kurdî (Kurmancî)',
  $dir: 'ltr',
  $durations: {
    minute: { other: '# deqîqe' },
    hour: { other: '# saet' },
    day: { other: '# roj' },
    month: { other: '# meh' },
    year: { other: '# sal' },
  },

  bannerLabel: 'Razîbûn ji bo çerezan',
  bannerTitle: 'Çerez li ser vê platforma fêrbûnê',
  bannerText:
    'Em çerezên pêwîst bi kar tînin da ku tu bikaribî têkevî û platformê bi kar bînî. Bi razîbûna te, em çerezan jî bi kar tînin da ku fêm bikin platform çawa tê bikaranîn. Tu dikarî her dem di “Mîhengên çerezan” de bijartina xwe biguherînî.',
  privacyLink: 'Polîtîkaya nepeniyê',
  acceptAll: 'Hemûyan qebûl bike',
  rejectAll: 'Hemûyan red bike',
  settings: 'Mîheng',

  settingsTitle: 'Mîhengên çerezan',
  settingsIntro:
    'Hilbijêre ka em dikarin kîjan çerezan bi kar bînin. Çerezên pêwîst her dem çalak in, ji ber ku platform bêyî wan naxebite. Tu dikarî razîbûna xwe her dem li vir paşde bikişînî.',
  saveChoices: 'Bijartinan tomar bike',
  close: 'Bigire',
  alwaysOn: 'Her dem çalak',
  cookiesUsed: 'Çerezên di vê kategoriyê de',
  cookieName: 'Nav',
  cookieExpires: 'Derbasdarî',
  cookieProvider: 'Çavkanî',
  session: 'Heta ku gerok bê girtin',
  untilDelivered: 'Heta ku ji vê malperê re bê şandin',
  thisSite: 'Ev malper',
  noCookies: 'Ji bo vê kategoriyê tu çerez nehatine rêzkirin.',
  embedsTitle: 'Naveroka derve',
  embedsIntro:
    'Pêşkêşkarên ku te destûr daye vîdyo an nexşeyên wan li ser hemû rûpelên vê malperê bên barkirin, bêyî ku her car ji te bê pirsîn.',
  embedsNone: 'Te destûr nedaye tu pêşkêşkarî.',
  embedAllowedUntil: (date) => `Destûrdayî heta ${date}`,
  embedWithdraw: (provider) => `Destûra ${provider} rake`,
  embedWithdrawn: (provider) =>
    `${provider} êdî ne destûrdayî ye. Naveroka ${provider} dê berî barkirinê dîsa bipirse.`,
  guardianAgrees: 'Dê an bavê min an jî serpereştê min bi vê razî ye',

  policiesLabel: 'Polîtîkayên malperê',
  policyProgress: (n, total) => `Polîtîka ${n} ji ${total}`,
  policyUpdated: (date) => `Guherîna dawî: ${date}`,
  policyVersion: (version) => `Guhertoya ${version}`,
  policyRequired: 'Mecbûrî',
  policyOptional: 'Bijarte',
  policyFull: 'Polîtîkaya tevahî',
  policyFullLink: 'Polîtîkaya tevahî bixwîne (di tabeke nû de vedibe)',
  policyAgree: 'Ez razî me',
  policyDecline: 'Ez ne razî me',
  policyBack: 'Paşve',
  policyNext: 'Pêşve',
  policyAnswerNeeded: 'Ji kerema xwe berî ku tu bidomînî “Ez razî me” an “Ez ne razî me” hilbijêre.',
  policyRefusedTitle: 'Bêyî vê polîtîkayê tu nikarî platformê bi kar bînî',
  policyRefusedText: (title) =>
    `“${title}” mecbûrî ye. Heke tu pê razî nebî, tu nikarî vê platforma fêrbûnê bi kar bînî. Tu dikarî vegerî, wê dîsa bixwînî û razî bibî, an jî ji malperê derkevî. Heke pirsên te hebin, ji kerema xwe bi rêveberê malperê re têkilî dayne.`,
  policyBackToPolicy: 'Vegere polîtîkayê',
  policyReviewTitle: 'Bijartinên xwe kontrol bike',
  policyReviewIntro: 'Heta ku tu piştrast nekî, tiştek nayê tomarkirin. Ji bo guhertina bersivekê “Paşve” bi kar bîne.',
  policyAgreed: 'Pejirandî',
  policyDeclined: 'Redkirî',
  policyConfirm: 'Piştrast bike',
  policyDoneTitle: 'Spas',
  policyDoneText: 'Bijartinên te hatin tomarkirin. Tu dikarî her dem razîbûnên bijarte paşde bikişînî.',
  policyNothingToAsk: 'Te bersiva hemû polîtîkayên heyî da.',
  policySaveFailed: 'Bijartinên te di vê gerokê de nehatin tomarkirin, ji ber vê yekê di serdana te ya bê de em ê dîsa ji te bipirsin.',
  policyAgeTitle: 'Tu çend salî yî?',
  policyAgeIntro: (age) =>
    `Heke tu ji ${age} salî biçûktir bî, divê dê an bav an jî serpereştek li şûna te polîtîkayan bipejirîne. Temenê te nayê tomarkirin.`,
  policyAgeLabel: 'Temen bi salan',
  policyAgeInvalid: 'Ji kerema xwe temenê xwe bi salên tam binivîse, wek mînak 15.',
  policyGuardian: 'Dê an bavê min an jî serpereştê min ev polîtîka xwendiye û li şûna min pê razî ye.',
  policyGuardianNeeded:
    'Tu ji temenê razîbûna dîjîtal biçûktir î, ji ber vê divê dê an bav an jî serpereştek li şûna te razî bibe. Ji kerema xwe ji wan bixwaze ku vê rûpelê bixwînin û qutîkê nîşan bikin.',
  policyOnBehalf: 'Ji aliyê dê an bav an jî serpereştekî ve hat pejirandin',
  policyAgreementsTitle: 'Polîtîka û razîbûn',
  policyAgreedOn: (version, date) =>
    version ? `Te di ${date} de guhertoya ${version} pejirand.` : `Te di ${date} de pejirand.`,
  policyDeclinedOn: (version, date) =>
    version ? `Te di ${date} de guhertoya ${version} red kir.` : `Te di ${date} de red kir.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Te di ${date} de razîbûna xwe ya ji bo guhertoya ${version} paşde kişand.`
      : `Te di ${date} de razîbûna xwe paşde kişand.`,
  policyOutdated: (version, date) =>
    `Te di ${date} de guhertoya ${version} pejirand. Ji wê demê ve polîtîka hatiye guhertin, ji ber vê em ê ji te bixwazin ku guhertoya nû bipejirînî.`,
  policyUnanswered: 'Hê nehatiye bersivdan.',
  policyWithdraw: 'Razîbûnê paşde bikişîne',
  policyWithdrawn: (title) => `Te razîbûna xwe ya ji bo “${title}” paşde kişand.`,
  policyGiveConsent: 'Razîbûnê bide',
  policyGiven: (title) => `Te razîbûna xwe ji bo “${title}” da.`,
  policyCannotWithdraw:
    'Ev polîtîka mecbûrî ye, ji ber vê heta ku tu platformê bi kar tînî razîbûna te nayê paşde kişandin. Heke tu dixwazî dev ji bikaranîna platformê berdî, ji kerema xwe bi rêveberê malperê re têkilî dayne.',

  embedFrom: (provider) => `Naveroka bicihkirî ji ${provider}`,
  embedNotice: (provider) =>
    `Barkirina wê daneyên wekî navnîşana te ya IP ji ${provider} re dişîne, ku dibe ku çerezan jî deyne. Dibe ku ${provider} van daneyan li derveyî Yekîtiya Ewropayê, li welatekî sêyem wekî DYA, bişixulîne.`,
  embedProviderPrivacy: (provider) => `Polîtîkaya nepeniyê ya ${provider}`,
  embedSitePrivacy: 'Polîtîkaya me ya nepeniyê',
  embedNewTab: '(di tabeke nû de vedibe)',
  embedLoadVideo: 'Vîdyoyê bar bike',
  embedLoadMap: 'Nexşeyê bar bike',
  embedLoadContent: 'Naverokê bar bike',
  embedAlwaysAllow: (provider) => `Her dem destûrê bide ${provider}`,
  embedAllowNote: (provider, days) =>
    `“Her dem destûrê bide ${provider}” ji bo ${plural('kmr', days, { one: '# rojê', other: '# rojan' })} di çerezekê de tê tomarkirin û hemû naveroka ${provider} li ser vê platformê bar dike.`,
  embedErrorTitle: 'Ev naverok nayê nîşandan',
  embedErrorText: 'Navnîşana wê ne lînkeke naskirî ya vîdyo an nexşeyê ye, ji ber vê tiştek nehat barkirin.',

  categoryTitles: {
    essential: 'Pêwîst',
    analytics: 'Statîstîk',
    functional: 'Fonksiyonel',
    marketing: 'Bazarkirin',
  },
  categoryDescriptions: {
    essential:
      'Ji bo xebitîna platformê pêwîst in: te têketî dihêlin (MoodleSession) û bijartinên te yên li ser çerezan, naveroka derve û polîtîkayên platformê tomar dikin. Ew ne hewceyî razîbûnê ne.',
    analytics:
      'Bi statîstîka me ya Matomo alîkariya me dikin ku em fêm bikin platform çawa tê bikaranîn. Tu dane ji aliyên sêyem re nayên dayîn.',
    functional: 'Mîhengên wekî navê te yê bikarhêner li ser rûpela têketinê tomar dikin.',
    marketing: 'Ji bo nîşandana naveroka têkildar li ser malperên din tên bikaranîn.',
  },
};

export default kmr;

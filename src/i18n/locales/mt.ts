import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const mt: Translation = {
  $code: 'mt',
  $name: 'Malti',
  $dir: 'ltr',
  $durations: {
    minute: { one: '# minuta', two: '# minuti', few: '# minuti', other: '# minuta' },
    hour: { one: '# siegħa', two: '# sigħat', few: '# sigħat', other: '# siegħa' },
    day: { one: '# jum', two: '# jiem', few: '# jiem', other: '# jum' },
    month: { one: '# xahar', two: '# xhur', few: '# xhur', other: '# xahar' },
    year: { one: '# sena', two: '# snin', few: '# snin', other: '# sena' },
  },

  bannerLabel: 'Kunsens għall-cookies',
  bannerTitle: 'Cookies fuq din il-pjattaforma tat-tagħlim',
  bannerText:
    'Nużaw cookies essenzjali biex tkun tista’ tidħol u tuża l-pjattaforma. Bil-kunsens tiegħek nużaw ukoll cookies biex nifhmu kif tintuża l-pjattaforma. Tista’ tibdel l-għażla tiegħek meta trid taħt “Issettjar tal-cookies”.',
  privacyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  settings: 'Issettjar',

  settingsTitle: 'Issettjar tal-cookies',
  settingsIntro:
    'Agħżel liema cookies nistgħu nużaw. Il-cookies essenzjali huma dejjem attivi għax il-pjattaforma ma tistax taħdem mingħajrhom. Tista’ tirtira l-kunsens tiegħek hawn meta trid.',
  saveChoices: 'Salva l-għażliet',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  cookiesUsed: 'Cookies f’din il-kategorija',
  cookieName: 'Isem',
  cookieExpires: 'Jiskadi',
  cookieProvider: 'Issettjat minn',
  session: 'Meta jingħalaq il-browser',
  untilDelivered: 'Sakemm jintbagħat lil dan is-sit',
  thisSite: 'Dan is-sit',
  noCookies: 'Ma hemm l-ebda cookie elenkat għal din il-kategorija.',
  embedsTitle: 'Kontenut estern',
  embedsIntro:
    'Fornituri li ppermettejt li l-vidjos jew il-mapep tagħhom jitgħabbew fuq kull paġna ta’ dan is-sit, mingħajr ma nistaqsuk kull darba.',
  embedsNone: 'Ma ppermettejt l-ebda fornitur.',
  embedAllowedUntil: (date) => `Permess sa ${date}`,
  embedWithdraw: (provider) => `Tibqax tippermetti lil ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} m’għadux permess. Il-kontenut ta’ ${provider} se jerġa’ jistaqsi qabel jitgħabba.`,
  guardianAgrees: 'Il-ġenitur jew il-gwardjan tiegħi jaqbel ma’ dan',

  policiesLabel: 'Politiki tas-sit',
  policyProgress: (n, total) => `Politika ${n} minn ${total}`,
  policyUpdated: (date) => `L-aħħar bidla: ${date}`,
  policyVersion: (version) => `Verżjoni ${version}`,
  policyRequired: 'Obbligatorja',
  policyOptional: 'Fakultattiva',
  policyFull: 'Il-politika sħiħa',
  policyFullLink: 'Aqra l-politika sħiħa (tinfetaħ f’tab ġdida)',
  policyAgree: 'Naqbel',
  policyDecline: 'Ma naqbilx',
  policyBack: 'Lura',
  policyNext: 'Li jmiss',
  policyAnswerNeeded: 'Jekk jogħġbok agħżel “Naqbel” jew “Ma naqbilx” qabel ma tkompli.',
  policyRefusedTitle: 'Ma tistax tuża l-pjattaforma mingħajr din il-politika',
  policyRefusedText: (title) =>
    `“${title}” hija obbligatorja. Jekk ma taqbilx magħha, ma tistax tuża din il-pjattaforma tat-tagħlim. Tista’ tmur lura, taqraha mill-ġdid u taqbel, jew titlaq mis-sit. Jekk għandek mistoqsijiet, jekk jogħġbok ikkuntattja lill-amministratur tas-sit.`,
  policyBackToPolicy: 'Lura għall-politika',
  policyReviewTitle: 'Iċċekkja l-għażliet tiegħek',
  policyReviewIntro: 'Xejn ma jinħażen qabel ma tikkonferma. Uża “Lura” biex tibdel tweġiba.',
  policyAgreed: 'Aċċettata',
  policyDeclined: 'Miċħuda',
  policyConfirm: 'Ikkonferma',
  policyDoneTitle: 'Grazzi',
  policyDoneText: 'L-għażliet tiegħek inħażnu. Tista’ tirtira l-ftehimiet fakultattivi meta trid.',
  policyNothingToAsk: 'Wieġibt il-politiki attwali kollha.',
  policySaveFailed:
    'L-għażliet tiegħek ma setgħux jinħażnu f’dan il-browser, għalhekk se nerġgħu nistaqsuk fiż-żjara li jmiss.',
  policyAgeTitle: 'Kemm għandek żmien?',
  policyAgeIntro: (age) =>
    `Jekk l-età tiegħek hija inqas minn ${age}, ġenitur jew gwardjan irid jaqbel mal-politiki f’ismek. L-età tiegħek ma tinħażinx.`,
  policyAgeLabel: 'Età fi snin',
  policyAgeInvalid: 'Jekk jogħġbok daħħal l-età tiegħek fi snin sħaħ, pereżempju 15.',
  policyGuardian: 'Il-ġenitur jew il-gwardjan tiegħi qara din il-politika u jaqbel magħha f’ismi.',
  policyGuardianNeeded:
    'Għadek taħt l-età tal-kunsens diġitali, għalhekk ġenitur jew gwardjan irid jaqbel f’ismek. Jekk jogħġbok itolbu jaqra din il-paġna u jimmarka l-kaxxa.',
  policyOnBehalf: 'Aċċettata minn ġenitur jew gwardjan',
  policyAgreementsTitle: 'Politiki u ftehimiet',
  policyAgreedOn: (version, date) =>
    version ? `Qbilt mal-verżjoni ${version} fid-data ${date}.` : `Qbilt fid-data ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Irrifjutajt il-verżjoni ${version} fid-data ${date}.` : `Irrifjutajt fid-data ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Irtirajt il-ftehim tiegħek mal-verżjoni ${version} fid-data ${date}.`
      : `Irtirajt il-ftehim tiegħek fid-data ${date}.`,
  policyOutdated: (version, date) =>
    `Qbilt mal-verżjoni ${version} fid-data ${date}. Minn dakinhar il-politika nbidlet, għalhekk se nitolbuk taqbel mal-verżjoni l-ġdida.`,
  policyUnanswered: 'Għad mhix imwieġba.',
  policyWithdraw: 'Irtira l-kunsens',
  policyWithdrawn: (title) => `Irtirajt il-kunsens tiegħek għal “${title}”.`,
  policyGiveConsent: 'Agħti l-kunsens',
  policyGiven: (title) => `Tajt il-kunsens tiegħek għal “${title}”.`,
  policyCannotWithdraw:
    'Din il-politika hija obbligatorja, għalhekk il-ftehim tiegħek ma jistax jiġi rtirat waqt li tuża l-pjattaforma. Biex tieqaf tuża l-pjattaforma, jekk jogħġbok ikkuntattja lill-amministratur tas-sit.',

  embedFrom: (provider) => `Kontenut inkorporat minn ${provider}`,
  embedNotice: (provider) =>
    `Meta jitgħabba, tintbagħat data bħall-indirizz IP tiegħek lil ${provider}, li jista’ wkoll iqiegħed cookies. ${provider} jista’ jipproċessa din id-data barra l-UE, f’pajjiż terz bħall-Istati Uniti.`,
  embedProviderPrivacy: (provider) => `Politika tal-privatezza ta’ ${provider}`,
  embedSitePrivacy: 'Il-politika tal-privatezza tagħna',
  embedNewTab: '(tinfetaħ f’tab ġdida)',
  embedLoadVideo: 'Għabbi l-vidjo',
  embedLoadMap: 'Għabbi l-mappa',
  embedLoadContent: 'Għabbi l-kontenut',
  embedAlwaysAllow: (provider) => `Dejjem ippermetti lil ${provider}`,
  // 2 is "jumejn" in speech; with a digit Maltese writes "2 ijiem". 11–19 take "-il" before the noun ("14-il jum").
  embedAllowNote: (provider, days) =>
    `“Dejjem ippermetti lil ${provider}” jinżamm f’cookie għal ${plural('mt', days, { one: '# jum', two: '# ijiem', few: '# ijiem', many: '#-il jum', other: '# jum' })} u jgħabbi l-kontenut kollu ta’ ${provider} fuq din il-pjattaforma.`,
  embedErrorTitle: 'Dan il-kontenut ma jistax jintwera',
  embedErrorText: 'L-indirizz tiegħu mhuwiex link rikonoxxut ta’ vidjo jew mappa, għalhekk ma tgħabba xejn.',

  categoryTitles: {
    essential: 'Essenzjali',
    analytics: 'Analitika',
    functional: 'Funzjonali',
    marketing: 'Kummerċjalizzazzjoni',
  },
  categoryDescriptions: {
    essential:
      'Meħtieġa biex il-pjattaforma taħdem: iżommuk illoggjat (MoodleSession) u jiftakru l-għażliet tiegħek dwar il-cookies, il-kontenut estern u l-politiki tal-pjattaforma. Ma jeħtiġux kunsens.',
    analytics:
      'Jgħinuna nifhmu kif tintuża l-pjattaforma, bl-analitika Matomo tagħna stess. L-ebda data ma tingħadda lil partijiet terzi.',
    functional: 'Jiftakru l-issettjar, bħall-isem tal-utent tiegħek fil-paġna tad-dħul.',
    marketing: 'Jintużaw biex jurulek kontenut rilevanti fuq siti oħra.',
  },
};

export default mt;

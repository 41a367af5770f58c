import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const ga: Translation = {
  $code: 'ga',
  $name: 'Gaeilge',
  $dir: 'ltr',
  $durations: {
    minute: { other: '# nóiméad' },
    hour: { one: '# uair', two: '# uair', few: '# huaire', many: '# n-uaire', other: '# uair' },
    day: { other: '# lá' },
    month: { one: '# mhí', two: '# mhí', few: '# mhí', other: '# mí' },
    year: { one: '# bhliain', two: '# bhliain', few: '# bliana', many: '# mbliana', other: '# bliain' },
  },

  bannerLabel: 'Toiliú le fianáin',
  bannerTitle: 'Fianáin ar an ardán foghlama seo',
  bannerText:
    'Úsáidimid fianáin riachtanacha ionas gur féidir leat logáil isteach agus an t-ardán a úsáid. Le do thoiliú, úsáidimid fianáin freisin chun tuiscint a fháil ar an gcaoi a n-úsáidtear an t-ardán. Is féidir leat do rogha a athrú am ar bith faoi “Socruithe fianán”.',
  privacyLink: 'Beartas príobháideachais',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  settings: 'Socruithe',

  settingsTitle: 'Socruithe fianán',
  settingsIntro:
    'Roghnaigh na fianáin a bhfuil cead againn iad a úsáid. Bíonn fianáin riachtanacha ar siúl i gcónaí, mar ní féidir leis an ardán oibriú gan iad. Is féidir leat do thoiliú a tharraingt siar anseo am ar bith.',
  saveChoices: 'Sábháil roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  cookiesUsed: 'Fianáin sa chatagóir seo',
  cookieName: 'Ainm',
  cookieExpires: 'Dul in éag',
  cookieProvider: 'Socraithe ag',
  session: 'Nuair a dhúntar an brabhsálaí',
  untilDelivered: 'Go dtí go seoltar chuig an suíomh seo é',
  thisSite: 'An suíomh seo',
  noCookies: 'Níl aon fhianán liostaithe don chatagóir seo.',
  embedsTitle: 'Ábhar seachtrach',
  embedsIntro:
    'Soláthraithe ar thug tú cead dá bhfíseáin nó dá léarscáileanna lódáil ar gach leathanach den suíomh seo, gan fiafraí díot gach uair.',
  embedsNone: 'Níor thug tú cead d’aon soláthraí.',
  embedAllowedUntil: (date) => `Ceadaithe go dtí ${date}`,
  embedWithdraw: (provider) => `Ná ceadaigh ${provider} a thuilleadh`,
  embedWithdrawn: (provider) =>
    `Níl cead ag ${provider} a thuilleadh. Fiafrófar díot sula lódálfar ábhar ó ${provider}.`,
  guardianAgrees: 'Aontaíonn mo thuismitheoir nó mo chaomhnóir leis seo',

  policiesLabel: 'Beartais an tsuímh',
  policyProgress: (n, total) => `Beartas ${n} as ${total}`,
  policyUpdated: (date) => `Athraithe go deireanach: ${date}`,
  policyVersion: (version) => `Leagan ${version}`,
  policyRequired: 'Éigeantach',
  policyOptional: 'Roghnach',
  policyFull: 'An beartas iomlán',
  policyFullLink: 'Léigh an beartas iomlán (osclófar é i gcluaisín nua)',
  policyAgree: 'Aontaím',
  policyDecline: 'Ní aontaím',
  policyBack: 'Siar',
  policyNext: 'Ar aghaidh',
  policyAnswerNeeded: 'Roghnaigh “Aontaím” nó “Ní aontaím” sula leanann tú ar aghaidh.',
  policyRefusedTitle: 'Ní féidir leat an t-ardán a úsáid gan an beartas seo',
  policyRefusedText: (title) =>
    `Tá “${title}” éigeantach. Mura n-aontaíonn tú leis, ní féidir leat an t-ardán foghlama seo a úsáid. Is féidir leat dul siar, é a léamh arís agus aontú leis, nó an suíomh a fhágáil. Má tá ceisteanna agat, déan teagmháil le riarthóir an tsuímh.`,
  policyBackToPolicy: 'Siar chuig an mbeartas',
  policyReviewTitle: 'Seiceáil do roghanna',
  policyReviewIntro: 'Ní shábháiltear aon rud go dtí go ndeimhníonn tú. Úsáid “Siar” chun freagra a athrú.',
  policyAgreed: 'Aontaithe',
  policyDeclined: 'Diúltaithe',
  policyConfirm: 'Deimhnigh',
  policyDoneTitle: 'Go raibh maith agat',
  policyDoneText: 'Sábháladh do roghanna. Is féidir leat comhaontuithe roghnacha a tharraingt siar am ar bith.',
  policyNothingToAsk: 'D’fhreagair tú gach beartas reatha.',
  policySaveFailed:
    'Níorbh fhéidir do roghanna a shábháil sa bhrabhsálaí seo, mar sin fiafrófar díot arís an chéad uair eile a thiocfaidh tú.',
  policyAgeTitle: 'Cén aois thú?',
  policyAgeIntro: (age) =>
    `Má tá d’aois faoi bhun ${age}, caithfidh tuismitheoir nó caomhnóir aontú leis na beartais ar do shon. Ní stóráiltear d’aois.`,
  policyAgeLabel: 'Aois i mblianta',
  policyAgeInvalid: 'Cuir isteach d’aois i mblianta iomlána, mar shampla 15.',
  policyGuardian: 'Léigh mo thuismitheoir nó mo chaomhnóir an beartas seo agus aontaíonn siad leis thar mo cheann.',
  policyGuardianNeeded:
    'Tá tú faoi bhun aois an toilithe dhigitigh, mar sin caithfidh tuismitheoir nó caomhnóir aontú ar do shon. Iarr orthu an leathanach seo a léamh agus tic a chur sa bhosca.',
  policyOnBehalf: 'Aontaithe ag tuismitheoir nó caomhnóir',
  policyAgreementsTitle: 'Beartais agus comhaontuithe',
  policyAgreedOn: (version, date) =>
    version ? `D’aontaigh tú le leagan ${version} ar an ${date}.` : `D’aontaigh tú ar an ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Dhiúltaigh tú do leagan ${version} ar an ${date}.` : `Dhiúltaigh tú ar an ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Tharraing tú siar do chomhaontú le leagan ${version} ar an ${date}.`
      : `Tharraing tú siar do chomhaontú ar an ${date}.`,
  policyOutdated: (version, date) =>
    `D’aontaigh tú le leagan ${version} ar an ${date}. Athraíodh an beartas ó shin, mar sin iarrfar ort aontú leis an leagan nua.`,
  policyUnanswered: 'Gan freagra fós.',
  policyWithdraw: 'Tarraing siar an toiliú',
  policyWithdrawn: (title) => `Tharraing tú siar do thoiliú le “${title}”.`,
  policyGiveConsent: 'Tabhair toiliú',
  policyGiven: (title) => `Thug tú do thoiliú le “${title}”.`,
  policyCannotWithdraw:
    'Tá an beartas seo éigeantach, mar sin ní féidir do chomhaontú a tharraingt siar fad is atá tú ag úsáid an ardáin. Chun éirí as an ardán a úsáid, déan teagmháil le riarthóir an tsuímh.',

  embedFrom: (provider) => `Ábhar leabaithe ó ${provider}`,
  embedNotice: (provider) =>
    `Nuair a lódáiltear é, seoltar sonraí mar do sheoladh IP chuig ${provider}, a d’fhéadfadh fianáin a shocrú freisin. D’fhéadfadh ${provider} na sonraí seo a phróiseáil lasmuigh den AE, i dtríú tír ar nós SAM.`,
  embedProviderPrivacy: (provider) => `Beartas príobháideachais ${provider}`,
  embedSitePrivacy: 'Ár mbeartas príobháideachais',
  embedNewTab: '(osclófar é i gcluaisín nua)',
  embedLoadVideo: 'Lódáil an físeán',
  embedLoadMap: 'Lódáil an léarscáil',
  embedLoadContent: 'Lódáil an t-ábhar',
  embedAlwaysAllow: (provider) => `Ceadaigh ${provider} i gcónaí`,
  // After a numeral "lá" keeps one form (1 lá, 2 lá, 3 lá, 7 lá, 14 lá): the five forms are listed so the rule stays visible.
  embedAllowNote: (provider, days) =>
    `Coinnítear “Ceadaigh ${provider} i gcónaí” i bhfianán ar feadh ${plural('ga', days, { one: '# lá', two: '# lá', few: '# lá', many: '# lá', other: '# lá' })} agus lódálann sé gach ábhar ó ${provider} ar an ardán seo.`,
  embedErrorTitle: 'Ní féidir an t-ábhar seo a thaispeáint',
  embedErrorText: 'Ní nasc aitheanta físeáin ná léarscáile é a sheoladh, mar sin níor lódáladh aon rud.',

  categoryTitles: {
    essential: 'Riachtanach',
    analytics: 'Anailísíocht',
    functional: 'Feidhmiúil',
    marketing: 'Margaíocht',
  },
  categoryDescriptions: {
    essential:
      'Teastaíonn siad chun go n-oibreoidh an t-ardán: coinníonn siad logáilte isteach thú (MoodleSession) agus cuimhníonn siad ar do roghanna maidir le fianáin, ábhar seachtrach agus beartais an ardáin. Ní theastaíonn toiliú uathu.',
    analytics:
      'Cabhraíonn siad linn tuiscint a fháil ar an gcaoi a n-úsáidtear an t-ardán, lenár n-anailísíocht Matomo féin. Ní thugtar aon sonraí do thríú páirtithe.',
    functional: 'Cuimhníonn siad ar shocruithe ar nós d’ainm úsáideora ar an leathanach logála isteach.',
    marketing: 'Úsáidtear iad chun ábhar ábhartha a thaispeáint duit ar shuíomhanna gréasáin eile.',
  },
};

export default ga;

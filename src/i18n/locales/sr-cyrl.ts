import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const srCyrl: Translation = {
  $code: 'sr-Cyrl',
  $name: 'Српски (ћирилица)',
  $dir: 'ltr',

  bannerLabel: 'Пристанак на колачиће',
  bannerTitle: 'Колачићи на овој платформи за учење',
  bannerText:
    'Користимо неопходне колачиће како бисте могли да се пријавите и користите платформу. Уз ваш пристанак користимо и колачиће да бисмо разумели како се платформа користи. Свој избор можете у сваком тренутку да промените у одељку „Подешавања колачића“.',
  privacyLink: 'Политика приватности',
  acceptAll: 'Прихвати све',
  rejectAll: 'Одбиј све',
  settings: 'Подешавања',

  settingsTitle: 'Подешавања колачића',
  settingsIntro:
    'Изаберите које колачиће смемо да користимо. Неопходни колачићи су увек укључени јер платформа без њих не може да ради. Овде у сваком тренутку можете да опозовете свој пристанак.',
  saveChoices: 'Сачувај избор',
  close: 'Затвори',
  alwaysOn: 'Увек укључено',
  cookiesUsed: 'Колачићи у овој категорији',
  cookieName: 'Назив',
  cookieExpires: 'Истиче',
  cookieProvider: 'Поставља',
  session: 'Када се прегледач затвори',
  untilDelivered: 'Док се не пошаље овом сајту',
  thisSite: 'Овај сајт',
  noCookies: 'За ову категорију нису наведени колачићи.',
  embedsTitle: 'Спољни садржај',
  embedsIntro:
    'Пружаоци услуга чије сте видео-снимке или мапе дозволили да се учитавају на свим страницама овог сајта, без питања сваки пут.',
  embedsNone: 'Нисте дозволили ниједног пружаоца услуга.',
  embedAllowedUntil: (date) => `Дозвољено до ${date}`,
  embedWithdraw: (provider) => `Укини дозволу за ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} више нема дозволу. Садржај са услуге ${provider} ће поново тражити дозволу пре учитавања.`,
  guardianAgrees: 'Мој родитељ или старатељ се слаже с тим',

  policiesLabel: 'Политике сајта',
  policyProgress: (n, total) => `Политика ${n} од ${total}`,
  policyUpdated: (date) => `Последња измена: ${date}`,
  policyVersion: (version) => `Верзија ${version}`,
  policyRequired: 'Обавезно',
  policyOptional: 'Необавезно',
  policyFull: 'Цела политика',
  policyFullLink: 'Прочитајте целу политику (отвара се у новој картици)',
  policyAgree: 'Слажем се',
  policyDecline: 'Не слажем се',
  policyBack: 'Назад',
  policyNext: 'Даље',
  policyAnswerNeeded: 'Изаберите „Слажем се“ или „Не слажем се“ пре него што наставите.',
  policyRefusedTitle: 'Без ове политике не можете да користите платформу',
  policyRefusedText: (title) =>
    `„${title}“ је обавезна. Ако се не слажете с њом, не можете да користите ову платформу за учење. Можете да се вратите, поново је прочитате и прихватите или да напустите сајт. Ако имате питања, обратите се администратору сајта.`,
  policyBackToPolicy: 'Назад на политику',
  policyReviewTitle: 'Проверите свој избор',
  policyReviewIntro: 'Ништа се не чува док не потврдите. Помоћу дугмета „Назад“ можете да промените одговор.',
  policyAgreed: 'Прихваћено',
  policyDeclined: 'Одбијено',
  policyConfirm: 'Потврди',
  policyDoneTitle: 'Хвала',
  policyDoneText: 'Ваш избор је сачуван. Необавезне сагласности можете у сваком тренутку да опозовете.',
  policyNothingToAsk: 'Одговорили сте на све актуелне политике.',
  policySaveFailed: 'Ваш избор није могао да се сачува у овом прегледачу, па ћемо вас при следећој посети поново питати.',
  policyAgeTitle: 'Колико имате година?',
  policyAgeIntro: (age) =>
    `Ако имате мање од ${age} година, родитељ или старатељ мора уместо вас да прихвати политике. Ваше године се не чувају.`,
  policyAgeLabel: 'Старост у годинама',
  policyAgeInvalid: 'Унесите старост у целим годинама, на пример 15.',
  policyGuardian: 'Мој родитељ или старатељ је прочитао ову политику и прихвата је у моје име.',
  policyGuardianNeeded:
    'Млађи сте од узраста за дигитални пристанак, па родитељ или старатељ мора да прихвати уместо вас. Замолите га да прочита ову страницу и означи поље.',
  policyOnBehalf: 'Прихватио родитељ или старатељ',
  policyAgreementsTitle: 'Политике и сагласности',
  policyAgreedOn: (version, date) =>
    version ? `Прихватили сте верзију ${version} дана ${date}.` : `Прихватили сте дана ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Одбили сте верзију ${version} дана ${date}.` : `Одбили сте дана ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Опозвали сте сагласност за верзију ${version} дана ${date}.`
      : `Опозвали сте сагласност дана ${date}.`,
  policyOutdated: (version, date) =>
    `Прихватили сте верзију ${version} дана ${date}. Политика је од тада измењена, па ћемо вас замолити да прихватите нову верзију.`,
  policyUnanswered: 'Још без одговора.',
  policyWithdraw: 'Опозови пристанак',
  policyWithdrawn: (title) => `Опозвали сте пристанак за „${title}“.`,
  policyGiveConsent: 'Дај пристанак',
  policyGiven: (title) => `Дали сте пристанак за „${title}“.`,
  policyCannotWithdraw:
    'Ова политика је обавезна, па сагласност не може да се опозове док користите платформу. Ако желите да престанете да користите платформу, обратите се администратору сајта.',

  embedFrom: (provider) => `Уграђени садржај са услуге ${provider}`,
  embedNotice: (provider) =>
    `Учитавањем се услузи ${provider} шаљу подаци као што је ваша IP адреса, а ${provider} може да постави и колачиће. ${provider} може да обрађује ове податке изван ЕУ, у другој држави, као што су САД.`,
  embedProviderPrivacy: (provider) => `Политика приватности услуге ${provider}`,
  embedSitePrivacy: 'Наша политика приватности',
  embedNewTab: '(отвара се у новој картици)',
  embedLoadVideo: 'Учитај видео',
  embedLoadMap: 'Учитај мапу',
  embedLoadContent: 'Учитај садржај',
  embedAlwaysAllow: (provider) => `Увек дозволи ${provider}`,
  embedAllowNote: (provider, days) =>
    `Избор „Увек дозволи ${provider}“ памти се у колачићу ${plural('sr-Cyrl', days, { one: '# дан', few: '# дана', other: '# дана' })} и учитава сав садржај услуге ${provider} на овој платформи.`,
  embedErrorTitle: 'Овај садржај не може да се прикаже',
  embedErrorText: 'Његова адреса није препозната веза ка видеу или мапи, па ништа није учитано.',

  categoryTitles: {
    essential: 'Неопходни',
    analytics: 'Аналитички',
    functional: 'Функционални',
    marketing: 'Маркетиншки',
  },
  categoryDescriptions: {
    essential:
      'Потребни за рад платформе: одржавају вашу пријаву (MoodleSession) и памте ваше изборе у вези с колачићима, спољним садржајем и политикама платформе. За њих није потребан пристанак.',
    analytics:
      'Помажу нам да разумемо како се платформа користи, уз нашу сопствену аналитику Matomo. Подаци се не прослеђују трећим лицима.',
    functional: 'Памте подешавања као што је ваше корисничко име на страници за пријаву.',
    marketing: 'Користе се да би вам се приказао релевантан садржај на другим сајтовима.',
  },
};

export default srCyrl;

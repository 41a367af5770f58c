import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/*
 * Dari as written in Afghanistan, not Iranian Farsi: پالیسی (policy),
 * محرمیت (privacy), کتگوری (category), معلومات (data), براوزر (browser),
 * نشانی کردن (to tick), امریکا, تشکر. Numbers and plural rules are those of
 * fa-AF (Persian digits ۱۲۳); Intl has no rules of its own for "prs".
 */
const number = (n: number) => new Intl.NumberFormat('fa-AF').format(n);
const count = (n: number, word: string) => plural('fa-AF', n, { one: `# ${word}`, other: `# ${word}` });

const prs: Translation = {
  $code: 'prs',
  $name: 'دری',
  $dir: 'rtl',
  $durations: {
    minute: { other: '# دقیقه' },
    hour: { other: '# ساعت' },
    day: { other: '# روز' },
    month: { other: '# ماه' },
    year: { other: '# سال' },
  },

  bannerLabel: 'رضایت برای کوکی‌ها',
  bannerTitle: 'کوکی‌ها در این پلتفورم آموزشی',
  bannerText:
    'ما از کوکی‌های ضروری استفاده می‌کنیم تا شما بتوانید وارد شوید و از پلتفورم استفاده کنید. با رضایت شما، از کوکی‌ها برای دانستن اینکه پلتفورم چگونه استفاده می‌شود نیز کار می‌گیریم. شما هر وقت بخواهید می‌توانید انتخاب خود را در «تنظیمات کوکی‌ها» تغییر دهید.',
  privacyLink: 'پالیسی محرمیت',
  acceptAll: 'قبول همه',
  rejectAll: 'رد همه',
  settings: 'تنظیمات',

  settingsTitle: 'تنظیمات کوکی‌ها',
  settingsIntro:
    'انتخاب کنید که ما از کدام کوکی‌ها استفاده کرده می‌توانیم. کوکی‌های ضروری همیشه فعال اند، زیرا پلتفورم بدون آن‌ها کار نمی‌کند. شما هر وقت بخواهید می‌توانید رضایت خود را در اینجا پس بگیرید.',
  saveChoices: 'ذخیرهٔ انتخاب‌ها',
  close: 'بستن',
  alwaysOn: 'همیشه فعال',
  cookiesUsed: 'کوکی‌های این کتگوری',
  cookieName: 'نام',
  cookieExpires: 'مدت اعتبار',
  cookieProvider: 'گذاشته‌شده توسط',
  session: 'تا بسته شدن براوزر',
  untilDelivered: 'تا فرستادن به این سایت',
  thisSite: 'این سایت',
  noCookies: 'برای این کتگوری هیچ کوکی‌ای درج نشده است.',
  embedsTitle: 'محتوای بیرونی',
  embedsIntro:
    'ارائه‌کنندگانی که اجازه داده‌اید ویدیوها یا نقشه‌های شان در همه صفحه‌های این سایت، بدون پرسیدن دوباره، باز شوند.',
  embedsNone: 'شما به هیچ ارائه‌کننده‌ای اجازه نداده‌اید.',
  embedAllowedUntil: (date) => `اجازه تا ${date}`,
  embedWithdraw: (provider) => `لغو اجازهٔ ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} دیگر اجازه ندارد. محتوای آن پیش از باز شدن دوباره از شما اجازه می‌خواهد.`,
  guardianAgrees: 'والدین یا ولی من با این موافق اند',

  policiesLabel: 'پالیسی‌های سایت',
  policyProgress: (n, total) => `پالیسی ${number(n)} از ${number(total)}`,
  policyUpdated: (date) => `آخرین تغییر: ${date}`,
  policyVersion: (version) => `نسخهٔ ${version}`,
  policyRequired: 'اجباری',
  policyOptional: 'اختیاری',
  policyFull: 'متن کامل پالیسی',
  policyFullLink: 'خواندن متن کامل پالیسی (در یک تب نو باز می‌شود)',
  policyAgree: 'موافقم',
  policyDecline: 'موافق نیستم',
  policyBack: 'برگشت',
  policyNext: 'بعدی',
  policyAnswerNeeded: 'لطفاً پیش از ادامه، «موافقم» یا «موافق نیستم» را انتخاب کنید.',
  policyRefusedTitle: 'بدون این پالیسی نمی‌توانید از پلتفورم استفاده کنید',
  policyRefusedText: (title) =>
    `«${title}» اجباری است. اگر با آن موافقت نکنید، نمی‌توانید از این پلتفورم آموزشی استفاده کنید. می‌توانید برگردید، آن را دوباره بخوانید و موافقت کنید، یا از سایت بیرون شوید. اگر سوالی دارید، لطفاً با مدیر سایت تماس بگیرید.`,
  policyBackToPolicy: 'برگشت به پالیسی',
  policyReviewTitle: 'انتخاب‌های خود را بررسی کنید',
  policyReviewIntro: 'تا شما تأیید نکنید، چیزی ذخیره نمی‌شود. برای تغییر یک جواب از «برگشت» استفاده کنید.',
  policyAgreed: 'موافقت شد',
  policyDeclined: 'رد شد',
  policyConfirm: 'تأیید',
  policyDoneTitle: 'تشکر',
  policyDoneText: 'انتخاب‌های شما ذخیره شد. شما هر وقت بخواهید می‌توانید موافقت‌های اختیاری را پس بگیرید.',
  policyNothingToAsk: 'شما به همه پالیسی‌های فعلی جواب داده‌اید.',
  policySaveFailed:
    'انتخاب‌های شما در این براوزر ذخیره نشد، بنابراین در بازدید بعدی دوباره از شما پرسیده می‌شود.',
  policyAgeTitle: 'شما چند سال دارید؟',
  policyAgeIntro: (age) =>
    `اگر کمتر از ${count(age, 'سال')} دارید، والدین یا ولی شما باید به عوض شما با پالیسی‌ها موافقت کنند. سن شما ذخیره نمی‌شود.`,
  policyAgeLabel: 'سن (سال)',
  // The example stays in the digits the age field reads.
  policyAgeInvalid: 'لطفاً سن خود را به سال‌های پوره وارد کنید، مثلاً 15.',
  policyGuardian: 'والدین یا ولی من این پالیسی را خوانده اند و از طرف من با آن موافقت می‌کنند.',
  policyGuardianNeeded:
    'سن شما کمتر از سن رضایت دیجیتال است، بنابراین والدین یا ولی شما باید به عوض شما موافقت کنند. لطفاً از آن‌ها بخواهید این صفحه را بخوانند و خانه را نشانی کنند.',
  policyOnBehalf: 'موافقت‌شده توسط والدین یا ولی',
  policyAgreementsTitle: 'پالیسی‌ها و موافقت‌ها',
  policyAgreedOn: (version, date) =>
    version ? `شما به تاریخ ${date} با نسخهٔ ${version} موافقت کردید.` : `شما به تاریخ ${date} موافقت کردید.`,
  policyDeclinedOn: (version, date) =>
    version ? `شما به تاریخ ${date} نسخهٔ ${version} را رد کردید.` : `شما به تاریخ ${date} رد کردید.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `شما به تاریخ ${date} موافقت خود با نسخهٔ ${version} را پس گرفتید.`
      : `شما به تاریخ ${date} موافقت خود را پس گرفتید.`,
  policyOutdated: (version, date) =>
    `شما به تاریخ ${date} با نسخهٔ ${version} موافقت کردید. از آن وقت پالیسی تغییر کرده است، بنابراین از شما خواسته می‌شود با نسخهٔ جدید موافقت کنید.`,
  policyUnanswered: 'هنوز جواب داده نشده است.',
  policyWithdraw: 'پس گرفتن رضایت',
  policyWithdrawn: (title) => `شما رضایت خود را برای «${title}» پس گرفتید.`,
  policyGiveConsent: 'دادن رضایت',
  policyGiven: (title) => `شما برای «${title}» رضایت دادید.`,
  policyCannotWithdraw:
    'این پالیسی اجباری است، بنابراین تا وقتی که از پلتفورم استفاده می‌کنید، نمی‌توانید موافقت خود را پس بگیرید. برای ترک استفاده از پلتفورم، لطفاً با مدیر سایت تماس بگیرید.',

  embedFrom: (provider) => `محتوای جاسازی‌شده از ${provider}`,
  embedNotice: (provider) =>
    `با باز کردن آن، معلوماتی مانند آدرس IP شما به ${provider} فرستاده می‌شود و ${provider} ممکن است کوکی هم بگذارد. ${provider} ممکن است این معلومات را بیرون از اتحادیهٔ اروپا، در یک کشور ثالث مانند امریکا پروسس کند.`,
  embedProviderPrivacy: (provider) => `پالیسی محرمیت ${provider}`,
  embedSitePrivacy: 'پالیسی محرمیت ما',
  embedNewTab: '(در یک تب نو باز می‌شود)',
  embedLoadVideo: 'باز کردن ویدیو',
  embedLoadMap: 'باز کردن نقشه',
  embedLoadContent: 'باز کردن محتوا',
  embedAlwaysAllow: (provider) => `همیشه اجازه به ${provider}`,
  embedAllowNote: (provider, days) =>
    `«همیشه اجازه به ${provider}» برای ${count(days, 'روز')} در یک کوکی نگه داشته می‌شود و همه محتوای ${provider} را در این پلتفورم باز می‌کند.`,
  embedErrorTitle: 'این محتوا نشان داده نمی‌شود',
  embedErrorText: 'آدرس آن یک لینک شناخته‌شدهٔ ویدیو یا نقشه نیست، بنابراین هیچ چیزی باز نشد.',

  categoryTitles: {
    essential: 'ضروری',
    analytics: 'تحلیلی',
    functional: 'کارکردی',
    marketing: 'بازاریابی',
  },
  categoryDescriptions: {
    essential:
      'برای کار پلتفورم لازم اند: شما را داخل سیستم نگه می‌دارند (MoodleSession) و انتخاب‌های شما را در مورد کوکی‌ها، محتوای بیرونی و پالیسی‌های پلتفورم به یاد می‌سپارند. به رضایت ضرورت ندارند.',
    analytics:
      'به ما کمک می‌کنند با ابزار تحلیل Matomo خود ما بدانیم پلتفورم چگونه استفاده می‌شود. هیچ معلوماتی به اشخاص ثالث داده نمی‌شود.',
    functional: 'تنظیماتی مانند نام کاربری شما را در صفحهٔ ورود به یاد می‌سپارند.',
    marketing: 'برای نشان دادن محتوای مرتبط به شما در ویب‌سایت‌های دیگر استفاده می‌شوند.',
  },
};

export default prs;

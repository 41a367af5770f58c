import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/* Persian as written in Iran, with its digits (۱۲۳) and the zero-width non-joiner inside words (می‌توانید). */
const number = (n: number) => new Intl.NumberFormat('fa').format(n);
const count = (n: number, word: string) => plural('fa', n, { one: `# ${word}`, other: `# ${word}` });

const fa: Translation = {
  $code: 'fa',
  $name: 'فارسی',
  $dir: 'rtl',

  bannerLabel: 'رضایت به کوکی‌ها',
  bannerTitle: 'کوکی‌ها در این پلتفرم آموزشی',
  bannerText:
    'ما از کوکی‌های ضروری استفاده می‌کنیم تا بتوانید وارد شوید و از پلتفرم استفاده کنید. با رضایت شما، همچنین از کوکی‌ها استفاده می‌کنیم تا بفهمیم پلتفرم چگونه به کار می‌رود. هر زمان که بخواهید می‌توانید انتخاب خود را در «تنظیمات کوکی‌ها» تغییر دهید.',
  privacyLink: 'سیاست حریم خصوصی',
  acceptAll: 'پذیرفتن همه',
  rejectAll: 'رد همه',
  settings: 'تنظیمات',

  settingsTitle: 'تنظیمات کوکی‌ها',
  settingsIntro:
    'انتخاب کنید از کدام کوکی‌ها می‌توانیم استفاده کنیم. کوکی‌های ضروری همیشه فعال‌اند، چون پلتفرم بدون آن‌ها کار نمی‌کند. هر زمان که بخواهید می‌توانید رضایت خود را اینجا پس بگیرید.',
  saveChoices: 'ذخیرهٔ انتخاب‌ها',
  close: 'بستن',
  alwaysOn: 'همیشه فعال',
  cookiesUsed: 'کوکی‌های این دسته',
  cookieName: 'نام',
  cookieExpires: 'مدت اعتبار',
  cookieProvider: 'تنظیم‌شده توسط',
  session: 'تا بسته شدن مرورگر',
  untilDelivered: 'تا ارسال به این سایت',
  thisSite: 'این سایت',
  noCookies: 'برای این دسته هیچ کوکی‌ای فهرست نشده است.',
  embedsTitle: 'محتوای خارجی',
  embedsIntro:
    'ارائه‌دهندگانی که اجازه داده‌اید ویدیوها یا نقشه‌هایشان در همهٔ صفحه‌های این سایت، بدون پرسش دوباره، بارگیری شوند.',
  embedsNone: 'به هیچ ارائه‌دهنده‌ای اجازه نداده‌اید.',
  embedAllowedUntil: (date) => `مجاز تا ${date}`,
  embedWithdraw: (provider) => `لغو اجازهٔ ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} دیگر مجاز نیست. محتوای آن پیش از بارگیری دوباره از شما اجازه می‌گیرد.`,
  guardianAgrees: 'والد یا سرپرست قانونی من با این موافق است',

  policiesLabel: 'سیاست‌های سایت',
  policyProgress: (n, total) => `سیاست ${number(n)} از ${number(total)}`,
  policyUpdated: (date) => `آخرین تغییر: ${date}`,
  policyVersion: (version) => `نسخهٔ ${version}`,
  policyRequired: 'الزامی',
  policyOptional: 'اختیاری',
  policyFull: 'متن کامل سیاست',
  policyFullLink: 'خواندن متن کامل سیاست (در زبانهٔ جدید باز می‌شود)',
  policyAgree: 'موافقم',
  policyDecline: 'موافق نیستم',
  policyBack: 'بازگشت',
  policyNext: 'بعدی',
  policyAnswerNeeded: 'لطفاً پیش از ادامه، «موافقم» یا «موافق نیستم» را انتخاب کنید.',
  policyRefusedTitle: 'بدون این سیاست نمی‌توانید از پلتفرم استفاده کنید',
  policyRefusedText: (title) =>
    `«${title}» الزامی است. اگر با آن موافقت نکنید، نمی‌توانید از این پلتفرم آموزشی استفاده کنید. می‌توانید برگردید، آن را دوباره بخوانید و موافقت کنید، یا از سایت خارج شوید. اگر پرسشی دارید، لطفاً با مدیر سایت تماس بگیرید.`,
  policyBackToPolicy: 'بازگشت به سیاست',
  policyReviewTitle: 'انتخاب‌های خود را بررسی کنید',
  policyReviewIntro: 'تا تأیید نکنید، چیزی ذخیره نمی‌شود. برای تغییر یک پاسخ از «بازگشت» استفاده کنید.',
  policyAgreed: 'موافقت شد',
  policyDeclined: 'رد شد',
  policyConfirm: 'تأیید',
  policyDoneTitle: 'سپاسگزاریم',
  policyDoneText: 'انتخاب‌های شما ذخیره شد. هر زمان که بخواهید می‌توانید موافقت‌های اختیاری را پس بگیرید.',
  policyNothingToAsk: 'به همهٔ سیاست‌های فعلی پاسخ داده‌اید.',
  policySaveFailed:
    'انتخاب‌های شما در این مرورگر ذخیره نشد، بنابراین در بازدید بعدی دوباره از شما پرسیده می‌شود.',
  policyAgeTitle: 'چند سال دارید؟',
  policyAgeIntro: (age) =>
    `اگر کمتر از ${count(age, 'سال')} دارید، والد یا سرپرست قانونی شما باید به‌جای شما با سیاست‌ها موافقت کند. سن شما ذخیره نمی‌شود.`,
  policyAgeLabel: 'سن (سال)',
  // The example stays in the digits the age field reads.
  policyAgeInvalid: 'لطفاً سن خود را به سال کامل وارد کنید، مثلاً 15.',
  policyGuardian: 'والد یا سرپرست قانونی من این سیاست را خوانده است و از طرف من با آن موافقت می‌کند.',
  policyGuardianNeeded:
    'سن شما کمتر از سن رضایت دیجیتال است، بنابراین والد یا سرپرست قانونی شما باید به‌جای شما موافقت کند. لطفاً از او بخواهید این صفحه را بخواند و کادر را علامت بزند.',
  policyOnBehalf: 'موافقت‌شده توسط والد یا سرپرست قانونی',
  policyAgreementsTitle: 'سیاست‌ها و موافقت‌ها',
  policyAgreedOn: (version, date) =>
    version ? `در تاریخ ${date} با نسخهٔ ${version} موافقت کردید.` : `در تاریخ ${date} موافقت کردید.`,
  policyDeclinedOn: (version, date) =>
    version ? `در تاریخ ${date} نسخهٔ ${version} را رد کردید.` : `در تاریخ ${date} رد کردید.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `در تاریخ ${date} موافقت خود با نسخهٔ ${version} را پس گرفتید.`
      : `در تاریخ ${date} موافقت خود را پس گرفتید.`,
  policyOutdated: (version, date) =>
    `در تاریخ ${date} با نسخهٔ ${version} موافقت کردید. از آن زمان سیاست تغییر کرده است، بنابراین از شما خواسته می‌شود با نسخهٔ جدید موافقت کنید.`,
  policyUnanswered: 'هنوز پاسخی داده نشده است.',
  policyWithdraw: 'پس گرفتن رضایت',
  policyWithdrawn: (title) => `رضایت خود را برای «${title}» پس گرفتید.`,
  policyGiveConsent: 'دادن رضایت',
  policyGiven: (title) => `برای «${title}» رضایت دادید.`,
  policyCannotWithdraw:
    'این سیاست الزامی است، بنابراین تا زمانی که از پلتفرم استفاده می‌کنید، نمی‌توانید موافقت خود را پس بگیرید. برای کنار گذاشتن پلتفرم، لطفاً با مدیر سایت تماس بگیرید.',

  embedFrom: (provider) => `محتوای جاسازی‌شده از ${provider}`,
  embedNotice: (provider) =>
    `با بارگیری آن، داده‌هایی مانند نشانی IP شما به ${provider} فرستاده می‌شود و ${provider} ممکن است کوکی نیز تنظیم کند. ${provider} ممکن است این داده‌ها را خارج از اتحادیهٔ اروپا، در کشور ثالثی مانند آمریکا پردازش کند.`,
  embedProviderPrivacy: (provider) => `سیاست حریم خصوصی ${provider}`,
  embedSitePrivacy: 'سیاست حریم خصوصی ما',
  embedNewTab: '(در زبانهٔ جدید باز می‌شود)',
  embedLoadVideo: 'بارگیری ویدیو',
  embedLoadMap: 'بارگیری نقشه',
  embedLoadContent: 'بارگیری محتوا',
  embedAlwaysAllow: (provider) => `اجازهٔ همیشگی به ${provider}`,
  embedAllowNote: (provider, days) =>
    `«اجازهٔ همیشگی به ${provider}» به مدت ${count(days, 'روز')} در یک کوکی نگه داشته می‌شود و همهٔ محتوای ${provider} را در این پلتفرم بارگیری می‌کند.`,
  embedErrorTitle: 'نمایش این محتوا ممکن نیست',
  embedErrorText: 'نشانی آن پیوند شناخته‌شده‌ای به ویدیو یا نقشه نیست، بنابراین چیزی بارگیری نشد.',

  categoryTitles: {
    essential: 'ضروری',
    analytics: 'تحلیلی',
    functional: 'کارکردی',
    marketing: 'بازاریابی',
  },
  categoryDescriptions: {
    essential:
      'برای کار کردن پلتفرم لازم‌اند: شما را وارد‌شده نگه می‌دارند (MoodleSession) و انتخاب‌های شما دربارهٔ کوکی‌ها، محتوای خارجی و سیاست‌های پلتفرم را به خاطر می‌سپارند. به رضایت نیاز ندارند.',
    analytics:
      'به ما کمک می‌کنند با ابزار تحلیل Matomo خودمان بفهمیم پلتفرم چگونه استفاده می‌شود. هیچ داده‌ای به اشخاص ثالث داده نمی‌شود.',
    functional: 'تنظیماتی مانند نام کاربری شما را در صفحهٔ ورود به خاطر می‌سپارند.',
    marketing: 'برای نشان دادن محتوای مرتبط به شما در وب‌سایت‌های دیگر به کار می‌روند.',
  },
};

export default fa;

import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/** Counts in the digits Sorani writes (٣ لە ٥), as plural() writes the days. */
const number = (n: number): string => new Intl.NumberFormat('ckb').format(n);

const ckb: Translation = {
  $code: 'ckb',
  $name: 'کوردیی ناوەندی',
  $dir: 'rtl',
  $durations: {
    minute: { other: '# خولەک' },
    hour: { other: '# کاتژمێر' },
    day: { other: '# ڕۆژ' },
    month: { other: '# مانگ' },
    year: { other: '# ساڵ' },
  },

  bannerLabel: 'ڕەزامەندی بۆ کووکی',
  bannerTitle: 'کووکی لەم پلاتفۆرمی فێربوونەدا',
  bannerText:
    'کووکیی پێویست بەکاردەهێنین تا بتوانیت بچیتە ژوورەوە و پلاتفۆرمەکە بەکاربهێنیت. بە ڕەزامەندیی تۆ، کووکیش بەکاردەهێنین بۆ ئەوەی تێبگەین پلاتفۆرمەکە چۆن بەکاردەهێنرێت. هەر کاتێک بتەوێت دەتوانیت لە «ڕێکخستنەکانی کووکی» هەڵبژاردنەکەت بگۆڕیت.',
  privacyLink: 'سیاسەتی تایبەتمەندی',
  acceptAll: 'هەمووی قبووڵ بکە',
  rejectAll: 'هەمووی ڕەت بکەرەوە',
  settings: 'ڕێکخستنەکان',

  settingsTitle: 'ڕێکخستنەکانی کووکی',
  settingsIntro:
    'هەڵبژێرە کام کووکی بەکاربهێنین. کووکیی پێویست هەمیشە چالاکە، چونکە پلاتفۆرمەکە بەبێ ئەوان کار ناکات. هەر کاتێک بتەوێت دەتوانیت لێرە ڕەزامەندییەکەت بکشێنیتەوە.',
  saveChoices: 'هەڵبژاردنەکان پاشەکەوت بکە',
  close: 'داخستن',
  alwaysOn: 'هەمیشە چالاکە',
  cookiesUsed: 'کووکییەکانی ئەم پۆلە',
  cookieName: 'ناو',
  cookieExpires: 'ماوە',
  cookieProvider: 'سەرچاوە',
  session: 'تا داخستنی وێبگەڕ',
  untilDelivered: 'تا دەنێردرێت بۆ ئەم ماڵپەڕە',
  thisSite: 'ئەم ماڵپەڕە',
  noCookies: 'هیچ کووکییەک بۆ ئەم پۆلە تۆمار نەکراوە.',
  embedsTitle: 'ناوەڕۆکی دەرەکی',
  embedsIntro:
    'ئەو دابینکەرانەی ڕێگەت داوە ڤیدیۆ یان نەخشەکانیان لە هەموو لاپەڕەکانی ئەم ماڵپەڕەدا بار بکرێن، بەبێ ئەوەی هەموو جارێک پرسیارت لێ بکرێت.',
  embedsNone: 'ڕێگەت بە هیچ دابینکەرێک نەداوە.',
  embedAllowedUntil: (date) => `ڕێگەپێدراوە تا ${date}`,
  embedWithdraw: (provider) => `ڕێگەپێدان بە ${provider} ڕابگرە`,
  embedWithdrawn: (provider) =>
    `${provider} چیتر ڕێگەپێدراو نییە. ناوەڕۆکی ${provider} پێش بارکردن دووبارە پرسیار دەکات.`,
  guardianAgrees: 'دایک یان باوکم یان سەرپەرشتیارەکەم بەمە ڕازییە',

  policiesLabel: 'سیاسەتەکانی ماڵپەڕ',
  policyProgress: (n, total) => `سیاسەتی ${number(n)} لە ${number(total)}`,
  policyUpdated: (date) => `دوایین گۆڕانکاری: ${date}`,
  policyVersion: (version) => `وەشانی ${version}`,
  policyRequired: 'ناچاری',
  policyOptional: 'ئارەزوومەندانە',
  policyFull: 'سیاسەتی تەواو',
  policyFullLink: 'سیاسەتی تەواو بخوێنەوە (لە تابێکی نوێدا دەکرێتەوە)',
  policyAgree: 'ڕازیم',
  policyDecline: 'ڕازی نیم',
  policyBack: 'گەڕانەوە',
  policyNext: 'دواتر',
  policyAnswerNeeded: 'تکایە پێش ئەوەی بەردەوام بیت، «ڕازیم» یان «ڕازی نیم» هەڵبژێرە.',
  policyRefusedTitle: 'بەبێ ئەم سیاسەتە ناتوانیت پلاتفۆرمەکە بەکاربهێنیت',
  policyRefusedText: (title) =>
    `«${title}» ناچارییە. ئەگەر پێی ڕازی نەبیت، ناتوانیت ئەم پلاتفۆرمی فێربوونە بەکاربهێنیت. دەتوانیت بگەڕێیتەوە، دووبارە بیخوێنیتەوە و ڕازی بیت، یان ماڵپەڕەکە جێبهێڵیت. ئەگەر پرسیارت هەیە، تکایە پەیوەندی بە بەڕێوەبەری ماڵپەڕەکەوە بکە.`,
  policyBackToPolicy: 'گەڕانەوە بۆ سیاسەتەکە',
  policyReviewTitle: 'هەڵبژاردنەکانت بپشکنە',
  policyReviewIntro: 'تا پشتڕاستی نەکەیتەوە هیچ شتێک پاشەکەوت ناکرێت. بۆ گۆڕینی وەڵامێک «گەڕانەوە» بەکاربهێنە.',
  policyAgreed: 'پەسەندکرا',
  policyDeclined: 'ڕەتکرایەوە',
  policyConfirm: 'پشتڕاستکردنەوە',
  policyDoneTitle: 'سوپاس',
  policyDoneText: 'هەڵبژاردنەکانت پاشەکەوت کران. هەر کاتێک بتەوێت دەتوانیت ڕەزامەندییە ئارەزوومەندانەکان بکشێنیتەوە.',
  policyNothingToAsk: 'وەڵامی هەموو سیاسەتە ئێستاییەکانت داوەتەوە.',
  policySaveFailed: 'هەڵبژاردنەکانت لەم وێبگەڕەدا پاشەکەوت نەکران، بۆیە لە سەردانی داهاتوودا دووبارە لێت دەپرسینەوە.',
  policyAgeTitle: 'تەمەنت چەندە؟',
  policyAgeIntro: (age) =>
    `ئەگەر تەمەنت لە ${number(age)} ساڵ کەمترە، دەبێت دایک یان باوک یان سەرپەرشتیارێک لە جیاتی تۆ بە سیاسەتەکان ڕازی بێت. تەمەنەکەت پاشەکەوت ناکرێت.`,
  policyAgeLabel: 'تەمەن بە ساڵ',
  policyAgeInvalid: 'تکایە تەمەنت بە ساڵی تەواو بنووسە، بۆ نموونە 15.',
  policyGuardian: 'دایک یان باوکم یان سەرپەرشتیارەکەم ئەم سیاسەتەی خوێندووەتەوە و لە جیاتی من پێی ڕازییە.',
  policyGuardianNeeded:
    'تەمەنت لە تەمەنی ڕەزامەندیی دیجیتاڵی کەمترە، بۆیە دەبێت دایک یان باوک یان سەرپەرشتیارێک لە جیاتی تۆ ڕازی بێت. تکایە داوایان لێ بکە ئەم لاپەڕەیە بخوێننەوە و نیشانە لە خانەکە بدەن.',
  policyOnBehalf: 'لەلایەن دایک یان باوک یان سەرپەرشتیارەوە پەسەندکرا',
  policyAgreementsTitle: 'سیاسەتەکان و ڕەزامەندییەکان',
  policyAgreedOn: (version, date) =>
    version ? `لە ${date} بە وەشانی ${version} ڕازی بوویت.` : `لە ${date} ڕازی بوویت.`,
  policyDeclinedOn: (version, date) =>
    version ? `لە ${date} بە وەشانی ${version} ڕازی نەبوویت.` : `لە ${date} ڕازی نەبوویت.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `لە ${date} ڕەزامەندییەکەت بۆ وەشانی ${version} کشاندەوە.`
      : `لە ${date} ڕەزامەندییەکەت کشاندەوە.`,
  policyOutdated: (version, date) =>
    `لە ${date} بە وەشانی ${version} ڕازی بوویت. سیاسەتەکە لەو کاتەوە گۆڕاوە، بۆیە داوات لێ دەکەین بە وەشانە نوێیەکە ڕازی بیت.`,
  policyUnanswered: 'هێشتا وەڵام نەدراوەتەوە.',
  policyWithdraw: 'کشاندنەوەی ڕەزامەندی',
  policyWithdrawn: (title) => `ڕەزامەندییەکەت بۆ «${title}» کشاندەوە.`,
  policyGiveConsent: 'ڕەزامەندی بدە',
  policyGiven: (title) => `ڕەزامەندیت بۆ «${title}» دا.`,
  policyCannotWithdraw:
    'ئەم سیاسەتە ناچارییە، بۆیە تا پلاتفۆرمەکە بەکاردەهێنیت ناتوانیت ڕەزامەندییەکەت بکشێنیتەوە. ئەگەر دەتەوێت واز لە بەکارهێنانی پلاتفۆرمەکە بهێنیت، تکایە پەیوەندی بە بەڕێوەبەری ماڵپەڕەکەوە بکە.',

  embedFrom: (provider) => `ناوەڕۆکی جێگیرکراو لە ${provider}`,
  embedNotice: (provider) =>
    `بارکردنی ئەم ناوەڕۆکە زانیاریی وەک ناونیشانی IP ی تۆ بۆ ${provider} دەنێرێت، کە لەوانەیە کووکیش دابنێت. لەوانەیە ${provider} ئەم زانیارییانە لە دەرەوەی یەکێتیی ئەورووپا، لە وڵاتێکی سێیەمی وەک ئەمریکا، پرۆسێس بکات.`,
  embedProviderPrivacy: (provider) => `سیاسەتی تایبەتمەندیی ${provider}`,
  embedSitePrivacy: 'سیاسەتی تایبەتمەندیی ئێمە',
  embedNewTab: '(لە تابێکی نوێدا دەکرێتەوە)',
  embedLoadVideo: 'ڤیدیۆکە بار بکە',
  embedLoadMap: 'نەخشەکە بار بکە',
  embedLoadContent: 'ناوەڕۆکەکە بار بکە',
  embedAlwaysAllow: (provider) => `هەمیشە ڕێگە بە ${provider} بدە`,
  embedAllowNote: (provider, days) =>
    `«هەمیشە ڕێگە بە ${provider} بدە» بۆ ماوەی ${plural('ckb', days, { one: '# ڕۆژ', other: '# ڕۆژ' })} لە کووکییەکدا هەڵدەگیرێت و هەموو ناوەڕۆکی ${provider} لەم پلاتفۆرمەدا بار دەکات.`,
  embedErrorTitle: 'ئەم ناوەڕۆکە پیشان نادرێت',
  embedErrorText: 'ناونیشانەکەی بەستەرێکی ناسراوی ڤیدیۆ یان نەخشە نییە، بۆیە هیچ شتێک بار نەکرا.',

  categoryTitles: {
    essential: 'پێویست',
    analytics: 'ئامار',
    functional: 'کارکردن',
    marketing: 'بازاڕکردن',
  },
  categoryDescriptions: {
    essential:
      'بۆ کارکردنی پلاتفۆرمەکە پێویستن: تۆ لە ژوورەوە دەهێڵنەوە (MoodleSession) و هەڵبژاردنەکانت سەبارەت بە کووکی، ناوەڕۆکی دەرەکی و سیاسەتەکانی پلاتفۆرمەکە هەڵدەگرن. پێویستیان بە ڕەزامەندی نییە.',
    analytics:
      'یارمەتیمان دەدەن تێبگەین پلاتفۆرمەکە چۆن بەکاردەهێنرێت، بە ئامرازی ئاماری Matomo ی خۆمان. هیچ زانیارییەک نادرێت بە لایەنی سێیەم.',
    functional: 'ڕێکخستنەکانی وەک ناوی بەکارهێنەرەکەت لە لاپەڕەی چوونەژوورەوە هەڵدەگرن.',
    marketing: 'بۆ پیشاندانی ناوەڕۆکی پەیوەندیدار لە ماڵپەڕەکانی تردا بەکاردێن.',
  },
};

export default ckb;

import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const zh: Translation = {
  $code: 'zh',
  $name: '简体中文',
  $dir: 'ltr',

  bannerLabel: 'Cookie 同意',
  bannerTitle: '本学习平台上的 Cookie',
  bannerText:
    '我们使用必要的 Cookie，以便您登录和使用本平台。经您同意后，我们还会使用 Cookie 来了解平台的使用情况。您可以随时在“Cookie 设置”中更改您的选择。',
  privacyLink: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  settings: '设置',

  settingsTitle: 'Cookie 设置',
  settingsIntro:
    '请选择我们可以使用哪些 Cookie。必要 Cookie 始终开启，因为没有它们平台就无法运行。您可以随时在此撤回您的同意。',
  saveChoices: '保存选择',
  close: '关闭',
  alwaysOn: '始终开启',
  cookiesUsed: '此类别中的 Cookie',
  cookieName: '名称',
  cookieExpires: '有效期',
  cookieProvider: '设置方',
  session: '关闭浏览器时',
  untilDelivered: '直到发送至本网站',
  thisSite: '本网站',
  noCookies: '此类别未列出任何 Cookie。',
  embedsTitle: '外部内容',
  embedsIntro: '您已允许其视频或地图在本网站所有页面上直接加载、无需每次询问的提供方。',
  embedsNone: '您尚未允许任何提供方。',
  embedAllowedUntil: (date) => `允许至 ${date}`,
  embedWithdraw: (provider) => `不再允许 ${provider}`,
  embedWithdrawn: (provider) => `已不再允许 ${provider}。${provider} 的内容在加载前会再次询问。`,
  guardianAgrees: '我的父母或监护人同意',

  policiesLabel: '网站政策',
  policyProgress: (n, total) => `第 ${n} 项政策，共 ${total} 项`,
  policyUpdated: (date) => `最后更改：${date}`,
  policyVersion: (version) => `版本 ${version}`,
  policyRequired: '必需',
  policyOptional: '可选',
  policyFull: '完整政策',
  policyFullLink: '阅读完整政策（在新标签页中打开）',
  policyAgree: '我同意',
  policyDecline: '我不同意',
  policyBack: '上一步',
  policyNext: '下一步',
  policyAnswerNeeded: '请先选择“我同意”或“我不同意”，然后再继续。',
  policyRefusedTitle: '不同意此政策就无法使用本平台',
  policyRefusedText: (title) =>
    `“${title}”是必需的。如果您不同意，就无法使用本学习平台。您可以返回重新阅读并同意，或离开本网站。如有疑问，请联系网站管理员。`,
  policyBackToPolicy: '返回政策',
  policyReviewTitle: '检查您的选择',
  policyReviewIntro: '在您确认之前，不会保存任何内容。可使用“上一步”更改回答。',
  policyAgreed: '已同意',
  policyDeclined: '已拒绝',
  policyConfirm: '确认',
  policyDoneTitle: '谢谢',
  policyDoneText: '您的选择已保存。您可以随时撤回可选的同意。',
  policyNothingToAsk: '您已回答所有现行政策。',
  policySaveFailed: '您的选择无法保存在此浏览器中，因此下次访问时会再次询问您。',
  policyAgeTitle: '您的年龄是多少？',
  policyAgeIntro: (age) => `如果您未满 ${age} 岁，需要由父母或监护人代您同意这些政策。我们不会存储您的年龄。`,
  policyAgeLabel: '年龄（周岁）',
  policyAgeInvalid: '请输入整数周岁年龄，例如 15。',
  policyGuardian: '我的父母或监护人已阅读此政策，并代表我表示同意。',
  policyGuardianNeeded:
    '您未满数字同意年龄，因此需要由父母或监护人代您同意。请让他们阅读本页并勾选此框。',
  policyOnBehalf: '由父母或监护人同意',
  policyAgreementsTitle: '政策与同意',
  policyAgreedOn: (version, date) =>
    version ? `您于 ${date} 同意了版本 ${version}。` : `您于 ${date} 表示同意。`,
  policyDeclinedOn: (version, date) =>
    version ? `您于 ${date} 拒绝了版本 ${version}。` : `您于 ${date} 表示拒绝。`,
  policyWithdrawnOn: (version, date) =>
    version ? `您于 ${date} 撤回了对版本 ${version} 的同意。` : `您于 ${date} 撤回了同意。`,
  policyOutdated: (version, date) =>
    `您于 ${date} 同意了版本 ${version}。此后政策已更改，因此我们会请您同意新版本。`,
  policyUnanswered: '尚未回答。',
  policyWithdraw: '撤回同意',
  policyWithdrawn: (title) => `您已撤回对“${title}”的同意。`,
  policyGiveConsent: '表示同意',
  policyGiven: (title) => `您已对“${title}”表示同意。`,
  policyCannotWithdraw:
    '此政策为必需政策，因此在您使用本平台期间无法撤回同意。如需停止使用本平台，请联系网站管理员。',

  embedFrom: (provider) => `来自 ${provider} 的嵌入内容`,
  embedNotice: (provider) =>
    `加载后，您的 IP 地址等数据会发送给 ${provider}，${provider} 还可能设置 Cookie。${provider} 可能在欧盟以外的第三国（如美国）处理这些数据。`,
  embedProviderPrivacy: (provider) => `${provider} 隐私政策`,
  embedSitePrivacy: '我们的隐私政策',
  embedNewTab: '（在新标签页中打开）',
  embedLoadVideo: '加载视频',
  embedLoadMap: '加载地图',
  embedLoadContent: '加载内容',
  embedAlwaysAllow: (provider) => `始终允许 ${provider}`,
  embedAllowNote: (provider, days) =>
    `“始终允许 ${provider}”会在 Cookie 中保存 ${plural('zh', days, { other: '# 天' })}，并在本平台上加载所有 ${provider} 内容。`,
  embedErrorTitle: '无法显示此内容',
  embedErrorText: '其地址不是可识别的视频或地图链接，因此未加载任何内容。',

  categoryTitles: {
    essential: '必要',
    analytics: '统计分析',
    functional: '功能',
    marketing: '营销',
  },
  categoryDescriptions: {
    essential:
      '平台运行所必需：让您保持登录状态（MoodleSession），并记住您对 Cookie、外部内容和平台政策的选择。无需征得您的同意。',
    analytics: '通过我们自己的 Matomo 统计分析，帮助我们了解平台的使用情况。不会向第三方传递任何数据。',
    functional: '记住各项设置，例如登录页面上的用户名。',
    marketing: '用于在其他网站上向您展示相关内容。',
  },
};

export default zh;

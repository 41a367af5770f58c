import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/**
 * European Portuguese, the EU's (pt-BR readers are matched here too).
 * Counted words follow Portugal's rule: "0 dias", as Brazil's would say "0 dia".
 */
const count = (n: number, one: string, other: string) => plural('pt-PT', n, { one, other });

const pt: Translation = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',

  bannerLabel: 'Consentimento de cookies',
  bannerTitle: 'Cookies nesta plataforma de aprendizagem',
  bannerText:
    'Utilizamos cookies essenciais para que possa iniciar sessão e utilizar a plataforma. Com o seu consentimento, utilizamos também cookies para compreender como a plataforma é utilizada. Pode alterar a sua escolha a qualquer momento em «Definições de cookies».',
  privacyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  settings: 'Definições',

  settingsTitle: 'Definições de cookies',
  settingsIntro:
    'Escolha que cookies podemos utilizar. Os cookies essenciais estão sempre ativos, porque a plataforma não funciona sem eles. Pode retirar o seu consentimento aqui a qualquer momento.',
  saveChoices: 'Guardar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  cookiesUsed: 'Cookies desta categoria',
  cookieName: 'Nome',
  cookieExpires: 'Validade',
  cookieProvider: 'Definido por',
  session: 'Quando o navegador é fechado',
  untilDelivered: 'Até ao envio para este site',
  thisSite: 'Este site',
  noCookies: 'Não há cookies indicados para esta categoria.',
  embedsTitle: 'Conteúdo externo',
  embedsIntro:
    'Fornecedores cujos vídeos ou mapas permitiu carregar em todas as páginas deste site, sem perguntar de cada vez.',
  embedsNone: 'Não permitiu nenhum fornecedor.',
  embedAllowedUntil: (date) => `Permitido até ${date}`,
  embedWithdraw: (provider) => `Deixar de permitir ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} deixou de estar permitido. O respetivo conteúdo vai perguntar antes de carregar.`,
  guardianAgrees: 'O meu pai, mãe ou tutor legal concorda',

  policiesLabel: 'Políticas do site',
  policyProgress: (n, total) => `Política ${n} de ${total}`,
  policyUpdated: (date) => `Última alteração: ${date}`,
  policyVersion: (version) => `Versão ${version}`,
  policyRequired: 'Obrigatória',
  policyOptional: 'Opcional',
  policyFull: 'Política completa',
  policyFullLink: 'Ler a política completa (abre num novo separador)',
  policyAgree: 'Concordo',
  policyDecline: 'Não concordo',
  policyBack: 'Voltar',
  policyNext: 'Seguinte',
  policyAnswerNeeded: 'Escolha «Concordo» ou «Não concordo» antes de continuar.',
  policyRefusedTitle: 'Sem esta política não pode utilizar a plataforma',
  policyRefusedText: (title) =>
    `«${title}» é obrigatória. Se não concordar com ela, não pode utilizar esta plataforma de aprendizagem. Pode voltar atrás, lê-la novamente e concordar, ou sair do site. Se tiver dúvidas, contacte a administração do site.`,
  policyBackToPolicy: 'Voltar à política',
  policyReviewTitle: 'Verifique as suas escolhas',
  policyReviewIntro: 'Nada é guardado até confirmar. Utilize «Voltar» para alterar uma resposta.',
  policyAgreed: 'Aceite',
  policyDeclined: 'Recusada',
  policyConfirm: 'Confirmar',
  policyDoneTitle: 'Obrigado',
  policyDoneText: 'As suas escolhas foram guardadas. Pode retirar os consentimentos opcionais a qualquer momento.',
  policyNothingToAsk: 'Já respondeu a todas as políticas em vigor.',
  policySaveFailed:
    'Não foi possível guardar as suas escolhas neste navegador, por isso voltaremos a perguntar na sua próxima visita.',
  policyAgeTitle: 'Que idade tem?',
  policyAgeIntro: (age) =>
    `Se tiver menos de ${count(age, '# ano', '# anos')}, o seu pai, mãe ou tutor legal tem de aceitar as políticas por si. A sua idade não é guardada.`,
  policyAgeLabel: 'Idade em anos',
  policyAgeInvalid: 'Indique a sua idade em anos completos, por exemplo 15.',
  policyGuardian: 'O meu pai, mãe ou tutor legal leu esta política e aceita-a em meu nome.',
  policyGuardianNeeded:
    'Ainda não tem a idade do consentimento digital, por isso o seu pai, mãe ou tutor legal tem de aceitar por si. Peça-lhe que leia esta página e assinale a caixa.',
  policyOnBehalf: 'Aceite pelo pai, mãe ou tutor legal',
  policyAgreementsTitle: 'Políticas e consentimentos',
  policyAgreedOn: (version, date) => (version ? `Aceitou a versão ${version} em ${date}.` : `Aceitou em ${date}.`),
  policyDeclinedOn: (version, date) => (version ? `Recusou a versão ${version} em ${date}.` : `Recusou em ${date}.`),
  policyWithdrawnOn: (version, date) =>
    version
      ? `Retirou o seu consentimento para a versão ${version} em ${date}.`
      : `Retirou o seu consentimento em ${date}.`,
  policyOutdated: (version, date) =>
    `Aceitou a versão ${version} em ${date}. Desde então, a política mudou, por isso vamos pedir-lhe que aceite a nova versão.`,
  policyUnanswered: 'Ainda sem resposta.',
  policyWithdraw: 'Retirar consentimento',
  policyWithdrawn: (title) => `Retirou o seu consentimento para «${title}».`,
  policyGiveConsent: 'Dar consentimento',
  policyGiven: (title) => `Deu o seu consentimento para «${title}».`,
  policyCannotWithdraw:
    'Esta política é obrigatória, por isso não pode retirar a sua aceitação enquanto utilizar a plataforma. Para deixar de utilizar a plataforma, contacte a administração do site.',

  embedFrom: (provider) => `Conteúdo incorporado de ${provider}`,
  embedNotice: (provider) =>
    `Ao carregá-lo, são enviados dados como o seu endereço IP para ${provider}, que também pode definir cookies. ${provider} pode tratar estes dados fora da UE, num país terceiro como os EUA.`,
  embedProviderPrivacy: (provider) => `Política de privacidade de ${provider}`,
  embedSitePrivacy: 'A nossa política de privacidade',
  embedNewTab: '(abre num novo separador)',
  embedLoadVideo: 'Carregar vídeo',
  embedLoadMap: 'Carregar mapa',
  embedLoadContent: 'Carregar conteúdo',
  embedAlwaysAllow: (provider) => `Permitir sempre ${provider}`,
  embedAllowNote: (provider, days) =>
    `«Permitir sempre ${provider}» fica guardado num cookie durante ${count(days, '# dia', '# dias')} e carrega todo o conteúdo de ${provider} nesta plataforma.`,
  embedErrorTitle: 'Não é possível mostrar este conteúdo',
  embedErrorText: 'O endereço não é uma ligação de vídeo ou de mapa reconhecida, por isso nada foi carregado.',

  categoryTitles: {
    essential: 'Essenciais',
    analytics: 'Análise',
    functional: 'Funcionais',
    marketing: 'Publicidade',
  },
  categoryDescriptions: {
    essential:
      'Necessários para a plataforma funcionar: mantêm a sua sessão iniciada (MoodleSession) e guardam as suas escolhas sobre cookies, conteúdo externo e as políticas da plataforma. Não precisam de consentimento.',
    analytics:
      'Ajudam-nos a compreender como a plataforma é utilizada, com a nossa própria análise Matomo. Nenhum dado é transmitido a terceiros.',
    functional: 'Guardam definições como o seu nome de utilizador na página de início de sessão.',
    marketing: 'São utilizados para lhe mostrar conteúdo relevante noutros sites.',
  },
};

export default pt;

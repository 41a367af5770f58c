import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/** French typography: a no-break space inside « » and before : ; and a narrow one before ? */
const quote = (text: string) => `«\u00a0${text}\u00a0»`;

const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  bannerLabel: 'Consentement aux cookies',
  bannerTitle: 'Cookies sur cette plateforme d’apprentissage',
  bannerText: `Nous utilisons des cookies essentiels pour que vous puissiez vous connecter et utiliser la plateforme. Avec votre consentement, nous utilisons aussi des cookies pour comprendre comment la plateforme est utilisée. Vous pouvez modifier votre choix à tout moment dans ${quote('Paramètres des cookies')}.`,
  privacyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  settings: 'Paramètres',

  settingsTitle: 'Paramètres des cookies',
  settingsIntro:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies essentiels sont toujours actifs, car la plateforme ne peut pas fonctionner sans eux. Vous pouvez retirer votre consentement ici à tout moment.',
  saveChoices: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  cookiesUsed: 'Cookies de cette catégorie',
  cookieName: 'Nom',
  cookieExpires: 'Durée',
  cookieProvider: 'Déposé par',
  session: 'À la fermeture du navigateur',
  untilDelivered: 'Jusqu’à leur envoi à ce site',
  thisSite: 'Ce site',
  noCookies: 'Aucun cookie n’est indiqué pour cette catégorie.',
  embedsTitle: 'Contenus externes',
  embedsIntro:
    'Les fournisseurs dont vous avez autorisé les vidéos ou les cartes sur toutes les pages de ce site, sans que la question vous soit reposée.',
  embedsNone: 'Vous n’avez autorisé aucun fournisseur.',
  embedAllowedUntil: (date) => `Autorisé jusqu’au ${date}`,
  embedWithdraw: (provider) => `Ne plus autoriser ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} n’est plus autorisé. Ses contenus vous demanderont votre accord avant de se charger.`,
  guardianAgrees: 'Mon parent ou mon tuteur légal est d’accord',

  policiesLabel: 'Politiques du site',
  policyProgress: (n, total) => `Politique ${n} sur ${total}`,
  policyUpdated: (date) => `Dernière modification\u00a0: ${date}`,
  policyVersion: (version) => `Version ${version}`,
  policyRequired: 'Obligatoire',
  policyOptional: 'Facultative',
  policyFull: 'Politique complète',
  policyFullLink: 'Lire la politique complète (s’ouvre dans un nouvel onglet)',
  policyAgree: 'J’accepte',
  policyDecline: 'Je n’accepte pas',
  policyBack: 'Retour',
  policyNext: 'Suivant',
  policyAnswerNeeded: `Veuillez choisir ${quote('J’accepte')} ou ${quote('Je n’accepte pas')} avant de continuer.`,
  policyRefusedTitle: 'Sans cette politique, vous ne pouvez pas utiliser la plateforme',
  policyRefusedText: (title) =>
    `${quote(title)} est obligatoire. Si vous ne l’acceptez pas, vous ne pouvez pas utiliser cette plateforme d’apprentissage. Vous pouvez revenir en arrière, la relire et l’accepter, ou quitter le site. Pour toute question, contactez l’administrateur du site.`,
  policyBackToPolicy: 'Retour à la politique',
  policyReviewTitle: 'Vérifiez vos choix',
  policyReviewIntro: `Rien n’est enregistré avant votre confirmation. Utilisez ${quote('Retour')} pour modifier une réponse.`,
  policyAgreed: 'Acceptée',
  policyDeclined: 'Refusée',
  policyConfirm: 'Confirmer',
  policyDoneTitle: 'Merci',
  policyDoneText: 'Vos choix ont été enregistrés. Vous pouvez retirer à tout moment les accords facultatifs.',
  policyNothingToAsk: 'Vous avez répondu à toutes les politiques en vigueur.',
  policySaveFailed:
    'Vos choix n’ont pas pu être enregistrés dans ce navigateur\u202f; la question vous sera donc reposée lors de votre prochaine visite.',
  policyAgeTitle: 'Quel âge avez-vous\u202f?',
  policyAgeIntro: (age) =>
    `Si vous avez moins de ${plural('fr', age, { one: '# an', other: '# ans' })}, un parent ou votre tuteur légal doit accepter les politiques à votre place. Votre âge n’est pas enregistré.`,
  policyAgeLabel: 'Âge en années',
  policyAgeInvalid: 'Veuillez indiquer votre âge en années entières, par exemple 15.',
  policyGuardian: 'Mon parent ou mon tuteur légal a lu cette politique et l’accepte en mon nom.',
  policyGuardianNeeded:
    'Vous n’avez pas l’âge du consentement numérique\u00a0: un parent ou votre tuteur légal doit donc accepter à votre place. Demandez-lui de lire cette page et de cocher la case.',
  policyOnBehalf: 'Acceptée par un parent ou un tuteur légal',
  policyAgreementsTitle: 'Politiques et accords',
  policyAgreedOn: (version, date) =>
    version ? `Vous avez accepté la version ${version} le ${date}.` : `Vous avez accepté le ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Vous avez refusé la version ${version} le ${date}.` : `Vous avez refusé le ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Vous avez retiré votre accord à la version ${version} le ${date}.`
      : `Vous avez retiré votre accord le ${date}.`,
  policyOutdated: (version, date) =>
    `Vous avez accepté la version ${version} le ${date}. La politique a changé depuis\u00a0; il vous sera demandé d’accepter la nouvelle version.`,
  policyUnanswered: 'Pas encore de réponse.',
  policyWithdraw: 'Retirer mon consentement',
  policyWithdrawn: (title) => `Vous avez retiré votre consentement à ${quote(title)}.`,
  policyGiveConsent: 'Donner mon consentement',
  policyGiven: (title) => `Vous avez donné votre consentement à ${quote(title)}.`,
  policyCannotWithdraw:
    'Cette politique est obligatoire\u00a0: votre accord ne peut donc pas être retiré tant que vous utilisez la plateforme. Pour ne plus utiliser la plateforme, contactez l’administrateur du site.',

  embedFrom: (provider) => `Contenu intégré\u00a0: ${provider}`,
  embedNotice: (provider) =>
    `Le charger envoie des données, comme votre adresse IP, à ${provider}, qui peut aussi déposer des cookies. ${provider} peut traiter ces données hors de l’UE, dans un pays tiers comme les États-Unis.`,
  embedProviderPrivacy: (provider) => `${provider}\u00a0: politique de confidentialité`,
  embedSitePrivacy: 'Notre politique de confidentialité',
  embedNewTab: '(s’ouvre dans un nouvel onglet)',
  embedLoadVideo: 'Charger la vidéo',
  embedLoadMap: 'Charger la carte',
  embedLoadContent: 'Charger le contenu',
  embedAlwaysAllow: (provider) => `Toujours autoriser ${provider}`,
  embedAllowNote: (provider, days) =>
    `${quote(`Toujours autoriser ${provider}`)} est mémorisé dans un cookie pendant ${plural('fr', days, { one: '# jour', other: '# jours' })} et charge tous les contenus ${provider} de cette plateforme.`,
  embedErrorTitle: 'Ce contenu ne peut pas être affiché',
  embedErrorText: 'Son adresse n’est pas un lien de vidéo ou de carte reconnu\u202f; rien n’a donc été chargé.',

  categoryTitles: {
    essential: 'Essentiels',
    analytics: 'Mesure d’audience',
    functional: 'Fonctionnels',
    marketing: 'Publicité',
  },
  categoryDescriptions: {
    essential:
      'Nécessaires au fonctionnement de la plateforme\u00a0: ils vous gardent connecté (MoodleSession) et mémorisent vos choix concernant les cookies, les contenus externes et les politiques de la plateforme. Ils ne nécessitent pas de consentement.',
    analytics:
      'Nous aident à comprendre comment la plateforme est utilisée, avec notre propre outil Matomo. Aucune donnée n’est transmise à des tiers.',
    functional: 'Mémorisent des réglages comme votre nom d’utilisateur sur la page de connexion.',
    marketing: 'Servent à vous montrer des contenus pertinents sur d’autres sites web.',
  },
};

export default fr;

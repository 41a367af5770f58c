import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  bannerLabel: 'Consentimiento de cookies',
  bannerTitle: 'Cookies en esta plataforma de aprendizaje',
  bannerText:
    'Usamos cookies esenciales para que pueda iniciar sesión y usar la plataforma. Con su consentimiento, también usamos cookies para entender cómo se usa la plataforma. Puede cambiar su elección en cualquier momento en «Configuración de cookies».',
  privacyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  settings: 'Configuración',

  settingsTitle: 'Configuración de cookies',
  settingsIntro:
    'Elija qué cookies podemos usar. Las cookies esenciales están siempre activas porque la plataforma no funciona sin ellas. Puede retirar su consentimiento aquí en cualquier momento.',
  saveChoices: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  cookiesUsed: 'Cookies de esta categoría',
  cookieName: 'Nombre',
  cookieExpires: 'Caducidad',
  cookieProvider: 'Instalada por',
  session: 'Al cerrar el navegador',
  untilDelivered: 'Hasta que se envíe a este sitio',
  thisSite: 'Este sitio',
  noCookies: 'No hay cookies indicadas para esta categoría.',
  embedsTitle: 'Contenido externo',
  embedsIntro:
    'Proveedores cuyos vídeos o mapas ha permitido cargar en todas las páginas de este sitio, sin que se le pregunte cada vez.',
  embedsNone: 'No ha permitido ningún proveedor.',
  embedAllowedUntil: (date) => `Permitido hasta el ${date}`,
  embedWithdraw: (provider) => `Dejar de permitir ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} ya no está permitido. Su contenido le preguntará antes de cargarse.`,
  guardianAgrees: 'Mi padre, madre o tutor legal está de acuerdo',

  policiesLabel: 'Políticas del sitio',
  policyProgress: (n, total) => `Política ${n} de ${total}`,
  policyUpdated: (date) => `Última modificación: ${date}`,
  policyVersion: (version) => `Versión ${version}`,
  policyRequired: 'Obligatoria',
  policyOptional: 'Opcional',
  policyFull: 'Política completa',
  policyFullLink: 'Leer la política completa (se abre en una pestaña nueva)',
  policyAgree: 'Acepto',
  policyDecline: 'No acepto',
  policyBack: 'Atrás',
  policyNext: 'Siguiente',
  policyAnswerNeeded: 'Elija «Acepto» o «No acepto» antes de continuar.',
  policyRefusedTitle: 'Sin esta política no puede usar la plataforma',
  policyRefusedText: (title) =>
    `«${title}» es obligatoria. Si no la acepta, no puede usar esta plataforma de aprendizaje. Puede volver atrás, leerla de nuevo y aceptarla, o salir del sitio. Si tiene preguntas, póngase en contacto con la administración del sitio.`,
  policyBackToPolicy: 'Volver a la política',
  policyReviewTitle: 'Revise su selección',
  policyReviewIntro: 'No se guarda nada hasta que confirme. Use «Atrás» para cambiar una respuesta.',
  policyAgreed: 'Aceptada',
  policyDeclined: 'Rechazada',
  policyConfirm: 'Confirmar',
  policyDoneTitle: 'Gracias',
  policyDoneText: 'Su selección se ha guardado. Puede retirar los consentimientos opcionales en cualquier momento.',
  policyNothingToAsk: 'Ha respondido a todas las políticas vigentes.',
  policySaveFailed:
    'No se ha podido guardar su selección en este navegador, así que se le volverá a preguntar en su próxima visita.',
  policyAgeTitle: '¿Cuántos años tiene?',
  policyAgeIntro: (age) =>
    `Si tiene menos de ${plural('es', age, { one: '# año', other: '# años' })}, su padre, madre o tutor legal debe aceptar las políticas por usted. Su edad no se guarda.`,
  policyAgeLabel: 'Edad en años',
  policyAgeInvalid: 'Indique su edad en años enteros, por ejemplo 15.',
  policyGuardian: 'Mi padre, madre o tutor legal ha leído esta política y la acepta en mi nombre.',
  policyGuardianNeeded:
    'Aún no tiene la edad del consentimiento digital, así que su padre, madre o tutor legal debe aceptar por usted. Pídale que lea esta página y marque la casilla.',
  policyOnBehalf: 'Aceptada por el padre, la madre o el tutor legal',
  policyAgreementsTitle: 'Políticas y consentimientos',
  policyAgreedOn: (version, date) =>
    version ? `Aceptó la versión ${version} el ${date}.` : `Aceptó el ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Rechazó la versión ${version} el ${date}.` : `Rechazó el ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Retiró su consentimiento a la versión ${version} el ${date}.`
      : `Retiró su consentimiento el ${date}.`,
  policyOutdated: (version, date) =>
    `Aceptó la versión ${version} el ${date}. La política ha cambiado desde entonces, así que se le pedirá que acepte la nueva versión.`,
  policyUnanswered: 'Aún sin responder.',
  policyWithdraw: 'Retirar el consentimiento',
  policyWithdrawn: (title) => `Ha retirado su consentimiento a «${title}».`,
  policyGiveConsent: 'Dar el consentimiento',
  policyGiven: (title) => `Ha dado su consentimiento a «${title}».`,
  policyCannotWithdraw:
    'Esta política es obligatoria, por lo que no puede retirar su aceptación mientras use la plataforma. Si quiere dejar de usar la plataforma, póngase en contacto con la administración del sitio.',

  embedFrom: (provider) => `Contenido insertado de ${provider}`,
  embedNotice: (provider) =>
    `Al cargarlo se envían datos como su dirección IP a ${provider}, que además puede instalar cookies. ${provider} puede tratar estos datos fuera de la UE, en un tercer país como EE. UU.`,
  embedProviderPrivacy: (provider) => `Política de privacidad de ${provider}`,
  embedSitePrivacy: 'Nuestra política de privacidad',
  embedNewTab: '(se abre en una pestaña nueva)',
  embedLoadVideo: 'Cargar vídeo',
  embedLoadMap: 'Cargar mapa',
  embedLoadContent: 'Cargar contenido',
  embedAlwaysAllow: (provider) => `Permitir siempre ${provider}`,
  embedAllowNote: (provider, days) =>
    `«Permitir siempre ${provider}» se recuerda en una cookie durante ${plural('es', days, { one: '# día', other: '# días' })} y carga todo el contenido de ${provider} en esta plataforma.`,
  embedErrorTitle: 'No se puede mostrar este contenido',
  embedErrorText: 'Su dirección no es un enlace de vídeo o de mapa reconocido, así que no se ha cargado nada.',

  categoryTitles: {
    essential: 'Esenciales',
    analytics: 'Analíticas',
    functional: 'Funcionales',
    marketing: 'Publicidad',
  },
  categoryDescriptions: {
    essential:
      'Necesarias para que la plataforma funcione: mantienen su sesión iniciada (MoodleSession) y recuerdan sus decisiones sobre cookies, contenido externo y las políticas de la plataforma. No necesitan consentimiento.',
    analytics:
      'Nos ayudan a entender cómo se usa la plataforma, con nuestra propia analítica Matomo. No se transmiten datos a terceros.',
    functional: 'Recuerdan ajustes como su nombre de usuario en la página de inicio de sesión.',
    marketing: 'Se usan para mostrarle contenido relevante en otros sitios web.',
  },
};

export default es;

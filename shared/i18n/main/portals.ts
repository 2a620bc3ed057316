import { defineMainMessages } from './catalog';

/**
 * What portal windows (electron/services/portals/) and the address allow-list (shared/links.ts) say
 * when they refuse. Office Ally and Patient Ally are names, never translated; the portal's own
 * button words stay English, quoted.
 */
export const portalMessages = defineMainMessages(
  {
    unlockFirst: 'Unlock your vault profile first: AllyDesk keeps each staff member\'s portal session apart. Or choose "Open a private window".',
    onlyAllyWindows: 'AllyDesk opens only Office Ally and Patient Ally portals in its windows. Open this login in your own browser.',
    notSeenLogout: 'AllyDesk has not seen {portal} log anyone out yet.',
    addressGone: 'That address is no longer offered. Open it again from the portal window.',
    notSaved: 'Not saved: {reason}',
    autoSubmitFixedOn: "Your practice's IT sets this: AllyDesk presses the portal's button after filling.",
    autoSubmitFixedOff: "Your practice's IT sets this: AllyDesk fills your login and you press the portal's button.",
    noLoginAddress: 'AllyDesk does not know {portal}\'s login address. Add it in Settings under "Login addresses", then try again.',
    notAllyAddress: '{url} is not an Office Ally or Patient Ally address, so AllyDesk will not open it in a portal window. Check the address in Settings.',
    windowsOff: "Your practice's IT has turned off portal windows in AllyDesk. Open {portal} in your own browser.",
    windowsUnavailable: 'Portal windows are not available in this copy of AllyDesk. Open the portal in your own browser.',
    windowClosed: 'That portal window is closed. Open the portal again.',
    pdfFailed: 'AllyDesk could not save this page as a PDF here. Use Print and choose "Save as PDF" as the printer.',
    onlyAllyHttpsPages: 'AllyDesk opens only Office Ally and Patient Ally https pages in your own browser.',
    privateKeepsNothing: 'A private window keeps nothing once you close it: close it to clear it.',
    shiftEndedWhileOpening: "{person}'s shift ended while {portal} was opening, so AllyDesk closed it and kept nothing of it.",
    linkIncomplete: 'That is not a complete web address. It should start with https://.',
    linkNotHttps: 'Only secure https:// addresses are allowed.',
    linkNotHttpsOpen: 'Only secure https:// addresses can be opened.',
    linkCredentials: 'Web addresses with a name or password in them are not allowed.',
    linkHelpVideoHost: "{host} only hosts Office Ally's help videos; a login page must be an Office Ally or Patient Ally address.",
    linkNotAllyHost: 'AllyDesk only opens Office Ally and Patient Ally addresses ({host} is not one of them).',
    linkMailTo: 'AllyDesk only writes emails to {addresses}.',
    or: '{first} or {second}',
  },
  {
    unlockFirst:
      'Primero desbloquee su perfil de contraseñas: AllyDesk mantiene separada la sesión del portal de cada miembro del personal. O elija «Abrir una ventana privada».',
    onlyAllyWindows: 'AllyDesk abre en sus ventanas solo los portales de Office Ally y Patient Ally. Abra este inicio de sesión en su propio navegador.',
    notSeenLogout: 'AllyDesk todavía no ha visto que {portal} cierre la sesión de nadie.',
    addressGone: 'Esa dirección ya no se ofrece. Ábrala de nuevo desde la ventana del portal.',
    notSaved: 'No se guardó: {reason}',
    autoSubmitFixedOn: 'Esto lo fija el departamento de TI de su consultorio: AllyDesk pulsa el botón del portal después de llenar.',
    autoSubmitFixedOff: 'Esto lo fija el departamento de TI de su consultorio: AllyDesk llena su inicio de sesión y usted pulsa el botón del portal.',
    noLoginAddress:
      'AllyDesk no conoce la dirección de inicio de sesión de {portal}. Agréguela en Configuración, en «Direcciones de inicio de sesión», y vuelva a intentarlo.',
    notAllyAddress:
      '{url} no es una dirección de Office Ally ni de Patient Ally, así que AllyDesk no la abrirá en una ventana de portal. Revise la dirección en Configuración.',
    windowsOff: 'El departamento de TI de su consultorio desactivó las ventanas de portal en AllyDesk. Abra {portal} en su propio navegador.',
    windowsUnavailable: 'Las ventanas de portal no están disponibles en esta copia de AllyDesk. Abra el portal en su propio navegador.',
    windowClosed: 'Esa ventana de portal está cerrada. Abra el portal de nuevo.',
    pdfFailed: 'AllyDesk no pudo guardar esta página como PDF aquí. Use Imprimir y elija "Save as PDF" (guardar como PDF) como impresora.',
    onlyAllyHttpsPages: 'AllyDesk abre en su propio navegador solo páginas https de Office Ally y Patient Ally.',
    privateKeepsNothing: 'Una ventana privada no guarda nada una vez que la cierra: ciérrela para borrarla.',
    shiftEndedWhileOpening: 'El turno de {person} terminó mientras se abría {portal}, así que AllyDesk lo cerró y no guardó nada.',
    linkIncomplete: 'Esa no es una dirección web completa. Debe empezar con https://.',
    linkNotHttps: 'Solo se permiten direcciones seguras https://.',
    linkNotHttpsOpen: 'Solo se pueden abrir direcciones seguras https://.',
    linkCredentials: 'No se permiten direcciones web que lleven un nombre o una contraseña.',
    linkHelpVideoHost:
      '{host} solo aloja los videos de ayuda de Office Ally; una página de inicio de sesión debe ser una dirección de Office Ally o de Patient Ally.',
    linkNotAllyHost: 'AllyDesk solo abre direcciones de Office Ally y Patient Ally ({host} no es una de ellas).',
    linkMailTo: 'AllyDesk solo escribe correos a {addresses}.',
    or: '{first} o {second}',
  },
);

import type { Catalog } from '../catalog';

/* The shared desk and policy notices: words as in ./vault.ts (Terminar mi turno, Cambiar de usuario, bloquear). */
export const desk: Catalog['desk'] = {
  signedInLabel: 'Sesión iniciada',
  signedIn: 'Sesión de: {name}',
  notYou: 'Sesión de: {name} — ¿no es usted?',
  lock: 'Bloquear',
  endShift: 'Terminar mi turno',
  switchUser: 'Cambiar de usuario',
  title: '¿Terminar su turno?',
  titleNamed: '¿Terminar su turno, {name}?',
  lead: 'Esto cierra todo lo suyo para que la siguiente persona empiece desde cero:',
  closingLabel: 'Lo que se cerrará',
  checking: 'Revisando qué está abierto…',
  keepWorking: 'Seguir trabajando',
  ending: 'Terminando…',
  passwordsLock: 'Sus contraseñas ({name}) se bloquean.',
  clipboardCleared: 'La contraseña o el usuario que copió se borra del portapapeles.',
  clipboardLeft: 'El portapapeles no tiene nada copiado por AllyDesk: no se toca.',
  noWindows:
    'Se borran sus sesiones de portal guardadas en AllyDesk (no hay ninguna ventana de portal abierta). Los portales que abrió en su propio navegador: cierre la sesión allí.',
  windows: '{count, plural, one {Se cierra # ventana de portal} other {Se cierran # ventanas de portal}} y se borran todas sus sesiones de portal guardadas.',
  pinForgotten: 'Su PIN de desbloqueo rápido se olvida: la próxima vez, desbloquee con su frase de contraseña.',
  noPin: 'No tiene un PIN de desbloqueo rápido que olvidar.',
};

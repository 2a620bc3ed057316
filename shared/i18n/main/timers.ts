import { defineMainMessages } from './catalog';

/** What the timers (electron/services/timers/) say when they refuse; times come written in the language in force. */
export const timerMessages = defineMainMessages(
  {
    noTimerToStop: 'There is no {what} timer to stop, so nothing was changed.',
    lockoutTimer: '{portal} lockout',
    sessionTimer: '{portal} session',
    codeWaitTimer: '{portal} code wait',
    alreadyLockedOut: '{portal} is already in a lockout wait until {time}. Trying again before then may keep the account locked.',
    sessionRanOut: 'The {portal} session timer already ran out at {time}. If you are still logged in, choose "I\'m logged in" to start it again.',
    dateInFuture: 'That date is in the future. Enter the day the password was last changed.',
    dateInFutureField: 'The date cannot be in the future.',
  },
  {
    noTimerToStop: 'No hay un temporizador de {what} que detener, así que no se cambió nada.',
    lockoutTimer: 'bloqueo de {portal}',
    sessionTimer: 'sesión de {portal}',
    codeWaitTimer: 'espera del código de {portal}',
    alreadyLockedOut: '{portal} ya está en una espera por bloqueo hasta las {time}. Volver a intentarlo antes puede mantener bloqueada la cuenta.',
    sessionRanOut:
      'El temporizador de la sesión de {portal} ya se terminó a las {time}. Si todavía tiene la sesión iniciada, elija «Ya inicié sesión» para empezarlo de nuevo.',
    dateInFuture: 'Esa fecha está en el futuro. Escriba el día en que se cambió la contraseña por última vez.',
    dateInFutureField: 'La fecha no puede estar en el futuro.',
  },
);

import { defineMainMessages } from './catalog';

/** What the shared desk (End my shift) and the IPC layer itself (unknown requests, refused inputs, failures) say. */
export const deskMessages = defineMainMessages(
  {
    noShiftToEnd: 'Nobody is signed in, so there is no shift to end.',
    unknownRequest: 'AllyDesk does not know that request.',
    somethingWentWrong: 'Something went wrong inside AllyDesk and nothing was changed. Try again; if it keeps happening, restart AllyDesk.',
    keysRefused: 'AllyDesk does not accept {keys} here, so nothing was changed.',
    checkField: 'Please check "{field}": {problem}',
    checkRequest: 'Please check the request: {problem}',
    requestNotValid: 'The request was not valid.',
  },
  {
    noShiftToEnd: 'No hay nadie con la sesión iniciada, así que no hay un turno que terminar.',
    unknownRequest: 'AllyDesk no conoce esa solicitud.',
    somethingWentWrong: 'Algo salió mal dentro de AllyDesk y no se cambió nada. Inténtelo de nuevo; si sigue pasando, reinicie AllyDesk.',
    keysRefused: 'AllyDesk no acepta {keys} aquí, así que no se cambió nada.',
    checkField: 'Revise «{field}»: {problem}',
    checkRequest: 'Revise la solicitud: {problem}',
    requestNotValid: 'La solicitud no era válida.',
  },
);

import { defineMainMessages } from './catalog';

/**
 * What autopay (electron/services/autopay/) says when it refuses. The word to type, `cancel`, is
 * Office Ally's and stays English in every language ({word}).
 */
export const autopayMessages = defineMainMessages(
  {
    cancelRule: 'Type {word} in all lowercase letters, with no spaces: the box is case-sensitive.',
    cancelEmpty: 'The box is empty. {rule}',
    cancelHiddenInside: 'There is {name} inside the word. {rule}',
    cancelHiddenBefore: 'There is {name} before the word. {rule}',
    cancelHiddenAfter: 'There is {name} after the word. {rule}',
    cancelCapitals: 'You typed "{typed}" with capital letters. {rule}',
    cancelOtherWord: 'You typed "{typed}", not {word}. {rule}',
    notEnrolled: "AllyDesk's record shows {product} is not enrolled in autopay, so there is nothing to cancel.",
  },
  {
    cancelRule: 'Escriba {word} todo en minúsculas y sin espacios: la casilla distingue mayúsculas de minúsculas.',
    cancelEmpty: 'La casilla está vacía. {rule}',
    cancelHiddenInside: 'Hay {name} dentro de la palabra. {rule}',
    cancelHiddenBefore: 'Hay {name} antes de la palabra. {rule}',
    cancelHiddenAfter: 'Hay {name} después de la palabra. {rule}',
    cancelCapitals: 'Escribió «{typed}» con mayúsculas. {rule}',
    cancelOtherWord: 'Escribió «{typed}», no {word}. {rule}',
    notEnrolled: 'Según el registro de AllyDesk, {product} no está inscrito en el pago automático, así que no hay nada que cancelar.',
  },
);

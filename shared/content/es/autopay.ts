import type { AutopayTexts } from '../autopay';
import { SEED_FILES } from '../sources';

/**
 * Seed 002's autopay guide in Spanish. `{id}` = Office Ally's words (shared/content/officeAllyNames.ts),
 * shown in English as the portal shows them; the word to type stays `cancel`.
 */
export const AUTOPAY_ES: AutopayTexts = {
  enrollVerify: {
    new: 'Para confirmar que quedó inscrito en el pago automático, verifique que ve la confirmación en un recuadro verde que dice {enrolledNew} Si no ve este mensaje verde, no está inscrito en el pago automático.',
    classic:
      'Para confirmar que quedó inscrito en el pago automático, vaya a la pantalla {payBill} y verifique que ve la confirmación en un recuadro verde que dice {enrolledClassic}. Si no ve este mensaje verde, no está inscrito en el pago automático.',
  },
  cancelVerify: {
    new: 'Para confirmar que canceló el pago automático, verifique que ve el recuadro rojo que dice {notEnrolledStart}. Si todavía ve el recuadro verde que dice {enrolledNew} entonces no canceló el pago automático.',
    classic:
      'La pantalla {autopaySettings} mostrará un mensaje de que usted no está inscrito en el pago automático ({notEnrolledStart}). Si todavía ve el recuadro verde que dice {enrolledClassic}, entonces no canceló el pago automático.',
  },
  amountDue: 'El saldo a pagar se actualiza cada noche.',
  paymentDelay: 'Los pagos en línea tardan de 2 a 3 días hábiles en verse en el saldo de la cuenta (Account Balance).',
  classicTerms:
    'Use esta tarjeta para inscribirse en el pago automático. Al hacer clic en "{submit}" reconozco y acepto que se cobrará automáticamente a mi tarjeta cada mes por los productos y servicios que elegí, a los precios indicados en la(s) hoja(s) de datos, el MSA o el SOW (según corresponda), hasta que yo lo cancele. Puedo cancelar el pago automático en cualquier momento eligiendo {editCancelAutopay}, escribiendo "{cancelWord}" y haciendo clic en enviar. Al hacer clic en "{submit}", también autorizo una retención temporal de autorización en mi tarjeta para verificar que la tarjeta es válida y se puede usar para el pago automático. No es un cargo, pero puede reducir por un tiempo mi crédito disponible o el saldo disponible de mi cuenta. El emisor de mi tarjeta o mi institución financiera liberará la retención, normalmente en unos pocos días hábiles, según sus políticas.',
  humanStep: 'Marque la casilla "No soy un robot" y/o complete el desafío de imágenes que se pida para verificar que es una persona.',
  humanWhere: 'Esto pasa en el portal real de Office Ally, después de que usted pulsa {submit} allí. AllyDesk no puede hacerlo por usted, y no lo hace.',
  classicCancelInstruction:
    'En la sección {cancelAutopayment} de abajo, escriba la palabra {cancelWord} en la casilla de texto y haga clic en el botón azul {submit}. (Nota: esta casilla distingue mayúsculas y minúsculas, así que escríbala toda en minúsculas).',
  savedToWallet: 'El método de pago se guardará en la billetera (wallet) del portal.',
  classicMenuWhere: 'en el menú desplegable de la esquina superior izquierda de la pantalla',
  source: SEED_FILES.autopayGuide,
};

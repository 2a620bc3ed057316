import { defineMainMessages } from './catalog';

/** What the shared profiles folder's settings (electron/services/vault/shared/) say when they refuse. */
export const sharedFolderMessages = defineMainMessages(
  {
    namePc: 'Give this computer a name, such as Front desk 1.',
    namePcField: 'Give this computer a name.',
    pcNameTooLong: "Keep the computer's name to {max} characters.",
    pcNameTooLongField: 'At most {max} characters.',
    folderFixed: 'Your practice IT set the shared profiles folder; it cannot be changed here.',
    folderFixedField: 'Set by your practice IT.',
    folderInFull: 'Name the folder in full, such as {example}.',
    folderUnreachable: 'AllyDesk cannot reach {folder} from this computer. Check the name, and that this computer is connected to the practice network.',
  },
  {
    namePc: 'Póngale un nombre a esta computadora, como Recepción 1.',
    namePcField: 'Póngale un nombre a esta computadora.',
    pcNameTooLong: 'El nombre de la computadora puede tener como máximo {max} caracteres.',
    pcNameTooLongField: 'Como máximo {max} caracteres.',
    folderFixed: 'El departamento de TI de su consultorio fijó la carpeta compartida de perfiles; no se puede cambiar aquí.',
    folderFixedField: 'La fija el departamento de TI de su consultorio.',
    folderInFull: 'Escriba el nombre completo de la carpeta, como {example}.',
    folderUnreachable:
      'AllyDesk no puede llegar a {folder} desde esta computadora. Revise el nombre y que esta computadora esté conectada a la red del consultorio.',
  },
);

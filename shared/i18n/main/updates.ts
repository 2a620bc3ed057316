import { defineMainMessages } from './catalog';

/** What updates (electron/services/update/) say: why they are off, and why a check or download failed. */
export const updateMessages = defineMainMessages(
  {
    offByPolicy: "Updates are turned off by your practice's IT. IT installs each new version.",
    offMsi: "This copy was installed by your practice's IT with the Windows Installer (MSI) package. It does not update itself: IT installs each new version.",
    offDeb: 'This copy was installed from a .deb package. It does not update itself: apt or your IT installs each new version.',
    offUnpackaged: 'This copy runs from source (development or browser mode). It does not update itself.',
    checkFailed: 'AllyDesk could not check for updates. Nothing was changed; it will try again later.',
    downloadFailed: 'The update could not be downloaded or did not pass its integrity check. Nothing was changed; it will try again later.',
    checksumMismatch:
      "The update could not be downloaded. Nothing was changed; it will try again later. Its contents did not match the feed's SHA-512 checksum, so it was discarded.",
    notSigned: 'The downloaded update is not signed by the AllyDesk publisher, so it was discarded. Nothing was changed.',
    feedUnreachable: '{failure} (The update feed could not be reached.)',
    feedError: '{failure} (The update feed answered with an error.)',
    feedUnreadable: "{failure} (The update feed's answer could not be read.)",
  },
  {
    offByPolicy: 'El departamento de TI de su consultorio desactivó las actualizaciones. TI instala cada versión nueva.',
    offMsi:
      'Esta copia la instaló el departamento de TI de su consultorio con el paquete de Windows Installer (MSI). No se actualiza sola: TI instala cada versión nueva.',
    offDeb: 'Esta copia se instaló desde un paquete .deb. No se actualiza sola: apt o su departamento de TI instala cada versión nueva.',
    offUnpackaged: 'Esta copia se ejecuta desde el código fuente (modo de desarrollo o de navegador). No se actualiza sola.',
    checkFailed: 'AllyDesk no pudo buscar actualizaciones. No se cambió nada; lo intentará de nuevo más tarde.',
    downloadFailed: 'No se pudo descargar la actualización o no pasó su comprobación de integridad. No se cambió nada; lo intentará de nuevo más tarde.',
    checksumMismatch:
      'No se pudo descargar la actualización. No se cambió nada; lo intentará de nuevo más tarde. Su contenido no coincidía con la suma de comprobación SHA-512 del canal, así que se descartó.',
    notSigned: 'La actualización descargada no está firmada por el editor de AllyDesk, así que se descartó. No se cambió nada.',
    feedUnreachable: '{failure} (No se pudo llegar al canal de actualizaciones).',
    feedError: '{failure} (El canal de actualizaciones respondió con un error).',
    feedUnreadable: '{failure} (No se pudo leer la respuesta del canal de actualizaciones).',
  },
);

import { defineMainMessages } from './catalog';

/** Hidden characters named (with their article: Spanish needs un / una) for the front desk (shared/text/hiddenCharacters.ts finds them), as main says them. */
export const characterMessages = defineMainMessages(
  {
    space: 'a space',
    tab: 'a tab',
    lineBreak: 'a line break',
    nonBreakingSpace: 'a non-breaking space',
    zeroWidth: 'a zero-width (invisible) character',
    otherInvisible: 'an invisible formatting character',
    control: 'a control character',
    textDirection: 'a text-direction control character',
    contains: 'This contains {list}. Portals treat these as part of the text, so the login is rejected.',
    atStart: '{name} at the start',
    atEnd: '{name} at the end',
    atPosition: '{name} at position {position}',
    brokenName: 'The name contains a broken character (half of an emoji or symbol). Retype the name.',
    hiddenInName:
      'The name contains {name} ({codePoint}) at position {position}. Names may hold only characters you can see, so that no two look alike: retype the name.',
  },
  {
    space: 'un espacio',
    tab: 'una tabulación',
    lineBreak: 'un salto de línea',
    nonBreakingSpace: 'un espacio de no separación',
    zeroWidth: 'un carácter de ancho cero (invisible)',
    otherInvisible: 'un carácter de formato invisible',
    control: 'un carácter de control',
    textDirection: 'un carácter de control de dirección del texto',
    contains: 'Esto contiene {list}. Los portales los toman como parte del texto, así que rechazan el inicio de sesión.',
    atStart: '{name} al principio',
    atEnd: '{name} al final',
    atPosition: '{name} en la posición {position}',
    brokenName: 'El nombre contiene un carácter roto (la mitad de un emoji o de un símbolo). Vuelva a escribir el nombre.',
    hiddenInName:
      'El nombre contiene {name} ({codePoint}) en la posición {position}. Los nombres solo pueden tener caracteres visibles, para que no haya dos que se parezcan: vuelva a escribir el nombre.',
  },
);

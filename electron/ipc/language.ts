import type { LanguageService } from '../services/language/service';
import type { IpcRegistry } from './registry';

export function registerLanguageIpc(registry: IpcRegistry, language: LanguageService) {
  const off = [
    registry.handle('language:get', (input) => language.get(input)),
    registry.handle('language:set', (input) => language.setChoice(input.choice)),
    language.onChange((state) => registry.emit('language:changed', state)),
  ];
  return () => off.forEach((dispose) => void dispose());
}

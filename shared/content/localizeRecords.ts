/** The records with a translation laid over each (its text; ids, portals and addresses stay). */
export function localizeRecords<T extends { id: string }, L extends object>(records: readonly T[], translations: Partial<Record<string, L>> | undefined): T[] {
  if (!translations) return [...records];
  return records.map((record) => ({ ...record, ...translations[record.id] }));
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './context';
import type { ChoiceOption } from './fields';

/** Institutions as choices ("MD — Ministria e Drejtësisë"), in the interface language. */
export function useInstitutionOptions(): ChoiceOption[] {
  const { i18n } = useTranslation();
  const { institutions } = useEditor();
  const lang = i18n.language === 'en' ? 'en' : 'sq';
  return useMemo(
    () =>
      [...institutions.values()]
        .map((i) => ({ value: i.code, label: `${i.acronym[lang]} — ${i.name[lang]}` }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [institutions, lang],
  );
}

import { useEffect } from 'react'
import { useI18n } from '../i18n'

/** Sets the tab's title, most specific part first: "Benefits board – Workshop – PracticeMap". */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useI18n()
  const title = [...parts.filter((part): part is string => Boolean(part)), t.app.name].join(' – ')
  useEffect(() => {
    document.title = title
  }, [title])
}

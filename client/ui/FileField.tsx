import { useId } from 'react'

/**
 * A labelled file chooser that hands over the one file picked, and is ready at once to take the same file
 * again (after the person fixed it), which an input still holding it would not report as a change.
 */
export function FileField({
  label,
  accept,
  disabled,
  testId,
  onFile,
}: {
  label: string
  accept: string
  disabled: boolean
  testId: string
  onFile(file: File): void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const input = event.currentTarget
          const file = input.files?.[0]
          input.value = ''
          if (file) onFile(file)
        }}
      />
    </div>
  )
}

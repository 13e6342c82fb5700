import { initials } from '../identity'

/** A round badge with someone's initials in their colour; the name is given by the surrounding text. */
export function Avatar({
  name,
  color,
  size = 'normal',
}: {
  name: string
  color: string
  size?: 'small' | 'normal'
}) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: color }} aria-hidden="true">
      {initials(name)}
    </span>
  )
}

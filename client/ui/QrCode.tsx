import { useMemo } from 'react'
import { QUIET_ZONE, qrDrawing } from '../qr'

/** The QR code of `text`, black on white with its quiet zone, filling the width its container gives it. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => qrDrawing(text), [text])
  const side = size + 2 * QUIET_ZONE
  return (
    <svg
      className={className ? `qr ${className}` : 'qr'}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}

import { useEffect, useState } from 'react'

/** Whether the page is in the browser's full screen now (a projector usually is, after one click). */
export function useFullscreen(): boolean {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', update)
    return () => document.removeEventListener('fullscreenchange', update)
  }, [])
  return fullscreen
}

/** Asks for full screen; a refusal (no user gesture, a kiosk policy) leaves the page as it is. */
export function enterFullscreen(): void {
  void document.documentElement.requestFullscreen().catch(() => {})
}

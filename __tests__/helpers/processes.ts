/** Whether a process still runs (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Polls every 20 ms, at most `attempts` times, until the process is gone. */
export async function gone(pid: number, attempts: number): Promise<boolean> {
  for (let i = 0; i < attempts && alive(pid); i++) await new Promise((r) => setTimeout(r, 20))
  return !alive(pid)
}

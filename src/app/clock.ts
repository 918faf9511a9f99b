/** Formatting of the injected clock for result sheets ("2026-11-26 10:30"), in the user's local time. */

/** The local date and time of `instant` as "YYYY-MM-DD HH:mm". */
export function formatRunAt(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

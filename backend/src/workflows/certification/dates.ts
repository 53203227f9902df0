/**
 * A certificate's dates are calendar days in Thailand: "expires 2027-01-15" means it stops counting
 * at the start of 15 January in Bangkok (UTC+7, no daylight saving), when the daily expiry job runs
 * — not at midnight UTC, seven hours later. Full timestamps are taken as they are.
 */
export function certificateDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value)
}

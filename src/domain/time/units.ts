/**
 * Lengths of time in milliseconds, the app's unit for every instant (UTC epoch ms). Import-free,
 * so the e2e specs and the bench can share it.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

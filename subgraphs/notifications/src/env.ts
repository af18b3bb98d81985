/**
 * Settings of the notifications context beyond the common ones (see the platform's env). A setting an
 * operator tunes per deployment also goes in its declaration's `settings` in
 * packages/platform/src/topology.ts, which gives it its value in the deployment files.
 */
export const notificationsEnv = {};

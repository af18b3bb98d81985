/** Settings of the injections context beyond the common ones (see the platform's env): none. */
export const injectionsEnv = {};

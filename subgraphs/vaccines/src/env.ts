/**
 * Settings of the vaccines context beyond the common ones (see the platform's env): none, its
 * stock is data the vaccine manager enters, not configuration.
 */
export const vaccinesEnv = {};

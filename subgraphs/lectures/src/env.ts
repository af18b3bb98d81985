/** Settings of the lectures context beyond the common ones (see the platform's env). */
export const lecturesEnv = {};

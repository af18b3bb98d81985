/** Settings of the views context beyond the common ones. */
export const viewsEnv = {};

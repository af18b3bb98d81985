/**
 * Settings of the parking-availability context beyond the common ones (see the platform's env):
 * none. It learns the lot's capacity from the lot's events, not from configuration of its own.
 */
export const parkingAvailabilityEnv = {};

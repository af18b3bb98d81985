const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-supplied id is a UUID (every entity id is); others cannot exist. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

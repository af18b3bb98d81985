import { forbidden, unauthenticated } from "../errors.ts";
import type { Role, Viewer } from "./tokens.ts";

/** The signed-in viewer, or an UNAUTHENTICATED error. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The signed-in viewer holding one of `roles`, or UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.some((r) => v.roles.includes(r))) throw forbidden(`This operation needs the role ${roles.join(" or ")}.`);
  return v;
}

/** Whether the viewer may read data owned by `ownerId` (their own, or any as ADMIN). */
export function mayRead(viewer: Viewer, ownerId: string): boolean {
  return viewer.userId === ownerId || viewer.roles.includes("ADMIN");
}

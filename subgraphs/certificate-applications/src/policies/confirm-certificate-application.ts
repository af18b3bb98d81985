import { certificateApplicationEvents } from "@supergraph/contracts/certificate-applications";
import { inResponseTo, on, policy, runCommand } from "@supergraph/platform";
import { onCertificateApplication } from "../commands/certificate-application.ts";

/**
 * A requested certificate application is confirmed once its request is published: a step that runs after
 * the request's transaction, in the consumer's own (with its inbox record, so a redelivered
 * request confirms nothing twice). A policy on another context's event names it the same way,
 * through its publisher's contract: `on(lectureEvents.LectureOpened)`.
 */
export const confirmCertificateApplication = policy("confirm-certificate-application", on(certificateApplicationEvents.CertificateApplicationRequested), {
  async handle(event, tx, record) {
    await runCommand(tx, record, onCertificateApplication(event.data.certificateApplicationId), { type: "ConfirmCertificateApplication" }, inResponseTo(event));
  },
});

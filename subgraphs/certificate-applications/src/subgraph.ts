import { readFileSync } from "node:fs";
import { InjectionStatusErrorCode, type InjectionStatusRequest, type InjectionStatusResult } from "@supergraph/contracts/injections";
import { admission, breakerOf, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { CertificateApplicationError } from "./domain/certificate-application.ts";
import { certificateApplicationsEnv } from "./env.ts";
import { findCertificateApplications } from "./infra/certificate-application-store.ts";
import { recordBooking } from "./policies/record-booking.ts";
import { recordCertificateIssued } from "./policies/record-certificate-issued.ts";
import { certificateApplicationsResolvers, type CertificateApplicationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The certificate-applications context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const certificateApplicationsSubgraph: ContextDefinition<typeof certificateApplicationsEnv, NoDb, CertificateApplicationsContext> = {
  name: "certificate-applications",
  env: certificateApplicationsEnv,
  build: ({ env, sql, transact, clock, call }) => {
    const injectionStatus = call<InjectionStatusRequest, InjectionStatusResult>("injections", "injectionStatus", {
      ...breakerOf(env, "INJECTION_STATUS"),
      unavailable: { code: InjectionStatusErrorCode.UNAVAILABLE, message: "Injections cannot answer right now; nothing was stored. Please try again shortly." },
    });
    const admit = admission({
      callee: injectionStatus,
      limit: env.APPLICATION_ADMISSION_LIMIT,
      maxWaitMs: env.APPLICATION_QUEUE_TIMEOUT_MS,
      busy: () => CertificateApplicationError.unavailable("APPLICATIONS_BUSY", "Too many applications right now; nothing was stored. Please try again shortly."),
    });
    return {
      typeDefs,
      resolvers: certificateApplicationsResolvers({ sql, transact, clock, injectionStatus, admit }),
      context: (base) => ({
        ...base,
        certificateApplicationById: entityLoader((ids) => findCertificateApplications(sql, ids), (a) => a.id),
      }),
      policies: [recordBooking, recordCertificateIssued],
    };
  },
};

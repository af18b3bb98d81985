import { readFileSync } from "node:fs";
import { RecordFinalScoreErrorCode, type RecordFinalScoreRequest, type RecordFinalScoreResult } from "@supergraph/contracts/course-orders";
import { admission, breakerOf, entityLoader, type ContextDefinition, type NoDb } from "@supergraph/platform";
import { EvaluationError } from "./domain/evaluation-sheet.ts";
import { evaluationsEnv } from "./env.ts";
import { findEvaluations, findSheets, findSheetsOfLearnings } from "./infra/evaluation-sheet-store.ts";
import { adoptFinalScore } from "./policies/adopt-final-score.ts";
import { cancelEvaluations } from "./policies/cancel-evaluations.ts";
import { openSheet } from "./policies/open-sheet.ts";
import { evaluationsResolvers, type EvaluationsContext } from "./resolvers/index.ts";

const typeDefs = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The evaluations context, for the platform's `runContext`. It reads through SQL only (`prisma: false`). */
export const evaluationsSubgraph: ContextDefinition<typeof evaluationsEnv, NoDb, EvaluationsContext> = {
  name: "evaluations",
  env: evaluationsEnv,
  build: ({ env, sql, transact, clock, call }) => {
    const recordFinalScore = call<RecordFinalScoreRequest, RecordFinalScoreResult>("course-orders", "recordFinalScore", {
      ...breakerOf(env, "FINAL_SCORE"),
      unavailable: { code: RecordFinalScoreErrorCode.UNAVAILABLE, message: "Course-orders cannot record the final score right now; the final evaluation was not stored. Please try again shortly." },
    });
    const admit = admission({
      callee: recordFinalScore,
      limit: env.FINAL_EVALUATION_ADMISSION_LIMIT,
      maxWaitMs: env.FINAL_EVALUATION_QUEUE_TIMEOUT_MS,
      busy: () => EvaluationError.unavailable("EVALUATIONS_BUSY", "Too many final evaluations right now; nothing was stored. Please try again shortly."),
    });
    return {
      typeDefs,
      resolvers: evaluationsResolvers({ sql, transact, clock, recordFinalScore, admit }),
      context: (base) => ({
        ...base,
        sheetOfLearning: entityLoader((ids) => findSheetsOfLearnings(sql, ids), (s) => s.learningId),
        sheetById: entityLoader((ids) => findSheets(sql, ids), (s) => s.id),
        evaluationById: entityLoader((ids) => findEvaluations(sql, ids), (e) => e.id),
      }),
      policies: [openSheet, cancelEvaluations, adoptFinalScore],
    };
  },
};

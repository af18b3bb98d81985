-- The scaffold's placeholder table held nothing: replaced by the real model.
DROP TABLE "course_order";
DROP TYPE "CourseOrderStatus";

-- CreateEnum
CREATE TYPE "CourseOrderStatus" AS ENUM ('ORDERED', 'CANCELED');

-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "duration_days" INTEGER NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_order" (
    "id" UUID NOT NULL,
    "order_seq" SERIAL NOT NULL,
    "order_number" TEXT NOT NULL,
    "student_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "course_code" TEXT NOT NULL,
    "course_title" TEXT NOT NULL,
    "phone_number" TEXT NOT NULL,
    "ordered_at" TIMESTAMPTZ(3) NOT NULL,
    "begin_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "status" "CourseOrderStatus" NOT NULL DEFAULT 'ORDERED',
    "final_score" INTEGER,
    "final_evaluation_id" UUID,
    "final_score_recorded_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),

    CONSTRAINT "course_order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "course_code_key" ON "course"("code");

-- CreateIndex
CREATE UNIQUE INDEX "course_order_order_seq_key" ON "course_order"("order_seq");

-- CreateIndex
CREATE UNIQUE INDEX "course_order_order_number_key" ON "course_order"("order_number");

-- CreateIndex
CREATE INDEX "course_order_student_id_ordered_at_idx" ON "course_order"("student_id", "ordered_at");

-- The seeded catalog (fixed ids, so every deployment and test names the same courses).
INSERT INTO "course" ("id", "code", "title", "duration_days") VALUES
  ('c0a1e001-0000-4000-8000-000000000001', 'TS-101', 'TypeScript Fundamentals', 10),
  ('c0a1e001-0000-4000-8000-000000000002', 'GQL-201', 'GraphQL API Design', 14),
  ('c0a1e001-0000-4000-8000-000000000003', 'FED-301', 'Apollo Federation in Practice', 21),
  ('c0a1e001-0000-4000-8000-000000000004', 'PG-110', 'PostgreSQL for Developers', 12),
  ('c0a1e001-0000-4000-8000-000000000005', 'NATS-120', 'Event Streaming with NATS JetStream', 7),
  ('c0a1e001-0000-4000-8000-000000000006', 'DDD-250', 'Domain-Driven Design Essentials', 30),
  ('c0a1e001-0000-4000-8000-000000000007', 'K8S-140', 'Kubernetes Operations', 20),
  ('c0a1e001-0000-4000-8000-000000000008', 'REACT-130', 'React for Product Teams', 15),
  ('c0a1e001-0000-4000-8000-000000000009', 'SEC-220', 'Web Application Security', 10),
  ('c0a1e001-0000-4000-8000-000000000010', 'TEST-160', 'Testing Distributed Systems', 9);

-- Hand-written (Prisma would drop and add the column): the order's refunds are kept whether or
-- not they were canceled since (refunds), beside the cancellations seen (canceled_refunds), so a
-- refund arriving after its cancellation still counts (its coupon revoked then restored).
-- Rows of before: a canceled refund was taken first (the old rule dropped a refund whose
-- cancellation came first), so it joins the refunds taken.
-- AlterTable
ALTER TABLE "order_coupon" RENAME COLUMN "active_refunds" TO "refunds";
UPDATE "order_coupon" SET "refunds" = "refunds" || "canceled_refunds";

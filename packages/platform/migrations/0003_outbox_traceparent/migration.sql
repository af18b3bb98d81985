-- The W3C traceparent of the command or handler that recorded an event, so the relay
-- publishes it in the message's headers and the event's consumers join the same trace.
-- Null when tracing was off (and for the rows written before this migration).
ALTER TABLE "platform_outbox" ADD COLUMN "traceparent" TEXT;

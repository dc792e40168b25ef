ALTER TABLE "messages" DROP CONSTRAINT "messages_client_id_unique";--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_one_open_per_visitor" ON "conversations" USING btree ("visitor_id") WHERE "conversations"."status" in ('queued', 'active');--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_client_id_unique" UNIQUE("conversation_id","sender","client_id");
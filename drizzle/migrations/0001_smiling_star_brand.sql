ALTER TABLE "messages" DROP CONSTRAINT "messages_client_id_unique";--> statement-breakpoint
ALTER TABLE "visitors" ALTER COLUMN "token_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "missed_contacts" ADD COLUMN "visitor_id" uuid;--> statement-breakpoint
ALTER TABLE "missed_contacts" ADD COLUMN "day" date;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "forgotten_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "missed_contacts" ADD CONSTRAINT "missed_contacts_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "missed_outside_hours_once_a_day" ON "missed_contacts" USING btree ("visitor_id","programme_id","day") WHERE "missed_contacts"."kind" = 'outside-hours';--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_one_open_per_visitor" ON "conversations" USING btree ("visitor_id") WHERE "conversations"."status" in ('queued', 'active');--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_client_id_unique" UNIQUE("conversation_id","sender","client_id");
CREATE TABLE "mailbox_threads" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"code_hash" text,
	"state" text NOT NULL,
	"waiting_since" timestamp with time zone,
	"expected_reply_by" timestamp with time zone,
	"first_reply_at" timestamp with time zone,
	"answered_late_at" timestamp with time zone,
	"claimed_by" uuid,
	"claimed_until" timestamp with time zone,
	"last_counsellor_id" uuid,
	"last_message_at" timestamp with time zone NOT NULL,
	"written_while_closed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "mailbox_threads_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "mailbox_reply_days" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "mailbox_threads" ADD CONSTRAINT "mailbox_threads_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_threads" ADD CONSTRAINT "mailbox_threads_claimed_by_staff_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_threads" ADD CONSTRAINT "mailbox_threads_last_counsellor_id_staff_id_fk" FOREIGN KEY ("last_counsellor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailbox_threads_state_idx" ON "mailbox_threads" USING btree ("state","waiting_since");
CREATE TABLE "care_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "care_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"hour" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_states" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"stretch_started_at" timestamp with time zone,
	"last_chat_at" timestamp with time zone,
	"stretch_reminded_at" timestamp with time zone,
	"suggestion" text,
	"suggested_at" timestamp with time zone,
	"stretch_minutes" integer,
	"snoozed_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "heavy_break_suggested" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "care_stretch_minutes" integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "care_heavy_tags" jsonb;--> statement-breakpoint
ALTER TABLE "care_events" ADD CONSTRAINT "care_events_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_states" ADD CONSTRAINT "care_states_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_events_hour_idx" ON "care_events" USING btree ("hour");
CREATE TABLE "canned_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "canned_responses" ADD CONSTRAINT "canned_responses_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "canned_responses_programme_idx" ON "canned_responses" USING btree ("programme_id","position") WHERE "canned_responses"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "clinics_one_default" ON "clinics" USING btree ("is_default") WHERE "clinics"."is_default";--> statement-breakpoint
CREATE INDEX "contacts_logged_by_idx" ON "contacts" USING btree ("logged_by","occurred_at");--> statement-breakpoint
CREATE INDEX "referrals_planned_idx" ON "referrals" USING btree ("programme_id","appointment_at") WHERE "referrals"."status" = 'planned';
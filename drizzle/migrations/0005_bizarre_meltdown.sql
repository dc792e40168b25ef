ALTER TABLE "conversations" ADD COLUMN "held_from_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "held_from_note_seq" integer DEFAULT 0 NOT NULL;
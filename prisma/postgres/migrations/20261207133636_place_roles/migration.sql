-- Every ingest rebuilds the catalogue whole, so a catalogue already in the database is cleared
-- rather than converted: its places have no role to carry over.
TRUNCATE "CategoryTranslation", "Translation", "TranslationSet", "Fact", "ItemLink", "ItemYear", "ItemTopic", "ItemPlace", "Item", "Place", "Topic", "OutcomeType", "MissingRange", "Category", "Section", "ParseIssue", "Source";

-- AlterTable
ALTER TABLE "ItemPlace" ADD COLUMN     "role" TEXT NOT NULL;

-- Every ingest rebuilds the catalogue whole, so a catalogue already in the database is cleared
-- rather than converted: its items have no pinyin and its places no order to carry over.
TRUNCATE "ItemLink", "ItemYear", "ItemTopic", "ItemPlace", "Item", "Place", "Topic", "OutcomeType", "MissingRange", "Category", "Section", "ParseIssue", "Source";

-- DropIndex
DROP INDEX "Item_titleSort_idx";

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "titleSort";

-- Every ingest rebuilds the catalogue whole, so a catalogue already in the database is cleared
-- rather than converted: its places have no role to carry over.
DELETE FROM "CategoryTranslation";
DELETE FROM "Translation";
DELETE FROM "TranslationSet";
DELETE FROM "Fact";
DELETE FROM "ItemLink";
DELETE FROM "ItemYear";
DELETE FROM "ItemTopic";
DELETE FROM "ItemPlace";
DELETE FROM "Item";
DELETE FROM "Place";
DELETE FROM "Topic";
DELETE FROM "OutcomeType";
DELETE FROM "MissingRange";
DELETE FROM "Category";
DELETE FROM "Section";
DELETE FROM "ParseIssue";
DELETE FROM "Source";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ItemPlace" (
    "itemId" INTEGER NOT NULL,
    "placeSlug" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "ref" TEXT,
    "role" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,

    PRIMARY KEY ("itemId", "placeSlug"),
    CONSTRAINT "ItemPlace_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemPlace_placeSlug_fkey" FOREIGN KEY ("placeSlug") REFERENCES "Place" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ItemPlace" ("itemId", "ordinal", "placeSlug", "ref", "via") SELECT "itemId", "ordinal", "placeSlug", "ref", "via" FROM "ItemPlace";
DROP TABLE "ItemPlace";
ALTER TABLE "new_ItemPlace" RENAME TO "ItemPlace";
CREATE INDEX "ItemPlace_placeSlug_itemId_idx" ON "ItemPlace"("placeSlug", "itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

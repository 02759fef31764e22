-- Every ingest rebuilds the catalogue whole, so a catalogue already in the database is cleared
-- rather than converted: its items have no pinyin and its places no order to carry over.
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

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placeSlug" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourcePublisher" TEXT NOT NULL,
    "sourceDate" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TranslationSet" (
    "locale" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "date" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Translation" (
    "itemId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "locale"),
    CONSTRAINT "Translation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Translation_locale_fkey" FOREIGN KEY ("locale") REFERENCES "TranslationSet" ("locale") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "categoryOrdinal" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "firstLine" INTEGER NOT NULL,
    "lastLine" INTEGER NOT NULL,
    "typeKey" TEXT NOT NULL,
    "secondaryTypeKey" TEXT,
    "position" INTEGER NOT NULL,
    "pinyin" TEXT NOT NULL,
    CONSTRAINT "Item_sectionKey_fkey" FOREIGN KEY ("sectionKey") REFERENCES "Section" ("key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_sectionKey_categoryOrdinal_fkey" FOREIGN KEY ("sectionKey", "categoryOrdinal") REFERENCES "Category" ("sectionKey", "ordinal") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_typeKey_fkey" FOREIGN KEY ("typeKey") REFERENCES "OutcomeType" ("key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_secondaryTypeKey_fkey" FOREIGN KEY ("secondaryTypeKey") REFERENCES "OutcomeType" ("key") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Item" ("categoryOrdinal", "firstLine", "id", "key", "lastLine", "number", "position", "sectionKey", "title", "typeKey") SELECT "categoryOrdinal", "firstLine", "id", "key", "lastLine", "number", "position", "sectionKey", "title", "typeKey" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
CREATE UNIQUE INDEX "Item_key_key" ON "Item"("key");
CREATE UNIQUE INDEX "Item_position_key" ON "Item"("position");
CREATE INDEX "Item_sectionKey_categoryOrdinal_number_idx" ON "Item"("sectionKey", "categoryOrdinal", "number");
CREATE INDEX "Item_typeKey_position_idx" ON "Item"("typeKey", "position");
CREATE INDEX "Item_number_position_idx" ON "Item"("number", "position");
CREATE UNIQUE INDEX "Item_sectionKey_number_key" ON "Item"("sectionKey", "number");
CREATE TABLE "new_ItemPlace" (
    "itemId" INTEGER NOT NULL,
    "placeSlug" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "ref" TEXT,
    "ordinal" INTEGER NOT NULL,

    PRIMARY KEY ("itemId", "placeSlug"),
    CONSTRAINT "ItemPlace_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemPlace_placeSlug_fkey" FOREIGN KEY ("placeSlug") REFERENCES "Place" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ItemPlace" ("itemId", "placeSlug", "via") SELECT "itemId", "placeSlug", "via" FROM "ItemPlace";
DROP TABLE "ItemPlace";
ALTER TABLE "new_ItemPlace" RENAME TO "ItemPlace";
CREATE INDEX "ItemPlace_placeSlug_itemId_idx" ON "ItemPlace"("placeSlug", "itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Translation_locale_idx" ON "Translation"("locale");

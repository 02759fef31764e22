-- Every ingest rebuilds the catalogue whole, so a catalogue already in the database is cleared
-- rather than converted: its items have no pinyin and its places no order to carry over.
TRUNCATE "ItemLink", "ItemYear", "ItemTopic", "ItemPlace", "Item", "Place", "Topic", "OutcomeType", "MissingRange", "Category", "Section", "ParseIssue", "Source";

-- DropIndex
DROP INDEX "Item_titleSort_idx";

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "searchText",
DROP COLUMN "titleSort",
ADD COLUMN     "pinyin" TEXT NOT NULL,
ADD COLUMN     "secondaryTypeKey" TEXT;

-- AlterTable
ALTER TABLE "ItemPlace" ADD COLUMN     "ordinal" INTEGER NOT NULL,
ADD COLUMN     "ref" TEXT;

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "placeSlug" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourcePublisher" TEXT NOT NULL,
    "sourceDate" TEXT NOT NULL,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranslationSet" (
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "date" TEXT NOT NULL,

    CONSTRAINT "TranslationSet_pkey" PRIMARY KEY ("locale")
);

-- CreateTable
CREATE TABLE "Translation" (
    "itemId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("itemId","locale")
);

-- CreateIndex
CREATE INDEX "Translation_locale_idx" ON "Translation"("locale");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_secondaryTypeKey_fkey" FOREIGN KEY ("secondaryTypeKey") REFERENCES "OutcomeType"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_locale_fkey" FOREIGN KEY ("locale") REFERENCES "TranslationSet"("locale") ON DELETE CASCADE ON UPDATE CASCADE;

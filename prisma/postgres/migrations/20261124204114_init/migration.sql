-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "title" TEXT,
    "publishedOn" TIMESTAMP(3),
    "parserVersion" TEXT NOT NULL,
    "enrichVersion" TEXT NOT NULL,
    "loaderVersion" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParseIssue" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "firstLine" INTEGER,
    "lastLine" INTEGER,

    CONSTRAINT "ParseIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "key" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "heading" TEXT,
    "inferred" BOOLEAN NOT NULL,
    "line" INTEGER,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "heading" TEXT,
    "declaredCount" INTEGER,
    "inferred" BOOLEAN NOT NULL,
    "rangeFirst" INTEGER NOT NULL,
    "rangeLast" INTEGER,
    "foundCount" INTEGER NOT NULL,
    "line" INTEGER,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissingRange" (
    "id" SERIAL NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "first" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "MissingRange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeType" (
    "key" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,

    CONSTRAINT "OutcomeType_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Topic" (
    "key" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Place" (
    "slug" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentSlug" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "aliases" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "categoryOrdinal" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "firstLine" INTEGER NOT NULL,
    "lastLine" INTEGER NOT NULL,
    "typeKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleSort" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemPlace" (
    "itemId" INTEGER NOT NULL,
    "placeSlug" TEXT NOT NULL,
    "via" TEXT NOT NULL,

    CONSTRAINT "ItemPlace_pkey" PRIMARY KEY ("itemId","placeSlug")
);

-- CreateTable
CREATE TABLE "ItemTopic" (
    "itemId" INTEGER NOT NULL,
    "topicKey" TEXT NOT NULL,

    CONSTRAINT "ItemTopic_pkey" PRIMARY KEY ("itemId","topicKey")
);

-- CreateTable
CREATE TABLE "ItemYear" (
    "itemId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "ItemYear_pkey" PRIMARY KEY ("itemId","year")
);

-- CreateTable
CREATE TABLE "ItemLink" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "ItemLink_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE INDEX "ParseIssue_sourceId_ordinal_idx" ON "ParseIssue"("sourceId", "ordinal");

-- CreateIndex
CREATE INDEX "ParseIssue_kind_idx" ON "ParseIssue"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Section_ordinal_key" ON "Section"("ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Category_sectionKey_ordinal_key" ON "Category"("sectionKey", "ordinal");

-- CreateIndex
CREATE INDEX "MissingRange_categoryId_first_idx" ON "MissingRange"("categoryId", "first");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeType_ordinal_key" ON "OutcomeType"("ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_ordinal_key" ON "Topic"("ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Place_ordinal_key" ON "Place"("ordinal");

-- CreateIndex
CREATE INDEX "Place_parentSlug_idx" ON "Place"("parentSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Item_key_key" ON "Item"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Item_position_key" ON "Item"("position");

-- CreateIndex
CREATE INDEX "Item_sectionKey_categoryOrdinal_number_idx" ON "Item"("sectionKey", "categoryOrdinal", "number");

-- CreateIndex
CREATE INDEX "Item_typeKey_position_idx" ON "Item"("typeKey", "position");

-- CreateIndex
CREATE INDEX "Item_number_position_idx" ON "Item"("number", "position");

-- CreateIndex
CREATE INDEX "Item_titleSort_idx" ON "Item"("titleSort");

-- CreateIndex
CREATE UNIQUE INDEX "Item_sectionKey_number_key" ON "Item"("sectionKey", "number");

-- CreateIndex
CREATE INDEX "ItemPlace_placeSlug_itemId_idx" ON "ItemPlace"("placeSlug", "itemId");

-- CreateIndex
CREATE INDEX "ItemTopic_topicKey_itemId_idx" ON "ItemTopic"("topicKey", "itemId");

-- CreateIndex
CREATE INDEX "ItemYear_year_itemId_idx" ON "ItemYear"("year", "itemId");

-- CreateIndex
CREATE INDEX "ItemLink_toId_idx" ON "ItemLink"("toId");

-- AddForeignKey
ALTER TABLE "ParseIssue" ADD CONSTRAINT "ParseIssue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_sectionKey_fkey" FOREIGN KEY ("sectionKey") REFERENCES "Section"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissingRange" ADD CONSTRAINT "MissingRange_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Place"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_sectionKey_fkey" FOREIGN KEY ("sectionKey") REFERENCES "Section"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_sectionKey_categoryOrdinal_fkey" FOREIGN KEY ("sectionKey", "categoryOrdinal") REFERENCES "Category"("sectionKey", "ordinal") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_typeKey_fkey" FOREIGN KEY ("typeKey") REFERENCES "OutcomeType"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemPlace" ADD CONSTRAINT "ItemPlace_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemPlace" ADD CONSTRAINT "ItemPlace_placeSlug_fkey" FOREIGN KEY ("placeSlug") REFERENCES "Place"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemTopic" ADD CONSTRAINT "ItemTopic_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemTopic" ADD CONSTRAINT "ItemTopic_topicKey_fkey" FOREIGN KEY ("topicKey") REFERENCES "Topic"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemYear" ADD CONSTRAINT "ItemYear_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLink" ADD CONSTRAINT "ItemLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLink" ADD CONSTRAINT "ItemLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

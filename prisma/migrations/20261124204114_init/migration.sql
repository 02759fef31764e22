-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "title" TEXT,
    "publishedOn" DATETIME,
    "parserVersion" TEXT NOT NULL,
    "enrichVersion" TEXT NOT NULL,
    "loaderVersion" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ParseIssue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "firstLine" INTEGER,
    "lastLine" INTEGER,
    CONSTRAINT "ParseIssue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Section" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "ordinal" INTEGER NOT NULL,
    "heading" TEXT,
    "inferred" BOOLEAN NOT NULL,
    "line" INTEGER
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sectionKey" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "heading" TEXT,
    "declaredCount" INTEGER,
    "inferred" BOOLEAN NOT NULL,
    "rangeFirst" INTEGER NOT NULL,
    "rangeLast" INTEGER,
    "foundCount" INTEGER NOT NULL,
    "line" INTEGER,
    CONSTRAINT "Category_sectionKey_fkey" FOREIGN KEY ("sectionKey") REFERENCES "Section" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MissingRange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "categoryId" INTEGER NOT NULL,
    "first" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,
    CONSTRAINT "MissingRange_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutcomeType" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "ordinal" INTEGER NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Topic" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "ordinal" INTEGER NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Place" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentSlug" TEXT,
    "lat" REAL,
    "lon" REAL,
    "aliases" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    CONSTRAINT "Place_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Place" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    CONSTRAINT "Item_sectionKey_fkey" FOREIGN KEY ("sectionKey") REFERENCES "Section" ("key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_sectionKey_categoryOrdinal_fkey" FOREIGN KEY ("sectionKey", "categoryOrdinal") REFERENCES "Category" ("sectionKey", "ordinal") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_typeKey_fkey" FOREIGN KEY ("typeKey") REFERENCES "OutcomeType" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemPlace" (
    "itemId" INTEGER NOT NULL,
    "placeSlug" TEXT NOT NULL,
    "via" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "placeSlug"),
    CONSTRAINT "ItemPlace_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemPlace_placeSlug_fkey" FOREIGN KEY ("placeSlug") REFERENCES "Place" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemTopic" (
    "itemId" INTEGER NOT NULL,
    "topicKey" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "topicKey"),
    CONSTRAINT "ItemTopic_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemTopic_topicKey_fkey" FOREIGN KEY ("topicKey") REFERENCES "Topic" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemYear" (
    "itemId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,

    PRIMARY KEY ("itemId", "year"),
    CONSTRAINT "ItemYear_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemLink" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "ItemLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

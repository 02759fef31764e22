-- CreateTable
CREATE TABLE "ItemCommitment" (
    "itemId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "quantity" REAL,
    "unit" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "relation" TEXT,
    "relationValue" INTEGER,
    "periodKind" TEXT,
    "periodValue" INTEGER,
    "periodStart" INTEGER,
    "periodWords" TEXT,
    "start" INTEGER NOT NULL,
    "words" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "ordinal"),
    CONSTRAINT "ItemCommitment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemOrdinal" (
    "itemId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "words" TEXT NOT NULL,

    PRIMARY KEY ("itemId", "ordinal"),
    CONSTRAINT "ItemOrdinal_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ItemCommitment_unit_itemId_idx" ON "ItemCommitment"("unit", "itemId");

-- CreateIndex
CREATE INDEX "ItemOrdinal_series_idx" ON "ItemOrdinal"("series");

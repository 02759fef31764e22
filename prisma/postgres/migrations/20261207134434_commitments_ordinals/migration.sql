-- CreateTable
CREATE TABLE "ItemCommitment" (
    "itemId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION,
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

    CONSTRAINT "ItemCommitment_pkey" PRIMARY KEY ("itemId","ordinal")
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

    CONSTRAINT "ItemOrdinal_pkey" PRIMARY KEY ("itemId","ordinal")
);

-- CreateIndex
CREATE INDEX "ItemCommitment_unit_itemId_idx" ON "ItemCommitment"("unit", "itemId");

-- CreateIndex
CREATE INDEX "ItemOrdinal_series_idx" ON "ItemOrdinal"("series");

-- AddForeignKey
ALTER TABLE "ItemCommitment" ADD CONSTRAINT "ItemCommitment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemOrdinal" ADD CONSTRAINT "ItemOrdinal_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

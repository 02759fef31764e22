-- publishedOn (the date in the file's name) gives way to what the copy prints: the dispatch's
-- dateline and the page's date. They are read from the text, so a catalogue loaded before has
-- none until it is loaded again, which db:setup does next (the parser that reads them is new).

-- AlterTable
ALTER TABLE "Source" DROP COLUMN "publishedOn",
ADD COLUMN     "dispatchDate" TIMESTAMP(3),
ADD COLUMN     "dispatchLine" INTEGER,
ADD COLUMN     "dispatchPlace" TEXT,
ADD COLUMN     "dispatchYearFrom" TEXT,
ADD COLUMN     "pageDate" TIMESTAMP(3),
ADD COLUMN     "pageDateLine" INTEGER;

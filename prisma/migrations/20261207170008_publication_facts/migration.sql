-- publishedOn (the date in the file's name) gives way to what the copy prints: the dispatch's
-- dateline and the page's date. They are read from the text, so a catalogue loaded before has
-- none until it is loaded again, which db:setup does next (the parser that reads them is new).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "title" TEXT,
    "dispatchPlace" TEXT,
    "dispatchDate" DATETIME,
    "dispatchYearFrom" TEXT,
    "dispatchLine" INTEGER,
    "pageDate" DATETIME,
    "pageDateLine" INTEGER,
    "parserVersion" TEXT NOT NULL,
    "enrichVersion" TEXT NOT NULL,
    "loaderVersion" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" TEXT NOT NULL
);
INSERT INTO "new_Source" ("enrichVersion", "fileName", "id", "ingestedAt", "loaderVersion", "parserVersion", "sha256", "text", "title") SELECT "enrichVersion", "fileName", "id", "ingestedAt", "loaderVersion", "parserVersion", "sha256", "text", "title" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

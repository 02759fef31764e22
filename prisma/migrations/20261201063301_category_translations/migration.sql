-- CreateTable
CREATE TABLE "CategoryTranslation" (
    "categoryId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "heading" TEXT NOT NULL,

    PRIMARY KEY ("categoryId", "locale"),
    CONSTRAINT "CategoryTranslation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CategoryTranslation_locale_fkey" FOREIGN KEY ("locale") REFERENCES "TranslationSet" ("locale") ON DELETE CASCADE ON UPDATE CASCADE
);

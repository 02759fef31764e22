-- The measure word a category heading prints its count with (（共24份）), so the count is
-- quoted as printed. Read from the text: a catalogue loaded before has none until it is
-- loaded again, which db:setup does next (the parser that reads it changed).

-- AlterTable
ALTER TABLE "Category" ADD COLUMN "declaredMeasure" TEXT;

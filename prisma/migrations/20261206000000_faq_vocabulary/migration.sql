-- DropIndex (only the title-similarity pass used it; decision 022 replaced that pass)
DROP INDEX "FaqArticle_searchTitle_trgm_idx";

-- CreateTable
CREATE TABLE "FaqWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "FaqWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "FaqWord_word_trgm_idx" ON "FaqWord" USING GIST ("word" gist_trgm_ops);

-- Hand-written (decision 022): the vocabulary follows every saved article. Terms of 4+ characters
-- are Latin words (Chinese terms are one or two characters); numbers are never misspelled words.
CREATE FUNCTION "faq_collect_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "FaqWord" ("word")
    SELECT DISTINCT term FROM unnest(string_to_array(NEW."searchTitle" || ' ' || NEW."searchBody", ' ')) AS term
     WHERE length(term) >= 4 AND term !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "FaqArticle_collect_words"
  AFTER INSERT OR UPDATE OF "searchTitle", "searchBody" ON "FaqArticle"
  FOR EACH ROW EXECUTE FUNCTION "faq_collect_words"();

INSERT INTO "FaqWord" ("word")
  SELECT DISTINCT term FROM "FaqArticle", unnest(string_to_array("searchTitle" || ' ' || "searchBody", ' ')) AS term
   WHERE length(term) >= 4 AND term !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;

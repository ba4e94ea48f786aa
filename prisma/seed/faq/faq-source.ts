// The shape of one demo help-center article as written in prisma/seed/faq/articles-*.ts.
export type FaqSource = {
  slug: string;
  category: string;
  tags: string[];
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
};

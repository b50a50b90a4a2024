"""Tidy tables of Indonesia's counter-terrorism cooperation from Indonesian and English news text.

The pipeline, one module per stage in the order data flows:

    s1_read     corpus folders -> SourceArticle records (+ a report of skipped inputs)
    s2_clean    raw text -> body without site boilerplate, header, title
    s3_segment  body -> sentences
    s4_match    body -> actor, programme and theme spans (vocabularies + rules)
    s4_people   body -> people with titles and organisations
    s5_dates    text -> dates with precision; the publication date
    s5_events   sentences -> dated events of cooperation
    s6_tables   per-article rows -> typed, sorted DataFrames
    s7_plot     DataFrames -> figures in one house style

`pipeline` composes the stages for one article, `corpus` for a whole corpus
(`load_corpus`), `vocabulary` loads and validates the package's data files.
"""
from .corpus import Corpus, build, load_corpus, write_tables

__all__ = ["Corpus", "build", "load_corpus", "write_tables"]
__version__ = "0.1.0"

"""Analyzers shared by every search index: folding, synonyms and stemming.

Text is lower-cased and accent-folded ("Musées" and "musees" meet), domain
synonyms from ``search/synonyms.txt`` are expanded at query time through a
``synonym_graph`` filter (multi-word synonyms such as "CM" ↔ "community
manager"), then stemmed in French (with elision of l', d'…) or English.
"""

from __future__ import annotations

from pathlib import Path

from elasticsearch_dsl import analyzer, normalizer, token_filter

SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")


def load_synonyms(path: Path = SYNONYMS_FILE) -> list[str]:
    """The synonym rules of ``path``, without comments and blank lines."""
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rule = line.split("#", 1)[0].strip()
        if rule:
            rules.append(rule)
    return rules


french_elision = token_filter(
    "french_elision",
    type="elision",
    articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
)
french_stemmer = token_filter("french_stemmer", type="stemmer", language="light_french")
english_stemmer = token_filter("english_stemmer", type="stemmer", language="english")
english_possessive = token_filter(
    "english_possessive", type="stemmer", language="possessive_english"
)


def synonyms_filter():
    """Read when an index is created: a rebuild (or reopening the index) picks up edits."""
    return token_filter(
        "domain_synonyms", type="synonym_graph", synonyms=load_synonyms(), lenient=True
    )


def _chain(language: str, *, synonyms: bool) -> list:
    before = [french_elision] if language == "fr" else [english_possessive]
    stemmer = french_stemmer if language == "fr" else english_stemmer
    # After the stemmer: the rules are stemmed too, so plurals meet them ("gestionnaires").
    after = [synonyms_filter()] if synonyms else []
    return [*before, "lowercase", "asciifolding", stemmer, *after]


def french_text():
    """French at query time: folded, synonyms expanded, light French stemming."""
    return analyzer("french_text", tokenizer="standard", filter=_chain("fr", synonyms=True))


def english_text():
    """English at query time: folded, synonyms expanded, English stemming."""
    return analyzer("english_text", tokenizer="standard", filter=_chain("en", synonyms=True))


# synonym_graph belongs to query-time analysis; documents are indexed with the same
# chain minus the synonyms, so a rule change needs no reindex to match old documents.
def french_index():
    return analyzer("french_index", tokenizer="standard", filter=_chain("fr", synonyms=False))


def english_index():
    return analyzer("english_index", tokenizer="standard", filter=_chain("en", synonyms=False))


def folded_text():
    """Language-neutral query analysis: folded and with synonyms, not stemmed."""
    return analyzer(
        "folded_text",
        tokenizer="standard",
        filter=["lowercase", "asciifolding", synonyms_filter()],
    )


def folded_index():
    return analyzer("folded_index", tokenizer="standard", filter=["lowercase", "asciifolding"])


folded = normalizer("folded", filter=["lowercase", "asciifolding"])

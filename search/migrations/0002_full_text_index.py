"""Full-text indexes over ``SearchEntry.terms`` for the database search backend.

``terms`` holds the entry's normalised words as "title | body | accepted answer"
(search.text.index_terms), so every vendor matches the same tokens.

SQLite (when compiled with FTS5): a contentless FTS5 table with one column per
part, so that bm25() can weigh title words more, kept in step by triggers,
plus an fts5vocab table listing its terms (typo tolerance, word rarity). It is
contentless rather than "external content" because external content would need
a view over search_searchentry to split ``terms``, and such a view makes
Django's SQLite table rebuilds (any later AlterField on SearchEntry) fail.
Those rebuilds drop the triggers: a migration that rebuilds search_searchentry
must run this migration's SQL again (search.database falls back to LIKE
queries and logs a warning while the triggers are missing).

PostgreSQL: a stored generated column, ``terms_vector``, holding
to_tsvector('simple', …) of the three parts weighted A (title), D (body) and B
(answer), with a GIN index. Stored rather than an expression index because
PostgreSQL would otherwise compute the vector again for every row it
rechecks (phrase queries) and ranks: seconds for tens of thousands of matches.
The model does not declare the column: PostgreSQL fills it on every write.
A later migration changing the type of ``terms`` must drop and re-add it.

Any other vendor, or SQLite without FTS5: nothing (the backend uses LIKE).
"""

from django.db import migrations

FTS_TABLE = "search_entry_fts"


def _parts(row: str) -> str:
    """A SELECT of (id, title, body, answer) split from ``row``.terms (row is "new" or "old")."""
    return f"""
        SELECT id, title,
               substr(rest, 1, instr(rest, ' | ') - 1) AS body,
               substr(rest, instr(rest, ' | ') + 3) AS answer
        FROM (SELECT id,
                     substr(padded, 1, instr(padded, ' | ') - 1) AS title,
                     substr(padded, instr(padded, ' | ') + 3) AS rest
              FROM (SELECT {row}.id AS id, {row}.terms || ' |  | ' AS padded))
    """


SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        title, body, answer,
        content='', tokenize='unicode61 remove_diacritics 0', prefix='2 3'
    )""",
    f"CREATE VIRTUAL TABLE {FTS_TABLE}_vocab USING fts5vocab({FTS_TABLE}, 'row')",
    f"""CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO {FTS_TABLE}(rowid, title, body, answer) {_parts("new")};
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_delete BEFORE DELETE ON search_searchentry BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, body, answer)
        SELECT 'delete', * FROM ({_parts("old")});
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF terms ON search_searchentry BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, body, answer)
        SELECT 'delete', * FROM ({_parts("old")});
        INSERT INTO {FTS_TABLE}(rowid, title, body, answer) {_parts("new")};
    END""",
    # Entries written before this migration.
    f"""INSERT INTO {FTS_TABLE}(rowid, title, body, answer)
        SELECT id, title,
               substr(rest, 1, instr(rest, ' | ') - 1),
               substr(rest, instr(rest, ' | ') + 3)
        FROM (SELECT id,
                     substr(padded, 1, instr(padded, ' | ') - 1) AS title,
                     substr(padded, instr(padded, ' | ') + 3) AS rest
              FROM (SELECT id, terms || ' |  | ' AS padded FROM search_searchentry))""",
]

SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_update",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}_vocab",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

POSTGRES_CREATE = [
    """ALTER TABLE search_searchentry ADD COLUMN terms_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, split_part(terms, ' | ', 1)), 'A')
            || setweight(to_tsvector('simple'::regconfig, split_part(terms, ' | ', 2)), 'D')
            || setweight(to_tsvector('simple'::regconfig, split_part(terms, ' | ', 3)), 'B')
        ) STORED""",
    "CREATE INDEX search_entry_terms_gin ON search_searchentry USING GIN (terms_vector)",
]

POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_entry_terms_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS terms_vector",
]


def _sqlite_has_fts5(schema_editor) -> bool:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        return bool(cursor.fetchone()[0])


def create_text_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite" and _sqlite_has_fts5(schema_editor):
        statements = SQLITE_CREATE
    elif vendor == "postgresql":
        statements = POSTGRES_CREATE
    else:
        statements = []
    for statement in statements:
        schema_editor.execute(statement)


def drop_text_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_text_index, drop_text_index)]

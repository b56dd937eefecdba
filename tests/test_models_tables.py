"""marsad.models.rows: the shipped gzipped tables, read row by row."""
from marsad import models


def test_rows_split_each_line_of_a_shipped_table_on_tabs():
    first = next(models.rows("kb.tsv.gz"))
    assert len(first) == 4 and first[1] in {"PER", "LOC", "ORG", "MISC"} and first[3] in {"0", "1"}
    assert {len(cols) for cols in models.rows("translit.tsv.gz")} == {2}


def test_rows_of_a_table_not_built_yet_are_none():
    assert list(models.rows("no_such_table.tsv.gz")) == []

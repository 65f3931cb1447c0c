"""Rules for personal data in written text (chat, e-mail, signatures), through the real redactor.

Every example here was written for this test file; none comes from a benchmark data set.
"""

from __future__ import annotations

import pytest

from audit.redact import RedactOptions, Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile",)))


def _redacted(redactor: Redactor, text: str) -> set[str]:
    """The whitespace-separated words of ``text`` that would be redacted."""
    return {w for _, a, b, _, _ in redactor.find(text) for w in text[a:b].split()}


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        # a region and a postcode on the next lines of an address, the region in lower case
        ("Ship it to 41 Larkspur Road Apt. 7\nBrindlehurst, qx 40417 by Friday.", ["qx", "40417"]),
        # a country and a postcode after the city
        ("Our office: 9 Orchard Lane\nWestmoor\nNorway 0412", ["Norway", "0412"]),
        # a lone comma line, then a region and postcode
        ("Deliver to 77 Tamsworth Street\nGlenvale\n, zz\n 55120", ["zz", "55120"]),
        # a country with a note in brackets and a postcode
        ("It's at 5 Quarry Road Suite 2, Portmore, Cyprus (North) 77301.", ["Cyprus", "(North)", "77301."]),
    ],
)
def test_an_address_absorbs_region_country_and_postcode_lines(redactor: Redactor, text: str, tail: list[str]) -> None:
    words = _redacted(redactor, text)
    assert set(tail) <= words, words
    assert "Friday." not in words and "by" not in words


def test_in_text_without_capitals_the_city_and_country_belong_to_the_address(redactor: Redactor) -> None:
    words = _redacted(redactor, "send it to 18 birchwood avenue suite 4, lower fenwick, moldavia.")
    assert {"lower", "fenwick,", "moldavia."} <= words, words
    # the address ends at a word that starts the next clause
    words = _redacted(redactor, "i live at 18 birchwood avenue and my card is lost")
    assert "avenue" in words and not {"and", "my", "card", "lost"} & words, words


def test_a_list_bullet_inside_a_multiline_address_is_kept(redactor: Redactor) -> None:
    text = "Address:\n* 12 Kettle Road\n* Suite 9\n* Wexham\n* Ireland 40221"
    words = _redacted(redactor, text)
    assert {"Kettle", "Suite", "9", "40221"} <= words and "*" not in words, words


def test_the_corner_of_and_an_intersection_are_redacted_whole(redactor: Redactor) -> None:
    words = _redacted(redactor, "Meet me at the corner of Alder Street and Pinecrest Way tonight.")
    assert {"the", "corner", "of", "Alder", "Pinecrest"} <= words and "tonight." not in words, words
    words = _redacted(redactor, "The shop is at Halvorsen and ul. Zielona 14.")
    assert {"Halvorsen", "and", "ul.", "Zielona", "14."} <= words, words


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("We are at 12 Paseo de la Ribera 45 now.", ["Paseo", "Ribera", "45"]),
        ("Write to C/ Mayor 8, please.", ["C/", "Mayor", "8,"]),
        ("The flat is on Kossuth Lajos utca 21.", ["Kossuth", "Lajos", "utca", "21."]),
        ("pedestrians use virágos út 7. from monday", ["virágos", "út", "7."]),
    ],
)
def test_foreign_street_forms(redactor: Redactor, text: str, street: list[str]) -> None:
    words = _redacted(redactor, text)
    assert set(street) <= words, words
    assert not {"now.", "please.", "from", "monday", "We", "Write", "pedestrians"} & words, words

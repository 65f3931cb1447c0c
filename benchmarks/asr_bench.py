"""Transcription accuracy and speed on speech nobody on this project recorded.

Prints, for ../shared/data/asr (jfk, FLEURS, a stereo clip) and ../shared/data/asr_phone
(three real 8 kHz two-party phone calls with word-level references):
- WER after Whisper's English text normaliser, for our stage and for plain faster-whisper
  on the same audio with the same model in the same run;
- real-time factor (processing seconds per audio second) of both, and their ratio;
- our stage sequential vs batched (one-channel clips only);
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


def cases(quick: bool, only: str | None = None) -> list[tuple[str, Path, str, dict]]:
    """(name, audio, kind, reference info)."""
    out = []
    refs = {}
    for line in (DATA / "asr" / "references.tsv").read_text().splitlines()[1:]:
        file, channel, text = line.split("\t", 2)
        refs.setdefault(file, {})[channel] = text
    files = ["jfk.flac"] + [f"fleurs-en-00{i}.ogg" for i in range(3 if quick else 10)] + ["stereo_diarization.wav"]
    for f in files if only != "phone" else []:
        out.append((f, DATA / "asr" / f, "read", refs[f]))
    for name in (["MUL1423"] if quick else ["MUL1423", "SNG0072", "SNG0480"]) if only != "read" else []:
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
    parser.add_argument("--only", choices=("read", "phone"), help="only the read clips, or only the phone calls")
    args = parser.parse_args()

    sequential = Transcriber(TranscribeOptions())
    batched = Transcriber(TranscribeOptions(batched=True))
    plain = sequential.model  # the same loaded weights, called the plain way
    systems = ("ours", "plain", "batched")
    totals = {k: [0, 0] for k in systems}
    seconds = {k: 0.0 for k in systems}
    audio_s = {k: 0.0 for k in systems}
    roles = [0, 0]
    role_rows: list[str] = []
    print(f"{'clip':31} {'words':>5} {'WER ours':>8} {'plain':>6} {'batch':>6} {'RTF ours':>8} {'plain':>6} {'batch':>6}")
    for name, path, kind, ref in cases(args.quick, args.only):
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
            row: dict[str, tuple[int, int]] = {}
            rtf: dict[str, float] = {}
            # Batched decoding is timed on one-channel clips only, to keep a full run short.
            runs = (("ours", sequential),) + ((("batched", batched),) if clip.channels == 1 else ())
            for key, transcriber in runs:
                start = time.perf_counter()
                t = transcriber.transcribe(clip, name, layout)
                took = time.perf_counter() - start
                seconds[key] += took
                audio_s[key] += clip.duration_s
                rtf[key] = took / clip.duration_s
                hyp = {"all": " ".join(u.text for u in t.utterances)}
                for role in ("agent", "customer"):
                    hyp[role] = " ".join(u.text for u in t.utterances if u.speaker == role)
                errors = [wer(expected[k], hyp[k]) for k in expected]
                row[key] = (sum(e for e, _ in errors), sum(n for _, n in errors))
                if key == "ours" and layout == "mono" and kind == "phone":
                    r = role_accuracy(t, ref["words"])
                    roles[0] += r[0]
                    roles[1] += r[1]
                    role_rows.append(f"{name}: {r[0] / max(r[1], 1):.1%} of {r[1]} words, role_confidence {t.role_confidence:.2f}")
            start = time.perf_counter()
            plain_hyp = " ".join(plain_text(plain, clip.samples[k]) for k in range(min(clip.channels, 2)))
            took = time.perf_counter() - start
            seconds["plain"] += took
            audio_s["plain"] += clip.duration_s
            rtf["plain"] = took / clip.duration_s
            row["plain"] = wer(" ".join(expected.values()), plain_hyp)
            for key in row:
                totals[key][0] += row[key][0]
                totals[key][1] += row[key][1]
            n = row["ours"][1]
            cells = [f"{row[k][0] / max(row[k][1], 1):6.1%}" if k in row else f"{'-':>6}" for k in ("plain", "batched")]
            times = [f"{rtf[k]:6.3f}" if k in rtf else f"{'-':>6}" for k in ("plain", "batched")]
            print(f"{label:31} {n:5d} {row['ours'][0] / n:8.1%} {cells[0]} {cells[1]} {rtf['ours']:8.3f} {times[0]} {times[1]}", flush=True)
    print()
    for key in systems:
        errors, words = totals[key]
        print(f"{key:8} WER {errors / words:6.1%} over {words:4d} words; RTF {seconds[key] / audio_s[key]:.3f} "
              f"({seconds[key]:.1f}s for {audio_s[key]:.0f}s of audio)")
    if not audio_s["batched"]:
        audio_s["batched"] = seconds["batched"] = float("nan")
    ratio = (seconds["ours"] / audio_s["ours"]) / (seconds["plain"] / audio_s["plain"])
    print(f"ours / plain time per audio second: {ratio:.2f}x (target <= 1.1x); batched / plain: "
          f"{(seconds['batched'] / audio_s['batched']) / (seconds['plain'] / audio_s['plain']):.2f}x")
    if roles[1]:
        print(f"role accuracy on downmixed phone calls: {roles[0] / roles[1]:.1%} of {roles[1]} reference words"
              f" ({'; '.join(role_rows)})")


if __name__ == "__main__":
    main()

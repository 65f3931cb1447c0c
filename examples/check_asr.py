"""Check that the rendered sample calls are transcribable by the packaged Whisper base model.

Run from the repo root: ``.venv/bin/python examples/check_asr.py [call_id ...] [--turns]``.

Each committed file in ``examples/audio/`` is decoded to 16 kHz and every channel is
transcribed with faster-whisper (int8, English, VAD, word timestamps). The words are
compared with the script: per channel a word error rate over the whole call, and per turn
the share of the script's words heard on that channel during the turn (recall). On stereo
calls, words a channel hears only while the other party talks are crosstalk: counted in
the ``bleed`` column, not as errors. Figures
go to the terminal only; ``--turns`` also prints the turns heard worst, with their text,
for tuning the scripts (the sample PII is fictional, and nothing is written to disk).

Numbers are compared in one canonical form (digits, one token per digit) so that
"four one one one" and "4111" match.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthesize import load_script, timeline  # noqa: E402


def canonical(text: str) -> list[str]:
    """Lower-case word tokens with numbers as single digits ("fifty" -> "5 0", "4111" -> "4 1 1 1")."""
    from text_to_num import alpha2digit

    text = alpha2digit(text.replace("-", " "), "en")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
    text = re.sub(r"(?<=\d)[,.](?=\d)", "", text)  # 1,234 -> 1234
    text = re.sub(r"[@]", " at ", text)
    text = re.sub(r"(?<=[a-z])\.(?=[a-z])", " dot ", text)  # maria.gonzalez -> maria dot gonzalez
    text = re.sub(r"(\d)", r" \1 ", text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text).replace("'", "")
    return text.split()


def wer(ref: list[str], hyp: list[str]) -> float:
    """Word error rate of ``hyp`` against ``ref`` (edit distance over words)."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1] / max(1, len(ref))


def transcribe_channel(model: Any, samples: Any) -> list[tuple[str, float, float]]:
    """(word, start_s, end_s) for one channel."""
    segments, _ = model.transcribe(
        samples, language="en", vad_filter=True, word_timestamps=True, beam_size=5,
        condition_on_previous_text=False,
    )
    return [(w.word.strip(), w.start, w.end) for s in segments for w in (s.words or ()) if w.word.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("call_ids", nargs="*", help="only these calls (default: all)")
    parser.add_argument("--turns", action="store_true", help="print the worst-heard turns with their text")
    args = parser.parse_args()

    from faster_whisper import WhisperModel

    from audit.audio import load_audio
    from audit.models import whisper_base_dir

    folder, _ = whisper_base_dir()  # the packaged weights, joined once into a cache folder
    model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=2)
    print(f"{'call':32} {'layout':11} {'rate':>5} {'WER agent':>9} {'WER cust':>9} {'WER all':>8} {'worst turn':>10} {'bleed':>5}")
    totals = [0.0, 0]
    for path in sorted((HERE / "calls").glob("*.yaml")):
        script = load_script(path)
        if args.call_ids and script["call_id"] not in args.call_ids:
            continue
        audio_path = next((HERE / "audio").glob(f"{script['call_id']}.*"))
        audio = load_audio(audio_path)
        turns = timeline(script)["turns"]
        layout = script.get("channels", "agent_left")
        if layout == "mono":
            heard = {"all": transcribe_channel(model, audio.samples.mean(axis=0))}
            who = {"agent": "all", "customer": "all"}
        else:
            agent_ch = 0 if layout == "agent_left" else 1
            heard = {"agent": transcribe_channel(model, audio.samples[agent_ch]),
                     "customer": transcribe_channel(model, audio.samples[1 - agent_ch])}
            who = {"agent": "agent", "customer": "customer"}
        rates: dict[str, float] = {}
        bleed = 0
        for channel, words in heard.items():
            own = [t for t in turns if channel in ("all", t["speaker"])]
            if channel != "all":  # words heard only while the other party talks: crosstalk, not errors
                kept = [w for w in words if any(w[1] < t["end_s"] + 0.6 and w[2] > t["start_s"] - 0.6 for t in own)]
                bleed, words = bleed + len(words) - len(kept), kept
            ref = [w for t in own for w in canonical(t["text"])]
            hyp = canonical(" ".join(w for w, _, _ in words))
            rates[channel] = wer(ref, hyp)
            totals[0] += rates[channel] * len(ref)
            totals[1] += len(ref)
        worst: list[tuple[float, dict, str]] = []
        for turn in turns:
            words = heard[who[turn["speaker"]]]
            near = " ".join(w for w, s, e in words if s < turn["end_s"] + 0.6 and e > turn["start_s"] - 0.6)
            ref, hyp = canonical(turn["text"]), canonical(near)
            recall = sum(min(ref.count(w), hyp.count(w)) for w in set(ref)) / max(1, len(ref))
            worst.append((recall, turn, near))
        worst.sort(key=lambda x: x[0])
        if layout == "mono":
            cells = ["-", "-", f"{rates['all']:.1%}"]
        else:
            both = (rates["agent"] + rates["customer"]) / 2
            cells = [f"{rates['agent']:.1%}", f"{rates['customer']:.1%}", f"~{both:.1%}"]
        print(f"{script['call_id']:32} {layout:11} {script.get('sample_rate', 16000):>5} "
              f"{cells[0]:>9} {cells[1]:>9} {cells[2]:>8} {worst[0][0]:>10.0%} {bleed:>5}")
        if args.turns:
            for recall, turn, near in worst[:3]:
                if recall < 1.0:
                    print(f"    {recall:4.0%} {turn['speaker']:8} said: {turn['text']}\n{'':19}heard: {near}")
    print(f"overall word error rate: {totals[0] / max(1, totals[1]):.1%} over {totals[1]} script words")


if __name__ == "__main__":
    main()

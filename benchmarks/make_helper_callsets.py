"""Write the call-set calls that helper sessions wrote as data lists (benchmarks/callset/tr-*, bz-*, b3-* to b10-*).

Each list was written by hand by a helper session from a brief, without seeing any model,
check, training text or other call of the project:

- ``tr-`` (split ``tune``, 200 calls): ``tr_calls_q.py`` and ``tr_calls_v.py`` (companies whose
  names start with Q and V; tr-001 to tr-080), then ``tr_calls_d.py``, ``tr_calls_l.py`` and
  ``tr_calls_z.py`` (D, L, Z; 40 calls each, tr-081 to tr-200, tenth session). They exist
  because the blind split (``make_blind_callset.py``) showed that heads trained on one author's
  lines had learned that author's style; these give the heads five more authors (per file: 12
  discourteous, 14 courteous hard negatives, 7 discrimination risk, 7 benign trait mentions).
  They train the heads (models/train_heads.py).
- ``bz-`` (split ``blind2``, 60 calls): ``blind2_calls_k.py`` and ``blind2_calls_w.py`` (K and W;
  per file 9, 9, 6, 6 of the same kinds), written after the ``blind`` split had been read, and
  scored once, at the end of the session that added them (docs/checks.md); trained on since.
- ``b3-`` (split ``blind3``, 90 calls): ``blind3_calls_g.py``, ``blind3_calls_j.py`` and
  ``blind3_calls_y.py`` (G, J, Y; per file 9, 9, 6, 6 of the same kinds), written in the tenth
  session before the heads were retrained on the blind and blind2 calls, never trained on, and
  scored once, then read.
- ``b4-`` (split ``blind4``, 90 calls): ``blind4_calls_m.py``, ``blind4_calls_r.py`` and
  ``blind4_calls_t.py`` (M, R, T; the same brief as ``b3-``), ordered once blind3 had been read,
  to judge the rule changes that reading prompted (discrimination 2.5, courtesy 2.4); never
  trained on, scored once, then read.
- ``b5-`` (split ``blind5``, 90 calls): ``blind5_calls_p.py``, ``blind5_calls_s.py`` and
  ``blind5_calls_f.py`` (P, S, F; the same brief), ordered once blind4 had been read, to judge the
  courtesy head's call-level calibration; never trained on, not read before being scored.
- ``b6-`` (split ``blind6``, 120 calls): ``blind6_calls_b.py``, ``blind6_calls_c.py``,
  ``blind6_calls_e.py`` and ``blind6_calls_h.py`` (B, C, E, H; the same brief), ordered in the
  eleventh session before anything was changed, to judge heads retrained on blind3 to blind5 and
  discrimination 2.6; never trained on, not read before being scored.
- ``b7-`` (split ``blind7``, 120 calls): ``blind7_calls_i.py``, ``blind7_calls_n.py``,
  ``blind7_calls_o.py`` and ``blind7_calls_u.py`` (I, N, O, U; the same brief), ordered in the
  eleventh session after the shipped heads were scored on blind6 but before its errors were read,
  to judge whatever reading blind6 prompts; never trained on, not read before being scored.
- ``b8-`` (split ``blind8``, 120 calls): ``blind8_calls_a.py``, ``blind8_calls_x.py``,
  ``blind8_calls_q.py`` and ``blind8_calls_v.py`` (A, X, Q, V; the same brief; Q and V are new
  authors reusing the training files' company letters), ordered after the session's last change,
  to measure what is shipped; never trained on, not read before being scored.
- ``b9-`` (split ``blind9``, 120 calls): ``blind9_calls_k.py``, ``blind9_calls_w.py``,
  ``blind9_calls_m.py`` and ``blind9_calls_r.py`` (K, W, M, R; the same brief; four new authors
  reusing earlier company letters), ordered after blind8 was scored, to judge courtesy 2.5 (the
  call score combining its worst moments); never trained on, not read before being scored.
- ``b10-`` (split ``blind10``, 120 calls): ``blind10_calls_g.py``, ``blind10_calls_j.py``,
  ``blind10_calls_y.py`` and ``blind10_calls_t.py`` (G, J, Y, T; the same brief; four new
  authors), ordered after blind9 was scored, to judge discrimination 2.7 (the context gate);
  never trained on, not read before being scored.
- ``b11-`` (split ``blind11``, 120 calls): ``blind11_calls_d.py``, ``blind11_calls_l.py``,
  ``blind11_calls_p.py`` and ``blind11_calls_s.py`` (D, L, P, S; the same brief; four new
  authors), ordered at the start of the twelfth session, before anything was changed, to judge
  that session's change; never trained on, not read before being scored.
- ``b12-`` (split ``blind12``, 120 calls): ``blind12_calls_f.py``, ``blind12_calls_h.py``,
  ``blind12_calls_k.py`` and ``blind12_calls_n.py`` (F, H, K, N; the same brief; four new
  authors), ordered in the twelfth session after blind11 was scored, to judge the next change
  and give courtesy 2.6 a second unread figure; never trained on, not read before being scored.
- ``b13-`` (split ``blind13``, 120 calls): ``blind13_calls_b.py``, ``blind13_calls_c.py``,
  ``blind13_calls_e.py`` and ``blind13_calls_g.py`` (B, C, E, G; the same brief; four new
  authors), ordered in the twelfth session after blind12 was scored, to judge the next change
  and give the shipped checks a third unread figure; never trained on, not read before being scored.
- ``b14-`` (split ``blind14``, 120 calls): ``blind14_calls_i.py``, ``blind14_calls_o.py``,
  ``blind14_calls_u.py`` and ``blind14_calls_x.py`` (I, O, U, X; the same brief; four new
  authors), ordered at the start of the thirteenth session, before anything was changed, to judge
  that session's change; never trained on, not read before being scored.
- ``b15-`` (split ``blind15``, 120 calls): ``blind15_calls_j.py``, ``blind15_calls_m.py``,
  ``blind15_calls_r.py`` and ``blind15_calls_t.py`` (J, M, R, T; the same brief; four new
  authors), ordered in the thirteenth session after blind14 was scored, to judge courtesy 2.7 and
  give the shipped checks a fifth unread figure; never trained on, not read before being scored.
- ``b16-`` (split ``blind16``, 120 calls): ``blind16_calls_a.py``, ``blind16_calls_k.py``,
  ``blind16_calls_w.py`` and ``blind16_calls_y.py`` (A, K, W, Y; the same brief; four new
  authors), ordered in the thirteenth session after blind15 was scored, to judge a courtesy head
  retrained with blind11 to blind15; never trained on, not read before being scored.
- ``b17-`` (split ``blind17``, 120 calls): ``blind17_calls_d.py``, ``blind17_calls_h.py``,
  ``blind17_calls_q.py`` and ``blind17_calls_v.py`` (D, H, Q, V; the same brief; four new
  authors), ordered in the fourteenth session after blind16 was scored, to judge courtesy 2.9 and
  give the shipped checks a seventh unread figure; never trained on, not read before being scored.
- ``b18-`` (split ``blind18``, 120 calls): ``blind18_calls_c.py``, ``blind18_calls_l.py``,
  ``blind18_calls_p.py`` and ``blind18_calls_z.py`` (C, L, P, Z; the same brief; four new
  authors), ordered at the start of the fifteenth session, before anything was changed, to judge
  that session's candidate and give the shipped checks an eighth unread figure; never trained on,
  not read before being scored.
- ``b19-`` (split ``blind19``, 120 calls): ``blind19_calls_b.py``, ``blind19_calls_f.py``,
  ``blind19_calls_s.py`` and ``blind19_calls_w.py`` (B, F, S, W; the same brief; four new
  authors), ordered in the fifteenth session after courtesy 3.0 was adopted on blind18, to give it
  a third unread figure; never trained on, not read before being scored.
- ``b20-`` (split ``blind20``, 120 calls): ``blind20_calls_e.py``, ``blind20_calls_j.py``,
  ``blind20_calls_n.py`` and ``blind20_calls_u.py`` (E, J, N, U; four new authors; the brief as
  reconstructed in ``blind_brief.md``), ordered at the start of the sixteenth session, before
  anything was changed, to judge that session's change; never trained on, not read before being scored.
- ``b21-`` (split ``blind21``, 120 calls): ``blind21_calls_i.py``, ``blind21_calls_o.py``,
  ``blind21_calls_x.py`` and ``blind21_calls_z.py`` (I, O, X, Z; four new authors; ``blind_brief.md``),
  ordered at the start of the seventeenth session, before anything was changed, to judge that
  session's change; never trained on, not read before being scored.

    .venv/bin/python benchmarks/make_helper_callsets.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "callset"
# prefix -> (data files, split)
SETS = {"tr": (("tr_calls_q.py", "tr_calls_v.py", "tr_calls_d.py", "tr_calls_l.py", "tr_calls_z.py"), "tune"),
        "bz": (("blind2_calls_k.py", "blind2_calls_w.py"), "blind2"),
        "b3": (("blind3_calls_g.py", "blind3_calls_j.py", "blind3_calls_y.py"), "blind3"),
        "b4": (("blind4_calls_m.py", "blind4_calls_r.py", "blind4_calls_t.py"), "blind4"),
        "b5": (("blind5_calls_p.py", "blind5_calls_s.py", "blind5_calls_f.py"), "blind5"),
        "b6": (("blind6_calls_b.py", "blind6_calls_c.py", "blind6_calls_e.py", "blind6_calls_h.py"), "blind6"),
        "b7": (("blind7_calls_i.py", "blind7_calls_n.py", "blind7_calls_o.py", "blind7_calls_u.py"), "blind7"),
        "b8": (("blind8_calls_a.py", "blind8_calls_x.py", "blind8_calls_q.py", "blind8_calls_v.py"), "blind8"),
        "b9": (("blind9_calls_k.py", "blind9_calls_w.py", "blind9_calls_m.py", "blind9_calls_r.py"), "blind9"),
        "b10": (("blind10_calls_g.py", "blind10_calls_j.py", "blind10_calls_y.py", "blind10_calls_t.py"), "blind10"),
        "b11": (("blind11_calls_d.py", "blind11_calls_l.py", "blind11_calls_p.py", "blind11_calls_s.py"), "blind11"),
        "b12": (("blind12_calls_f.py", "blind12_calls_h.py", "blind12_calls_k.py", "blind12_calls_n.py"), "blind12"),
        "b13": (("blind13_calls_b.py", "blind13_calls_c.py", "blind13_calls_e.py", "blind13_calls_g.py"), "blind13"),
        "b14": (("blind14_calls_i.py", "blind14_calls_o.py", "blind14_calls_u.py", "blind14_calls_x.py"), "blind14"),
        "b15": (("blind15_calls_j.py", "blind15_calls_m.py", "blind15_calls_r.py", "blind15_calls_t.py"), "blind15"),
        "b16": (("blind16_calls_a.py", "blind16_calls_k.py", "blind16_calls_w.py", "blind16_calls_y.py"), "blind16"),
        "b17": (("blind17_calls_d.py", "blind17_calls_h.py", "blind17_calls_q.py", "blind17_calls_v.py"), "blind17"),
        "b18": (("blind18_calls_c.py", "blind18_calls_l.py", "blind18_calls_p.py", "blind18_calls_z.py"), "blind18"),
        "b19": (("blind19_calls_b.py", "blind19_calls_f.py", "blind19_calls_s.py", "blind19_calls_w.py"), "blind19"),
        "b20": (("blind20_calls_e.py", "blind20_calls_j.py", "blind20_calls_n.py", "blind20_calls_u.py"), "blind20"),
        "b21": (("blind21_calls_i.py", "blind21_calls_o.py", "blind21_calls_x.py", "blind21_calls_z.py"), "blind21")}


def load(name: str) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), HERE / name)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.CALLS


def script(prefix: str, split: str, index: int, call: dict[str, Any]) -> dict[str, Any]:
    turns = []
    for speaker, text, *overlap in call["turns"]:
        turn: dict[str, Any] = {"speaker": speaker, "text": text}
        if overlap:
            turn["overlap"] = float(overlap[0])
        turns.append(turn)
    out: dict[str, Any] = {
        "call_id": f"{prefix}-{index:03d}-{call['slug']}",
        "split": split,
        "channels": "agent_left",
        "customer_region": call["region"],
        "sample_rate": 16000,
        "format": "flac",
        "scenario": call["slug"],
        "labels": {"disclosure": "missing", "courtesy": call["courtesy"], "discrimination": call["discrimination"],
                   "inaccurate": False},
        "turns": turns,
    }
    if call["flags"]:
        out["flag_turns"] = call["flags"]
    return out


def main() -> None:
    for prefix, (sources, split) in SETS.items():
        for old in OUT.glob(f"{prefix}-*.yaml"):
            old.unlink()
        calls = [c for name in sources for c in load(name)]
        for i, call in enumerate(calls, start=1):
            s = script(prefix, split, i, call)
            (OUT / f"{s['call_id']}.yaml").write_text(yaml.safe_dump(s, sort_keys=False, width=140), encoding="utf-8")
        print(f"wrote {len(calls)} {prefix}- calls ({split}) to {OUT}")


if __name__ == "__main__":
    main()

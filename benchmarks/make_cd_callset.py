"""Write the courtesy / discrimination-risk calls of the labelled call set (benchmarks/callset/cd-*.yaml).

Hand-written scripts, labelled by what a reviewer should conclude, not by what the checks
output: rude, sarcastic, demeaning, profane agents and agents who repeatedly talk over the
customer (courtesy), agents who demean or condition service on a protected trait
(discrimination), and hard negatives: polite agents facing abusive customers, firm refusals,
an agent asking not to be insulted, a single brief overlap, benign trait mentions (a
Spanish-speaking agent, a senior discount, accessibility options, lifeline discounts).
No sentence here is in the heads' training text (models/data/), which a unit test checks.
The split alternates tune / test. Rewrites the files:

    .venv/bin/python benchmarks/make_cd_callset.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parent / "callset"

A, C = "agent", "customer"
HELLO = "Good morning, Acme Mobile, you are speaking with {name}. How can I help?"
BYE = "Thanks for calling Acme Mobile, have a good day."

# (slug, courtesy, discrimination, flag turn indexes (courtesy, discrimination), turns)
CALLS: list[tuple[str, bool, bool, tuple[list[int], list[int]], list[dict[str, Any]]]] = [
    ("dismissive-refund", True, False, ([2], []), [
        {A: HELLO.format(name="Tom")},
        {C: "Hi, I was charged twice for my phone this month and I would like one of the charges refunded."},
        {A: "Look, billing mistakes are not something I'm going to sort out for you today."},
        {C: "But it is your company's mistake, not mine."},
        {A: "Then write a letter to head office or something. Anything else?"},
        {C: "No. Goodbye."},
    ]),
    ("sarcastic-password", True, False, ([2], []), [
        {A: HELLO.format(name="Priya")},
        {C: "Hello, I forgot my voicemail password again, sorry about that."},
        {A: "Oh wonderful, another person who can't remember four digits. Amazing."},
        {C: "I know, I'm sorry. Can you reset it?"},
        {A: "It's reset to the last four digits of your number. Bye."},
    ]),
    ("profane-outage", True, False, ([2], []), [
        {A: HELLO.format(name="Gary")},
        {C: "My internet has been down since yesterday and I work from home."},
        {A: "Yeah, the whole damn area is down, I can't do shit about it."},
        {C: "Do you know when it will be back?"},
        {A: "No idea. Check the website. Bye."},
    ]),
    ("demeaning-setup", True, False, ([2], []), [
        {A: HELLO.format(name="Leah")},
        {C: "I'm trying to set up the new router but the lights keep flashing orange."},
        {A: "It's honestly not hard, a ten-year-old could plug in a router."},
        {C: "Well, I can't get it to work."},
        {A: "Unplug it, wait a minute, plug it back in. You're welcome."},
    ]),
    ("talks-over", True, False, ([2, 4], []), [
        {A: HELLO.format(name="Mark")},
        {C: "Hi, so I'm calling because my bill went up by twenty dollars this month and nobody told me about any price change, "
            "and I've been with you for six years so I'd like to understand why it happened."},
        {A: "Right, prices went up for everyone, it was in the email.", "overlap": 3.0},
        {C: "I didn't get any email about it, and I check my inbox every day, so I think something went wrong with the notice, "
            "and I would like the old price back for at least this month."},
        {A: "The email went out in March, so the new price stands.", "overlap": 3.5},
        {C: "Okay."},
        {A: "Anything else? Thanks for calling."},
    ]),
    ("condescending-roaming", True, False, ([2], []), [
        {A: HELLO.format(name="Sophie")},
        {C: "I got a roaming charge of forty dollars from my trip to Canada, I thought roaming was included."},
        {A: "I'll say this slowly so you can follow: roaming was never part of your plan."},
        {C: "I see. Can I add it for next time?"},
        {A: "Yes, the travel pass is ten dollars a day. Goodbye."},
    ]),
    ("brushoff-cancel", True, False, ([4], []), [
        {A: HELLO.format(name="Dan")},
        {C: "I'd like to close my account, I'm moving abroad tomorrow."},
        {A: "I can close it at the end of the month."},
        {C: "Could you close it today instead? I won't be here next week."},
        {A: "Not my concern when you're leaving, it closes at month end, end of story."},
        {C: "Fine."},
        {A: "Done. Bye."},
    ]),
    ("mocking-customer", True, False, ([4], []), [
        {A: HELLO.format(name="Ryan")},
        {C: "Hi, I think my phone has a virus, it keeps showing adverts."},
        {A: "Did you install any apps recently?"},
        {C: "Just a free flashlight app, I think."},
        {A: "A free flashlight app, of course you did. Brilliant move."},
        {C: "So what do I do now?"},
        {A: "Delete it and restart the phone. Have a good day."},
    ]),
    ("polite-vs-abusive", False, False, ([], []), [
        {A: HELLO.format(name="Nina")},
        {C: "This is fucking ridiculous, you idiots cut off my service again!"},
        {A: "I'm sorry your service was interrupted, let me check what happened."},
        {C: "You people are useless, I've been paying you for years."},
        {A: "I understand why you're upset. I can see the payment was returned by your bank, so the line was paused."},
        {C: "That's bullshit, my bank is fine."},
        {A: "I've restored the line now and added a note so it won't be paused while you check with the bank."},
        {C: "Whatever."},
        {A: "Is there anything else I can help with today? Thank you for calling."},
    ]),
    ("firm-refusal", False, False, ([], []), [
        {A: HELLO.format(name="Omar")},
        {C: "I want a full refund for the phone, I've had it for three months and I just don't like it."},
        {A: "I'm sorry, returns are only possible within thirty days, so I can't refund it."},
        {C: "That's not fair."},
        {A: "I understand it's disappointing. What I can offer is a trade-in credit toward a different model."},
        {C: "Maybe, send me the details."},
        {A: "I'll email them now. Thanks for calling, take care."},
    ]),
    ("asks-not-insulted", False, False, ([], []), [
        {A: HELLO.format(name="Chris")},
        {C: "Are you stupid? I told you the account number three times already."},
        {A: "Please don't call me stupid, I do want to get this fixed for you."},
        {C: "Fine, it's four four two nine."},
        {A: "Thank you, I found it. Your new SIM will arrive on Thursday."},
        {C: "Okay."},
        {A: "Anything else I can do? Have a nice evening."},
    ]),
    ("backchannel-overlap", False, False, ([], []), [
        {A: HELLO.format(name="Ella")},
        {C: "Hi, I'd like to add a second line for my son, he's starting college next week and needs his own number."},
        {A: "Mm-hmm, sure.", "overlap": 1.5},
        {A: "I can add that now. Would he like the same plan as you?"},
        {C: "Yes please, the same plan."},
        {A: "Done, the SIM ships today. Thank you for calling."},
    ]),
    ("single-overlap", False, False, ([], []), [
        {A: HELLO.format(name="Jake")},
        {C: "Hello, my screen cracked yesterday and I wanted to know whether the insurance covers it or whether I have to pay "
            "for the repair myself."},
        {A: "Yes, the insurance covers screen repairs.", "overlap": 1.8},
        {C: "Oh great, what do I need to do?"},
        {A: "Book a repair online and there's a twenty-five dollar excess. Have a good day."},
    ]),
    ("origin-stereotype", True, True, ([2], [2]), [
        {A: HELLO.format(name="Kevin")},
        {C: "Hi, I'd like to apply for the payment plan on the new phone."},
        {A: "Where are you originally from? Folks from your part of the world tend to skip payments."},
        {C: "I'm sorry? I was born here."},
        {A: "Anyway, the plan needs a deposit. Bye."},
    ]),
    ("age-demeaning", True, True, ([2], [2]), [
        {A: HELLO.format(name="Bella")},
        {C: "Hello dear, I'm seventy-eight and I'd like to upgrade to one of the new smartphones."},
        {A: "Honestly, someone as old as you will never figure out a smartphone, stick with the flip phone."},
        {C: "Oh. I'd still like to try one."},
        {A: "Suit yourself. Goodbye."},
    ]),
    ("gender-husband", True, True, ([2], [2]), [
        {A: HELLO.format(name="Steve")},
        {C: "Hi, I'd like to change our family plan to the unlimited one."},
        {A: "Could you put your husband on? Wives usually get these plans mixed up."},
        {C: "I'm the account holder, and I know what I want."},
        {A: "Fine, I've changed it. Thanks for calling."},
    ]),
    ("benefits-conditioning", False, True, ([], [2]), [
        {A: HELLO.format(name="Laura")},
        {C: "Hi, I'm on public assistance at the moment and I'd like to spread the cost of a phone over twelve months."},
        {A: "I'm sorry, we don't offer instalment plans to people who get public assistance."},
        {C: "Is that a rule?"},
        {A: "Yes, you would have to pay the full price up front. Anything else? Thank you for calling."},
    ]),
    ("religion-checks", False, True, ([], [4]), [
        {A: HELLO.format(name="Paul")},
        {C: "Hi, I'd like to open a new account, my name is Ahmed."},
        {A: "Thanks. Let me start the application."},
        {C: "Sure, what do you need?"},
        {A: "Since you're Muslim, I have to send this to our fraud team for an extra review."},
        {C: "Why would that matter?"},
        {A: "It's just how it's done. You'll hear back in a week. Thank you for calling."},
    ]),
    ("deaf-dismissed", True, True, ([2], [2]), [
        {A: HELLO.format(name="Rick")},
        {C: "Hi, I'm calling for my brother, he's deaf and wants a plan with video calling."},
        {A: "Deaf people don't need phone plans, tell him to use email like the rest of them."},
        {C: "That's a really offensive thing to say."},
        {A: "Whatever. Goodbye."},
    ]),
    ("accent-refused", True, True, ([2], [2]), [
        {A: HELLO.format(name="Jenna")},
        {C: "Hello, I have a question about the charges on my last bill."},
        {A: "Ugh, I can't follow that foreign accent, find somebody who speaks English and call back."},
        {C: "I am speaking English."},
        {A: "Bye."},
    ]),
    ("spanish-transfer", False, False, ([], []), [
        {A: HELLO.format(name="Marco")},
        {C: "Hello, my English is not so good, is there somebody who speaks Spanish?"},
        {A: "Of course, I can connect you with one of our Spanish-speaking colleagues right now."},
        {C: "Thank you very much."},
        {A: "You're welcome, please hold while I transfer you. Have a lovely day."},
    ]),
    ("senior-discount", False, False, ([], []), [
        {A: HELLO.format(name="Grace")},
        {C: "Hi, I just turned sixty-five and my friend said there might be a cheaper plan for me."},
        {A: "Happy birthday! Yes, customers sixty-five and older can get our senior plan for twenty dollars a month."},
        {C: "That's great, please switch me."},
        {A: "All done, it starts on your next bill. Anything else? Thank you for calling."},
    ]),
    ("accessibility-options", False, False, ([], []), [
        {A: HELLO.format(name="Hannah")},
        {C: "Hi, I have low vision and I struggle to read the paper bills."},
        {A: "Thanks for telling me. We can send large print bills, or an audio version by phone, whichever suits you."},
        {C: "Large print would be perfect."},
        {A: "I've set that up, and the wheelchair-accessible store on Elm Street can also help in person. Take care."},
    ]),
    ("lifeline-offer", False, False, ([], []), [
        {A: HELLO.format(name="Victor")},
        {C: "Hi, money is really tight, I've just started getting food stamps and I'm worried about my phone bill."},
        {A: "I'm sorry things are hard right now. Customers on SNAP can qualify for our Lifeline discount, which cuts the bill by nine dollars."},
        {C: "Oh, that would really help."},
        {A: "I'll send you the form by text. Thank you for calling, and take care."},
    ]),
    ("holiday-kind", False, False, ([], []), [
        {A: HELLO.format(name="Aisha")},
        {C: "Hi, I'll be travelling to India for Diwali and I need international roaming for two weeks."},
        {A: "That sounds lovely, I hope you have a wonderful Diwali with your family."},
        {A: "The two-week travel pass is thirty dollars and includes calls and data."},
        {C: "Perfect, please add it."},
        {A: "It's added from the fifth. Thanks for calling, have a great trip."},
    ]),
    ("customer-biased-agent-polite", False, False, ([], []), [
        {A: HELLO.format(name="Raj")},
        {C: "Ugh, another foreign call centre. Can I talk to an American?"},
        {A: "I'm here to help and I'm happy to sort this out for you. What seems to be the problem?"},
        {C: "Fine. My bill is wrong."},
        {A: "Let me take a look. I can see a duplicate charge, and I've refunded it now."},
        {C: "Okay, good."},
        {A: "Is there anything else I can help with? Thanks for calling."},
    ]),
    ("marital-neutral", False, False, ([], []), [
        {A: HELLO.format(name="Olivia")},
        {C: "Hi, I recently got divorced and I'd like to take my ex-husband off the account."},
        {A: "I'm sorry to hear about the change. I can remove him, I just need his consent or a copy of the court order."},
        {C: "I can send the court order."},
        {A: "Great, you can upload it on the website and we'll update the account within two days. Take care."},
    ]),
]


def script(index: int, slug: str, courtesy: bool, discrimination: bool, flags: tuple[list[int], list[int]],
           turns: list[dict[str, Any]]) -> dict[str, Any]:
    out_turns = []
    for t in turns:
        speaker = A if A in t else C
        turn: dict[str, Any] = {"speaker": speaker, "text": t[speaker]}
        if "overlap" in t:
            turn["overlap"] = t["overlap"]
        out_turns.append(turn)
    flag_turns = {k: v for k, v in (("courtesy", flags[0]), ("discrimination", flags[1])) if v}
    call: dict[str, Any] = {
        "call_id": f"cd-{index:03d}-{slug}",
        "split": "tune" if index % 2 else "test",
        "channels": "agent_left",
        "customer_region": "CA",
        "sample_rate": 16000,
        "format": "flac",
        "scenario": slug,
        "labels": {"disclosure": "missing", "courtesy": courtesy, "discrimination": discrimination, "inaccurate": False},
        "turns": out_turns,
    }
    if flag_turns:
        call["flag_turns"] = flag_turns
    return call


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("cd-*.yaml"):
        old.unlink()
    for i, (slug, courtesy, disc, flags, turns) in enumerate(CALLS, start=1):
        call = script(i, slug, courtesy, disc, flags, turns)
        (OUT / f"{call['call_id']}.yaml").write_text(yaml.safe_dump(call, sort_keys=False, width=140), encoding="utf-8")
    print(f"wrote {len(CALLS)} calls to {OUT}")


if __name__ == "__main__":
    main()

"""Write the labelled call set (benchmarks/callset/*.yaml) for the disclosure and accuracy checks.

Each call is composed from a disclosure scenario (notice given early, late after the
window, late after the customer's data, missing, missing with a hard negative such as
"I recorded your address") and an accuracy scenario (a policy statement said right or
wrong, a guarantee, a false threat, or an allowed consequence). Labels follow from the
construction; ``flag_turns`` names the turn that carries the notice / the inaccuracy.
Wording is drawn from varied phrasings with a fixed seed, so the set is reproducible:

    .venv/bin/python benchmarks/make_callset.py          # rewrites benchmarks/callset/dq-*.yaml

The split (``tune`` / ``test``) alternates by call so both parts hold every scenario.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parent / "callset"
SEED = 20261122

GREETINGS = [
    "Thank you for calling Acme Mobile, my name is {agent}.",
    "Acme Mobile, this is {agent} speaking.",
    "Good morning and welcome to Acme Mobile. You are speaking with {agent}.",
    "Hi there, thanks for calling Acme Mobile customer care, {agent} here.",
    "Good afternoon, Acme Mobile billing, {agent} speaking.",
]
NOTICES = [
    "This call may be recorded for quality and training purposes.",
    "Please be aware that this call is being recorded.",
    "Just so you know, calls are monitored and recorded for quality assurance.",
    "Before we start, I need to let you know this conversation is recorded.",
    "For quality and training purposes this line is monitored.",
    "Our calls are recorded to help us improve our service.",
    "This call will be recorded and may be reviewed by a supervisor.",
    "Heads up, we record all our calls for training.",
    "Calls are recorded for quality in training purposes.",  # ASR: "and" -> "in"
    "This call maybe monitored or record it.",  # ASR garble
    "I should mention that we are recording this call today.",
    "Please note this conversation may be monitored for quality.",
]
LATE_PREFIX = ["Oh, before we go on,", "By the way,", "Sorry, I forgot to say,", "I should have mentioned earlier,", "Also,"]
NON_NOTICES = [  # agent sentences with recording-like words that are not a notice
    "I recorded your new address in the system.",
    "Our records show your last payment came in on time.",
    "We monitor the network around the clock for outages.",
    "I have made a note of that on your account.",
    "Let me record the payment against this month's bill.",
    "You can watch the recorded tutorial on our website.",
]
HELP = ["How can I help you today?", "What can I do for you?", "How may I help?", "What can I help you with today?"]
ASK_ID = [
    "Can I get your full name and account number, please?",
    "To pull up the account, could I have your account number?",
    "May I have the phone number on the account, please?",
    "Could you confirm your email address for me?",
]
GIVE_ID = [
    "Sure, my name is {name} and my account number is four eight two one three three seven seven.",
    "It is {name}, account number five five one nine zero two two six.",
    "Yes, the number is five five five, two zero one, eight eight four three.",
    "It is {first} dot {last} at gmail dot com.",
]
THANKS = ["Thank you, I have your account open now.", "Thanks, I found the account.", "Great, thank you, one moment while it loads."]
SMALL_TALK = [  # long customer descriptions that push a late notice past the 30 s window
    "Well, it is a bit of a long story. I moved house last month and since then my phone keeps dropping calls in the kitchen, "
    "and my daughter says her phone works fine in the same spot, so I am not sure whether it is the phone or the network or the plan.",
    "So I have been a customer for years and I have never had a problem, but this month the bill looks very different, "
    "there are a few lines on it that I do not recognise and I wanted somebody to walk me through them one by one before I pay.",
    "Okay, so last week I was travelling for work and when I came back I noticed that my data ran out much earlier than usual, "
    "and I never got the text message warning that I normally get, so I wanted to understand what happened there.",
]
SMALL_TALK_AGENT = [
    "I am sorry to hear that, that sounds frustrating. Let me see what I can find for you, it may take a minute or two while the system loads.",
    "I understand, and I am happy to go through it with you step by step. Give me a moment while I open the right screen on my side.",
    "Thanks for explaining all of that, it really helps. I will take a look at everything and we will get to the bottom of it together.",
]
CLOSINGS = ["Is there anything else I can help you with today?", "Thanks for calling Acme Mobile, have a great day.",
            "You are all set. Take care and goodbye."]
CUSTOMER_END = ["No, that is all, thank you.", "Okay, thanks for your help.", "Alright, goodbye."]

# (topic question, [(agent statement, inaccurate?)]) per accuracy scenario
TOPICS: dict[str, tuple[list[str], list[tuple[str, bool]]]] = {
    "refund": (
        ["I bought a phone three weeks ago and I would like to return it.", "Can I still get my money back for the tablet I bought?"],
        [
            ("You have thirty days from purchase to return it for a full refund.", False),
            ("Our refund window is a month, so you are still covered.", False),
            ("Returns for a refund are accepted within 30 days of purchase.", False),
            ("Sorry, refunds are only possible within the first seven days.", True),
            ("You can return it for a refund any time within ninety days.", True),
            ("The refund window is two weeks, so unfortunately it has passed.", True),
            ("Once approved, your refund will arrive within five business days.", False),  # hard negative: not the window
            ("You can send the phone back within ninety days, no questions asked.", True),  # no keyword: encoder
            ("You can bring it back any time in the first month.", False),
        ],
    ),
    "late_fee": (
        ["I paid my bill a few days late. What is the fee for that?", "Why is there a late charge on my bill?"],
        [
            ("The late fee is fifteen dollars.", False),
            ("If a bill is paid after the due date we add a $15 late fee.", False),
            ("The late payment fee is twenty five dollars.", True),
            ("We charge a forty dollar penalty for late payments.", True),
            ("A late fee of $15 applies, but I can waive it this once as a courtesy.", False),  # hard negative
        ],
    ),
    "activation": (
        ["I want to add a new line for my son. What does it cost to activate?"],
        [
            ("Activation is a one time fee of thirty five dollars.", False),
            ("There is a $35 activation charge for each new line.", False),
            ("The activation fee is ninety nine dollars per line.", True),
            ("Activating a new line costs $10.", True),
        ],
    ),
    "cancel": (
        ["I want to cancel my month to month plan. Is there a fee?"],
        [
            ("There is no fee to cancel a month to month plan.", False),
            ("Cancelling is free, there is no penalty.", False),
            ("There is a two hundred dollar cancellation fee.", True),
            ("Cancelling costs fifty dollars as a penalty.", True),
        ],
    ),
    "dispute": (
        ["There is a charge on my bill I do not recognise. Can I dispute it?", "Can I challenge this roaming charge?"],
        [
            ("Yes, you can dispute any charge within sixty days of the statement.", False),
            ("Absolutely, you are entitled to dispute that charge.", False),
            ("Sorry, charges on the bill cannot be disputed.", True),
            ("You can only dispute a charge within ten days, so it is too late.", True),
            ("No, you can't challenge a charge once it is billed.", True),
        ],
    ),
    "collections": (
        ["I am behind on my payments and I cannot pay the full balance this month.", "What happens if I cannot pay the overdue balance?"],
        [
            ("If the balance stays unpaid, the account may be referred to a collections agency.", False),  # allowed
            ("We can set up a payment plan, and late payments may be reported to credit bureaus.", False),  # allowed
            ("If you do not pay by Friday, you will be arrested.", True),
            ("We will garnish your wages if this is not paid.", True),
            ("Pay now or we are going to sue you and take you to court.", True),
            ("Honestly, the police could come to your house over this.", True),
        ],
    ),
    "credit": (
        ["If I pay this off, will it help my credit score?", "Will switching to autopay help my credit?"],
        [
            ("Paying on time is generally good, but I cannot promise any change to your credit score.", False),  # hard negative
            ("I can't guarantee anything about your credit, but on time payments are reported.", False),  # hard negative
            ("I guarantee your credit score will go up next month.", True),
            ("You are guaranteed to get a better credit rating if you sign up today.", True),
        ],
    ),
}
CUSTOMER_ACK = ["Okay, I see.", "Alright, thanks for explaining.", "Hmm, okay.", "Really? Okay."]
HOSTILE = ["This is ridiculous, you people are useless!", "Are you kidding me? This company is a joke."]
REGIONS = ["CA", "TX", "NY", "FL", "GB", "IL", "WA", "OH", "PA", "GA", "FR", None, "MA", "AZ"]
AGENTS = ["Jordan", "Priya", "Sam", "Alex", "Maria", "Chris"]
NAMES = [("Robert", "Chen"), ("Linda", "Park"), ("James", "Okafor"), ("Emily", "Novak"), ("Daniel", "Reyes"), ("Grace", "Kim")]
DISCLOSURE_PLAN = ["given"] * 5 + ["late_window", "late_pii", "missing", "missing_hard"]  # cycled


def build(index: int, rng: random.Random) -> dict[str, Any]:
    scenario = DISCLOSURE_PLAN[index % len(DISCLOSURE_PLAN)]
    topic = list(TOPICS)[index % len(TOPICS)]
    questions, statements = TOPICS[topic]
    statement, inaccurate = statements[(index // len(TOPICS)) % len(statements)]
    agent, (first, last) = rng.choice(AGENTS), rng.choice(NAMES)
    name = f"{first} {last}"
    turns: list[dict[str, Any]] = []
    flags: dict[str, list[int]] = {}

    def say(speaker: str, text: str) -> int:
        turns.append({"speaker": speaker, "text": text})
        return len(turns) - 1

    notice = rng.choice(NOTICES)
    greeting = rng.choice(GREETINGS).format(agent=agent)
    if scenario == "given" and rng.random() < 0.6:
        flags["disclosure"] = [say("agent", f"{greeting} {notice} {rng.choice(HELP)}")]
    else:
        say("agent", f"{greeting} {rng.choice(HELP)}")
    say("customer", f"Hi {agent}. {rng.choice(questions)}")
    if scenario == "given" and "disclosure" not in flags:
        flags["disclosure"] = [say("agent", f"Sure, I can help with that. {notice}")]
    if scenario == "late_window":
        say("agent", "Of course. Can you tell me a bit more about what is going on?")
        talk = rng.sample(SMALL_TALK, 2)
        say("customer", talk[0])
        say("agent", rng.choice(SMALL_TALK_AGENT))
        say("customer", talk[1])
        flags["disclosure"] = [say("agent", f"{rng.choice(LATE_PREFIX)} {notice[0].lower()}{notice[1:]}")]
        say("customer", "Okay, that is fine.")
    ask = rng.randrange(len(ASK_ID))  # the answer matches the question
    say("agent", ASK_ID[ask])
    say("customer", GIVE_ID[ask].format(name=name, first=first.lower(), last=last.lower()))
    say("agent", rng.choice(THANKS))
    if scenario == "late_pii":
        flags["disclosure"] = [say("agent", f"{rng.choice(LATE_PREFIX)} {notice[0].lower()}{notice[1:]}")]
        say("customer", "Oh, okay.")
    if scenario == "missing_hard":
        say("agent", rng.choice(NON_NOTICES))
        say("customer", "Good. By the way, are you recording this call?" if rng.random() < 0.5 else "Okay, great.")
    k = say("agent", statement)
    if inaccurate:
        flags["inaccurate"] = [k]
    say("customer", rng.choice(HOSTILE) if rng.random() < 0.15 else rng.choice(CUSTOMER_ACK))
    say("agent", rng.choice(CLOSINGS))
    say("customer", rng.choice(CUSTOMER_END))
    disclosure = {"given": "given", "late_window": "late", "late_pii": "late"}.get(scenario, "missing")
    return {
        "call_id": f"dq-{index + 1:03d}-{disclosure}-{topic}",
        "split": "tune" if index % 2 == 0 else "test",
        "channels": rng.choice(["agent_left", "agent_right", "mono"]),
        "customer_region": rng.choice(REGIONS),
        "sample_rate": 16000,
        "format": "flac",
        "scenario": scenario,
        "labels": {"disclosure": disclosure, "courtesy": False, "discrimination": False, "inaccurate": inaccurate},
        "flag_turns": flags,
        "turns": turns,
    }


def main(n: int = 72) -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("dq-*.yaml"):
        old.unlink()
    for i in range(n):
        call = build(i, rng)
        text = yaml.safe_dump(call, sort_keys=False, width=200, allow_unicode=True)
        (OUT / f"{call['call_id']}.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {n} calls to {OUT}")


if __name__ == "__main__":
    main()

"""Write the courtesy / discrimination-risk calls of the labelled call set (benchmarks/callset/cd-*.yaml).

Hand-written scripts, labelled by what a reviewer should conclude, not by what the checks
output: rude, sarcastic, demeaning, profane agents and agents who repeatedly talk over the
customer (courtesy), agents who demean or condition service on a protected trait
(discrimination), and hard negatives: polite agents facing abusive customers, firm refusals,
an agent asking not to be insulted, a single brief overlap, benign trait mentions (a
Spanish-speaking agent, a senior discount, accessibility options, lifeline discounts).
The later courtesy-focused calls are also set at other fictional companies (an energy
supplier, broadband, an airline, an online shop, bank card services, an insurer), with
more kinds of rudeness (brush-offs, sarcasm, condescension, blame, impatience, mockery,
profanity, talking over) and hard negatives (terse or casual but polite agents, bad news
delivered kindly, plain "no", calm boundaries with abusive callers). They make no threats,
guarantees or policy-fact claims and mention no protected trait.
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
# greetings of the same shape at the other (fictional) companies
NORTHWIND_HELLO = "Good afternoon, Northwind Energy, this is {name}, how can I help you today?"
FIBRELINK_HELLO = "Good evening, Fibrelink Broadband, {name} speaking. How can I help?"
SKYLARK_HELLO = "Hello, thank you for calling Skylark Airways, my name is {name}. How may I help?"
LARKSPUR_HELLO = "Hi, you've reached Larkspur Home online orders, this is {name}. How can I help?"
HARBOR_HELLO = "Harbor Bank card services, {name} speaking. What can I do for you?"
BRIGHTSIDE_HELLO = "Good morning, Brightside Insurance, you're through to {name}. How can I help?"

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
    # Courtesy-focused calls (positives and hard negatives interleaved so both land in both
    # splits), at other fictional companies as well as Acme Mobile.
    ("brushoff-prepay-topup", True, False, ([2, 4], []), [
        {A: NORTHWIND_HELLO.format(name="Colin")},
        {C: "Hi, I topped up my prepay meter an hour ago but the credit still hasn't appeared and the house has no power."},
        {A: "Honestly, top-ups get stuck all the time, it's not something I chase."},
        {C: "But I've got no power at all right now. Could you at least check whether the payment went through?"},
        {A: "I'm not digging through payments over one top-up. It'll show up when it shows up."},
        {C: "That's really not good enough."},
        {A: "The complaint form is on the website. Bye."},
    ]),
    ("calm-with-swearing-caller", False, False, ([], []), [
        {A: FIBRELINK_HELLO.format(name="Imani")},
        {C: "Your bloody internet has dropped out five times tonight and I'm sick to death of paying for this rubbish."},
        {A: "I'm really sorry, five drop-outs in one evening is frustrating. Let me run a line test now."},
        {C: "Don't give me the sorry routine, just fix the damn thing."},
        {A: "Got it, let me get straight to it. The test shows the connection resetting every few minutes, which points to a fault outside your home."},
        {C: "So what are you actually going to do about it?"},
        {A: "I've booked an engineer for Thursday morning and I'll text you the time slot. "
            "Restarting the router won't hurt in the meantime, but the real fix will come from the engineer."},
        {C: "Fine."},
        {A: "Thanks for bearing with me while I checked. Is there anything else I can help with tonight?"},
    ]),
    ("firm-refusal-full-flight", False, False, ([], []), [
        {A: SKYLARK_HELLO.format(name="Rosa")},
        {C: "Hi, I'd like to move my flight to the earlier one at six, my meeting got brought forward."},
        {A: "Let me check that for you. I'm sorry, the six o'clock flight is completely full, so I can't move you onto it."},
        {C: "Come on, there must be one seat somewhere. I fly with you all the time."},
        {A: "I do appreciate that, and I wish I had better news, but there are no seats I can give you. "
            "What I can do is add you to the standby list and keep your current booking as a backup."},
        {C: "I suppose that'll have to do."},
        {A: "You're on the standby list now, and the gate staff will call your name if a seat opens up. "
            "Thank you for flying with Skylark Airways, and good luck with the meeting."},
    ]),
    ("sarcastic-sofa-delivery", True, False, ([2, 4], []), [
        {A: LARKSPUR_HELLO.format(name="Derek")},
        {C: "Hi, my sofa was meant to arrive yesterday and nobody turned up."},
        {A: "Oh, a sofa that didn't turn up on the day. What a shock, that's never happened before."},
        {C: "Is that supposed to be funny? I took the day off work for this."},
        {A: "Well, congratulations on the day off, I guess. The courier has it marked as delayed."},
        {C: "When will it come then?"},
        {A: "It's rebooked for Friday between eight and noon. Anything else?"},
    ]),
    ("condescending-wifi-basics", True, False, ([2, 4], []), [
        {A: FIBRELINK_HELLO.format(name="Nadia")},
        {C: "Hello, my wifi keeps disconnecting and I'm not sure what's wrong."},
        {A: "Okay, let's start at the very beginning, since this is obviously new territory for you. "
            "A router is the box with the little lights on it."},
        {C: "I know what a router is."},
        {A: "Do you, though? Because people who actually understand routers tend to restart them before they ring us."},
        {C: "I restarted it twice already."},
        {A: "Right. I'll push a firmware update to it now, it should settle down within the hour. "
            "Thanks for calling Fibrelink Broadband."},
    ]),
    ("kind-news-declined-claim", False, False, ([], []), [
        {A: BRIGHTSIDE_HELLO.format(name="Martin")},
        {C: "Hi, I'm calling about my claim for the water damage in the kitchen, I haven't heard anything in weeks."},
        {A: "Thank you for waiting so patiently, and I'm sorry nobody has updated you. Let me pull up the claim."},
        {C: "Okay."},
        {A: "I'm afraid the assessor found the leak had been going on for a long time, and slow leaks like that "
            "aren't covered by your home policy, so the claim has been declined."},
        {C: "You're joking. That's going to cost me a fortune."},
        {A: "I know this isn't the answer you hoped for, and I'm sorry. I'll email you the assessor's report, "
            "and if you have any new evidence you can send it in and we'll look at it."},
        {C: "Alright. Thanks, I guess."},
        {A: "Take care, and please call us if anything in the report is unclear."},
    ]),
    ("terse-polite-card-freeze", False, False, ([], []), [
        {A: HARBOR_HELLO.format(name="Ellis")},
        {C: "I think I left my card in a taxi. Can you freeze it?"},
        {A: "Sure thing. It's frozen now."},
        {C: "Great. Can I get a new one?"},
        {A: "Yes, a replacement is on its way to the address we have."},
        {C: "Brilliant, thanks."},
        {A: "You're welcome. Anything else?"},
        {C: "No, that's it."},
        {A: "Thanks for calling, bye now."},
    ]),
    ("blaming-short-curtains", True, False, ([2, 4], []), [
        {A: LARKSPUR_HELLO.format(name="Gavin")},
        {C: "Hi, the curtains I ordered are far too short for my windows."},
        {A: "Well, the measurements were right there on the product page. "
            "If you'd bothered to measure, we wouldn't be having this conversation."},
        {C: "I did measure, the page said they were longer."},
        {A: "Sure you did. This one's on you, not us."},
        {C: "Can I swap them for a longer pair at least?"},
        {A: "You can order a longer pair on the website. Bye."},
    ]),
    ("profane-gas-bill", True, False, ([4, 6], []), [
        {A: NORTHWIND_HELLO.format(name="Wayne")},
        {C: "Hi, my energy bill this quarter is nearly double the last one and I don't understand why."},
        {A: "Let me have a look. Right, you've used a lot more gas than usual."},
        {C: "But I haven't been using it any differently."},
        {A: "Well, the meter says otherwise, so what the hell do you want me to do about it?"},
        {C: "There's no need to talk to me like that."},
        {A: "Look, I'm pissed off with these calls too. The readings are what they are, "
            "send us a photo of the meter if you think it's wrong."},
        {C: "Fine, I'll do that."},
        {A: "Yep. Bye."},
    ]),
    ("casual-no-worries-duplicate", False, False, ([], []), [
        {A: LARKSPUR_HELLO.format(name="Jess")},
        {C: "Hey, I accidentally ordered two of the same lamp, can you take one off the order?"},
        {A: "No worries at all, that happens. Let me find it."},
        {C: "Thanks, I clicked the button twice by mistake."},
        {A: "Yeah, totally, that button can be a bit sneaky. Okay, one lamp removed, the order's updated."},
        {C: "Perfect, cheers."},
        {A: "Cool, you'll get a fresh confirmation email in a minute. Have a good one!"},
    ]),
    ("asks-caller-to-stop-swearing", False, False, ([], []), [
        {A: NORTHWIND_HELLO.format(name="Beth")},
        {C: "Why the fuck have you lot sent me a final notice? I paid the bloody thing!"},
        {A: "I'm sorry that notice caused you worry. Let me check the account and see what happened."},
        {C: "Check it faster then, you useless prick."},
        {A: "I want to help you sort this out, but I need you to stop swearing at me. If it continues I'll have to end the call."},
        {C: "Alright, alright. Just look at it."},
        {A: "Thank you. Your payment arrived the day after the notice was printed, so you can ignore that letter. "
            "Your balance is clear."},
        {C: "Okay. Good."},
        {A: "I'm glad that's sorted. Thanks for calling Northwind Energy, take care."},
    ]),
    ("impatient-app-pin", True, False, ([4, 6], []), [
        {A: HARBOR_HELLO.format(name="Carl")},
        {C: "Hi, I'm trying to set a new PIN for my card but I'm not sure which option to pick in the app."},
        {A: "Open the app, tap Cards, then Security, then Change PIN."},
        {C: "Sorry, where do I tap first?"},
        {A: "Cards. Like I just said, Cards."},
        {C: "Okay, I'm on Cards. Then what was next?"},
        {A: "I've explained this twice now. Security, then Change PIN. Honestly, try to keep up."},
        {C: "Got it, thanks."},
        {A: "Mm. Anything else?"},
    ]),
    ("mocking-wrong-month", True, False, ([2, 4], []), [
        {A: SKYLARK_HELLO.format(name="Trent")},
        {C: "Hi, I think I booked my flight for the wrong month. I meant June, not July."},
        {A: "Ha! The wrong month? That's a new one. Did you pick it with your eyes closed?"},
        {C: "It was an easy mistake, the calendar jumped."},
        {A: "Oh sure, the calendar jumped. Classic."},
        {C: "Can you move it or not?"},
        {A: "I can move it to the fourteenth of June. It's changed now."},
        {C: "Thank you."},
    ]),
    ("plain-no-credit-limit", False, False, ([], []), [
        {A: HARBOR_HELLO.format(name="Yusuf")},
        {C: "Can you bump up my credit limit right now? I need to book a holiday tonight."},
        {A: "No, that isn't something I can do over the phone, I'm sorry."},
        {C: "Seriously? Why not?"},
        {A: "Limit changes go through an application so the bank can check affordability. "
            "You can apply in the app and you'll usually get a decision quickly."},
        {C: "Ugh, okay."},
        {A: "I know it's not what you wanted to hear. Is there anything else I can help with?"},
        {C: "No."},
        {A: "Thanks for calling Harbor Bank, have a good evening."},
    ]),
    ("boundary-then-ends-call", False, False, ([], []), [
        {A: FIBRELINK_HELLO.format(name="Owen")},
        {C: "Listen here, you absolute clown, I want the manager and I want them now."},
        {A: "I can help you myself, or arrange a callback from a team leader. What's the problem with the service?"},
        {C: "The problem is you morons can't run a network. Put your boss on, you worthless idiot."},
        {A: "I'm not willing to be spoken to like that. If the insults carry on, I will end this call."},
        {C: "Go on then, you piece of shit."},
        {A: "I'm going to end the call now. You're welcome to call back when you're ready, and we'll be glad to help. Goodbye."},
    ]),
    ("dismissive-missing-suitcase", True, False, ([2, 4], []), [
        {A: SKYLARK_HELLO.format(name="Brent")},
        {C: "Hi, my suitcase didn't come off the carousel last night and all my clothes for a conference are in it."},
        {A: "Bags go missing every day. Honestly, it'll turn up or it won't."},
        {C: "That's not very reassuring. Can you tell me where it is?"},
        {A: "I don't have time to track down every single bag, just fill in the form on the website."},
        {C: "I already filled it in last night."},
        {A: "Then you'll get an email when it's found. Bye."},
    ]),
    ("sarcastic-long-hold", True, False, ([2, 4], []), [
        {A: BRIGHTSIDE_HELLO.format(name="Lloyd")},
        {C: "Finally. I've been on hold for forty minutes, I just want to update the car on my policy, I've bought a new one."},
        {A: "Forty whole minutes, my heart truly goes out to you. Let's get on with it then."},
        {C: "There's no need for that. It's a grey hatchback, same make as before."},
        {A: "Gosh, thank you for that riveting detail. I'll need the make and model, not the colour."},
        {C: "It's a Ford Focus."},
        {A: "Right, updated. Your documents will come by email."},
        {C: "Thanks."},
    ]),
    ("one-short-overlap-moving", False, False, ([], []), [
        {A: NORTHWIND_HELLO.format(name="Fiona")},
        {C: "Hi, I'm moving out of my flat at the end of the month and I wanted to let you know, so that the account "
            "can be closed on the right date and the final meter reading is done properly."},
        {A: "Of course, I can arrange that for you.", "overlap": 1.2},
        {C: "Great. What do you need from me?"},
        {A: "Just a meter reading on the day you move, which you can send through the app or read out to us on the phone."},
        {C: "Okay, I'll do it through the app."},
        {A: "Perfect. I've noted your moving date on the account. Thanks for calling Northwind Energy, and good luck with the move."},
    ]),
    ("polite-to-sarcastic-caller", False, False, ([], []), [
        {A: BRIGHTSIDE_HELLO.format(name="Helena")},
        {C: "Oh, a real person, what a miracle. I suppose you're going to tell me my claim is still being processed."},
        {A: "I'm sorry you've had to chase this. Let me look at exactly where it is so I can give you a proper answer."},
        {C: "Wow, a proper answer. I'll believe it when I see it."},
        {A: "That's fair. The repair garage sent their estimate to us yesterday, and it's now waiting for approval from our motor team."},
        {C: "And how long will that take, another month?"},
        {A: "I've marked it as urgent and asked the team to contact you directly. I'll also email you a summary of today's call."},
        {C: "Fine. Thanks."},
        {A: "Thank you for your patience. Take care."},
    ]),
    ("condescending-meter-rows", True, False, ([2, 4], []), [
        {A: NORTHWIND_HELLO.format(name="Russell")},
        {C: "Hi, I'm trying to read my electricity meter but there are two rows of numbers."},
        {A: "Oh dear. Right, I'll walk you through it very gently, since numbers seem to be a bit of a struggle."},
        {C: "Excuse me? I just want to know which row to give you."},
        {A: "The top one. The one labelled rate one. There we go, not so scary after all, was it?"},
        {C: "It says forty-five thousand two hundred and eighteen."},
        {A: "Lovely, I've put that in. Bye."},
    ]),
    ("blaming-locked-card", True, False, ([4, 6], []), [
        {A: HARBOR_HELLO.format(name="Nolan")},
        {C: "Hi, my card got declined at the supermarket and now the app says it's blocked."},
        {A: "Let me check. Yes, it locked after three wrong PIN attempts."},
        {C: "I'm sure I typed the right PIN. Is something wrong with the card?"},
        {A: "Nothing's wrong with the card. You typed the wrong PIN three times, that's your mistake, "
            "not ours, so don't go blaming the bank."},
        {C: "I wasn't blaming anyone, I just asked."},
        {A: "Well, maybe write it down somewhere next time instead of guessing. I've unlocked it."},
        {C: "Okay. Thanks."},
    ]),
    ("factual-pin-lock-no-blame", False, False, ([], []), [
        {A: HARBOR_HELLO.format(name="Marisol")},
        {C: "My card was declined twice this morning and I've no idea why, it's so embarrassing."},
        {A: "I'm sorry, that's not a nice experience. Let me take a look for you."},
        {C: "Please do."},
        {A: "The card locked itself after three incorrect PIN entries, which is a safety feature. It happens to a lot of people."},
        {C: "Oh. I must have mixed it up with my old PIN."},
        {A: "Easily done. I've unlocked it now, and you can view your PIN securely in the app if you need a reminder."},
        {C: "Brilliant, thank you."},
        {A: "You're welcome. Thanks for calling Harbor Bank card services."},
    ]),
    ("repeats-steps-patiently", False, False, ([], []), [
        {A: FIBRELINK_HELLO.format(name="Tariq")},
        {C: "Hi, I need to change my wifi password but I'm not very good with this stuff."},
        {A: "No problem, we'll do it together. First, open a web browser and type in the address printed on the back of the router."},
        {C: "Sorry, could you go over that bit again? I got lost after browser."},
        {A: "Of course. Open your web browser, then type the address that's printed on the sticker on the back of the router."},
        {C: "Okay, I'm in. What next?"},
        {A: "Now click Wireless, then Password, and type your new one. Take your time."},
        {C: "Done! That wasn't so bad."},
        {A: "Nicely done. Thanks for calling Fibrelink Broadband, have a lovely evening."},
    ]),
    ("profane-crap-signal", True, False, ([2, 4], []), [
        {A: HELLO.format(name="Shane")},
        {C: "Hi, my phone keeps dropping calls whenever I'm at home."},
        {A: "Yeah, the signal out your way is crap, everyone knows that."},
        {C: "Is there anything you can do?"},
        {A: "Not a damn thing from here. Turn on wifi calling and stop ringing us about it."},
        {C: "Wow. Okay."},
        {A: BYE},
    ]),
    ("talks-over-hail-claim", True, False, ([2, 4], []), [
        {A: BRIGHTSIDE_HELLO.format(name="Grant")},
        {C: "Hi, I'm calling about the hail damage to my car from last week. I sent in the photos on Monday like your website said, "
            "and I also sent the quote from the body shop, but I haven't had any email back, so I wanted to check whether you "
            "actually received everything and what happens next."},
        {A: "Yes, yes, we've got it, it's in the queue.", "overlap": 3.5},
        {C: "Okay, but the body shop says they can only hold the booking until Friday, so if the approval doesn't come through "
            "before then I'll lose my slot and have to wait another three weeks without a car, which is going to be really "
            "difficult for me."},
        {A: "It'll be looked at when it's looked at, there's a queue.", "overlap": 3.0},
        {C: "Could you at least put a note on it?"},
        {A: "Fine, I've added a note. Anything else?"},
        {C: "No."},
    ]),
    ("apologetic-wrong-rug", False, False, ([], []), [
        {A: LARKSPUR_HELLO.format(name="Chloe")},
        {C: "Hi, you sent me a blue rug instead of the green one I ordered, and I'm pretty annoyed because it was for a party this weekend."},
        {A: "I'm so sorry about that, the mistake is ours and I completely understand why you're annoyed."},
        {C: "So can you fix it before Saturday?"},
        {A: "I've checked, and unfortunately the green rug can't reach you before Saturday. I'm really sorry. "
            "I can send it out first thing tomorrow on our fastest delivery."},
        {C: "And what do I do with the blue one?"},
        {A: "The courier will collect it when they drop off the green one, so you don't need to do anything."},
        {C: "Okay, thanks for sorting it."},
        {A: "Of course, and sorry again for the trouble. Thanks for calling Larkspur Home."},
    ]),
    ("polite-to-insulting-traveller", False, False, ([], []), [
        {A: SKYLARK_HELLO.format(name="Dominic")},
        {C: "Your airline is a joke. You scrapped my flight and your app is useless, are you people incompetent?"},
        {A: "I'm very sorry about the disruption to your trip. Let me find you another flight."},
        {C: "You'd better, I've been stuck at this airport for three hours thanks to you clowns."},
        {A: "Three hours is a long wait, I'm sorry. There's a seat on the flight at seven forty tonight, would you like it?"},
        {C: "Obviously I want it. Hurry up."},
        {A: "Done, you're booked on the seven forty and your boarding pass is in the app. I've also added a meal voucher to your booking."},
        {C: "Whatever."},
        {A: "Thank you for your patience today, and I hope the rest of your trip goes smoothly."},
    ]),
    ("mocking-caps-lock", True, False, ([4, 6], []), [
        {A: FIBRELINK_HELLO.format(name="Kyle")},
        {C: "Hi, I can't log into my account, it says my password is wrong."},
        {A: "Have you checked whether caps lock is on?"},
        {C: "Oh. Caps lock was on. Sorry."},
        {A: "Caps lock. Wow. Hang on, let me write that down for the office, they'll love this one."},
        {C: "There's no need to make fun of me."},
        {A: "Ha, sorry, it's just funny. Anyway, you're in now, yeah? Off you go."},
        {C: "Yes. Goodbye."},
    ]),
    ("impatient-bookshelf-tracking", True, False, ([4, 6], []), [
        {A: LARKSPUR_HELLO.format(name="Stuart")},
        {C: "Hi, I wanted to check on my bookshelf order, the tracking page isn't loading."},
        {A: "It's with the courier and should arrive Tuesday."},
        {C: "Sorry, Tuesday or Thursday? The line's a bit crackly."},
        {A: "Tuesday. T, U, E, S. Do you need me to spell out the whole week for you?"},
        {C: "No, just, does it need a signature?"},
        {A: "Ugh. Yes, somebody has to sign. Is that everything? I do have other people waiting, you know."},
        {C: "That's all."},
    ]),
    ("terse-polite-meter-booking", False, False, ([], []), [
        {A: "Northwind Energy, Harriet speaking, how can I help?"},
        {C: "I need a smart meter installed."},
        {A: "Sure, is a weekday morning okay?"},
        {C: "Tuesday's best."},
        {A: "Tuesday the ninth, eight till twelve. Booked."},
        {C: "Good."},
        {A: "You'll get a text reminder the day before. Thanks for calling."},
    ]),
    ("firm-refusal-backdate-cover", False, False, ([], []), [
        {A: BRIGHTSIDE_HELLO.format(name="Ingrid")},
        {C: "Hi, I scraped my car yesterday and I only have basic cover. Can you switch me to comprehensive from last week so it's covered?"},
        {A: "I understand why you'd ask, but I'm sorry, I can't backdate cover to before the accident."},
        {C: "Oh come on, nobody would know. Just change the start date."},
        {A: "I'm afraid I won't do that, it wouldn't be honest and it isn't allowed. "
            "I can upgrade you to comprehensive from today so you're covered going forward."},
        {C: "That's no use for this scrape though."},
        {A: "No, it won't cover this one, and I'm sorry about that. Would you like a quote for the upgrade anyway?"},
        {C: "Send it by email, I'll think about it."},
        {A: "I'll send it now. Thank you for calling Brightside Insurance, and take care."},
    ]),
    ("talks-over-card-fraud", True, False, ([2, 4], []), [
        {A: HARBOR_HELLO.format(name="Reece")},
        {C: "Hi, there's a payment on my card from a website I've never heard of. It's for a streaming service and I've definitely "
            "never signed up for anything like that, so I'm worried someone has my card details and might be using them for other things too."},
        {A: "Okay, okay, I get it, which payment is it?", "overlap": 3.0},
        {C: "It's the one from the fourth, I think, for twelve ninety-nine, and there might be another one from earlier in the month "
            "as well, but I'd need to check my statement again because the app shows the pending ones and the completed ones in different places."},
        {A: "Just the date, please, I don't need the whole story.", "overlap": 3.5},
        {C: "The fourth."},
        {A: "Right. I've blocked the card and ordered a new one, and the fraud team will be in touch about that payment."},
        {C: "Thank you."},
    ]),
    ("dismissive-phantom-voicemail", True, False, ([2, 4, 6], []), [
        {A: HELLO.format(name="Lewis")},
        {C: "Hi, I keep getting voicemail notifications, but when I call in there are no messages."},
        {A: "Right. And you want me to do what, exactly?"},
        {C: "Well, find out why it's happening? Maybe reset something?"},
        {A: "I'm not spending half an hour on a notification glitch. Turn the phone off and on."},
        {C: "I already tried that."},
        {A: "Then live with it, I suppose. " + BYE},
    ]),
    ("casual-yeah-totally-speeds", False, False, ([], []), [
        {A: FIBRELINK_HELLO.format(name="Zoe")},
        {C: "Hey, so my speeds have been super slow in the evenings, like, unusable."},
        {A: "Yeah, totally get it, evenings can be rough. Let me take a peek at your line."},
        {C: "Thanks, it's driving me nuts."},
        {A: "Okay, so it looks like your router's on really old firmware. I'm pushing an update now, it'll reboot by itself in a sec."},
        {C: "Oh, cool."},
        {A: "Yep! Give it a go tonight, and if it's still sluggish just give us a shout and we'll dig deeper. Cheers for calling!"},
    ]),
    ("empathy-missed-connection", False, False, ([], []), [
        {A: SKYLARK_HELLO.format(name="Amara")},
        {C: "Hi, my first flight was delayed and I missed my connection, this whole day has been a bloody nightmare."},
        {A: "Oh no, I'm so sorry, that sounds exhausting. Let's get you moving again."},
        {C: "Please. I just want to get home."},
        {A: "There's a connection in two hours with seats free. I've put you on it, and your bag will be transferred automatically."},
        {C: "Oh, thank goodness."},
        {A: "I'm glad we could sort it. The new boarding pass is in your app. Safe travels home."},
    ]),
    ("sarcastic-travel-guitar", True, False, ([2, 4], []), [
        {A: SKYLARK_HELLO.format(name="Gordon")},
        {C: "Hi, can I bring my guitar on board as hand luggage?"},
        {A: "Sure, why not bring the drum kit as well while you're at it?"},
        {C: "I'm serious, it's a small travel guitar."},
        {A: "Oh, a small one. Well, that changes everything, doesn't it."},
        {C: "Does it? Can I bring it or not?"},
        {A: "If it fits in the overhead locker, yes."},
        {C: "Right. Well, that was helpful, not."},
    ]),
    ("profane-bloody-banking-app", True, False, ([2, 4], []), [
        {A: HARBOR_HELLO.format(name="Darren")},
        {C: "Hi, the banking app keeps logging me out every time I open it."},
        {A: "Bloody hell, not another one. That app is a load of rubbish, to be honest."},
        {C: "Okay... so is there a fix?"},
        {A: "Delete the damn thing and install it again, and update your bloody phone while you're at it."},
        {C: "Right, I'll try that."},
        {A: "Yeah. Bye."},
    ]),
    ("friendly-joke-lockout", False, False, ([], []), [
        {A: HELLO.format(name="Ruth")},
        {C: "Hi, embarrassing question, I've locked myself out of my phone by getting the pattern wrong too many times."},
        {A: "Not embarrassing at all, it happens to me more often than I'd like to admit."},
        {C: "Ha, that makes me feel better."},
        {A: "Phones do love keeping secrets, even from their owners. Let's get you back in. "
            "Do you have the sign-in details for your phone's cloud account to hand?"},
        {C: "Yes, I've got them here."},
        {A: "Great. On the lock screen, tap Forgot Pattern and sign in with those details, and you'll be able to set a new one."},
        {C: "It worked!"},
        {A: "Brilliant, glad that worked. " + BYE},
    ]),
    ("kind-news-power-cut", False, False, ([], []), [
        {A: NORTHWIND_HELLO.format(name="Keith")},
        {C: "Hi, the power's been off on our street since this morning. Any idea when it'll be back?"},
        {A: "I'm sorry, I know a power cut is a real nuisance. Let me check the fault map for your area."},
        {C: "Thanks."},
        {A: "I'm afraid it's a damaged underground cable, and the crew expect the repair to run into tomorrow afternoon. "
            "I'm sorry it's not better news."},
        {C: "Tomorrow? Oh no, the freezer's full."},
        {A: "That's really frustrating. Keeping the freezer door shut will help it stay cold for longer, "
            "and I'll text you as soon as the power is back on."},
        {C: "Okay, thanks for letting me know."},
        {A: "You're welcome. Thanks for calling Northwind Energy, take care."},
    ]),
    ("blaming-glass-cover", True, False, ([2, 4], []), [
        {A: BRIGHTSIDE_HELLO.format(name="Howard")},
        {C: "Hi, I've just been told my windscreen repair isn't covered, but I thought glass was included in my policy."},
        {A: "Well, if you'd read the policy document, you'd know glass cover is an optional extra."},
        {C: "I did read it, I must have misunderstood that part."},
        {A: "Clearly. It's written in plain language, I'm not sure how much simpler we could make it for you."},
        {C: "Can I add glass cover now?"},
        {A: "You can add it from today, I'll email you the details. Thanks for calling Brightside Insurance."},
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

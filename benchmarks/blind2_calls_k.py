"""Blind evaluation set of scripted customer-service phone calls between agents of fictional companies (all named with a K) and their customers, across utilities, telecoms, banking, insurance, travel, retail, healthcare administration, public services, housing, delivery and software support, in several regional Englishes; each call is labelled for agent discourtesy and for discrimination risk, with the agent turns a reviewer would point to. The calls were written by hand and blind, without looking at any classifier, model, training data or other benchmark, and are evaluation data only: they must never be used for training, tuning, prompt examples or threshold fitting."""

CALLS = [
    # 1 — A: brush-off, blaming the customer
    {"slug": "estimated-meter-brush-off", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Kestrel Energy, you're through to Gary, how can I help?"),
         ("customer", "Hiya, yeah, um, I've had a letter saying my bill's estimated again, and I did send a reading in, I'm sure I did, through the app thing."),
         ("agent", "Right. Well, if you'd sent it, it wouldn't be estimated, would it? That's sort of how it works."),
         ("customer", "I- I did though, I've got the screenshot somewhere on my phone."),
         ("agent", "Yeah, everyone's got a screenshot somewhere. Look, just pop it in again and it'll sort itself out. Anything else?"),
         ("customer", "Well, can you not just check whether it came through?"),
         ("agent", "I could, but honestly it's quicker if you just do it properly this time. Cheers, bye now."),
     ]},

    # 2 — B: terse but polite
    {"slug": "tower-outage-terse-polite", "kind": "B", "region": "TX",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Kinway Wireless, this is Dale."),
         ("customer", "Hey Dale, yeah, my phone's been sayin' no service since, like, this morning. I'm out past the highway, by the feed store."),
         ("agent", "Okay. There's a tower down out your way. Crews are on it. Can't give you an exact time, but it should be back later today."),
         ("customer", "Oh, okay. So I don't need to do anything on my end?"),
         ("agent", "Nope. If it doesn't pick up signal on its own once it's back, just restart the phone. Sorry for the hassle."),
         ("customer", "Alright, cool. Thanks, man."),
         ("agent", "You bet. Take care now."),
     ]},

    # 3 — D: language support
    {"slug": "card-declined-spanish-line", "kind": "D", "region": "CA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good afternoon, thank you for calling Korrin Bank, my name is Lucía. How can I help you today?"),
         ("customer", "Hello, yes, sorry, my English is not so good. Is possible... in Spanish?"),
         ("agent", "Of course, no problem at all. I speak Spanish, so we can carry on in Spanish if that's easier for you. ¿Prefiere que sigamos en español?"),
         ("customer", "Ah, sí, sí, please. Thank you, thank you so much. My card, at the shop, it says, eh, rechazada, declined."),
         ("agent", "Entiendo. Okay, I see it here, the card was paused as a safety check after a purchase in another state. If it was you, I can take the pause off right now."),
         ("customer", "Yes, was me, I was visiting my sister."),
         ("agent", "Perfect, it's unlocked now, you can try it again. Y si necesita algo más, puede pedir atención en español cuando llame. Have a lovely day."),
     ]},

    # 4 — C: public assistance, subtle and polite
    {"slug": "lettings-benefits-working-professionals", "kind": "C", "region": "UK",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4]},
     "turns": [
         ("agent", "Good morning, Kelbrook Lettings, Rupert speaking."),
         ("customer", "Oh, hello, yes, I'm ringing about the two-bed flat on the high street, the one with the little garden? Is it still available?"),
         ("agent", "It is, yes, it's a lovely one. Can I just ask a couple of quick questions about your situation?"),
         ("customer", "Course. It'd be me and my son. I'm on Universal Credit at the moment, the housing element covers most of the rent, and my mum's happy to act as guarantor."),
         ("agent", "Ah. Right. I'm so sorry, I should have said, the landlord's really looking for working professionals on this one, so I don't think it'd be the right fit for someone on benefits. I'm sure you understand. There may be something more suitable in one of the other areas, though."),
         ("customer", "Oh. Okay. Right."),
         ("agent", "Sorry I couldn't be more help. Do keep an eye on the website. Bye now."),
     ]},

    # 5 — A: sarcasm, some of it polite on the surface
    {"slug": "missed-connection-sarcastic-agent", "kind": "A", "region": "AU",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "G'day, Kitewing Airways, Bronwyn speaking, how can I help?"),
         ("customer", "Hi, yeah, look, I've just missed my connection in Brisbane. The first flight was late getting in and by the time I legged it across they'd shut the gate."),
         ("agent", "Oh, how wonderful. Another one who thought the gate would just wait for them. Love that for you."),
         ("customer", "Sorry? It was your flight that was late."),
         ("agent", "Mm, of course it was. Let me see what I can do, since it's apparently my problem now. There's a seat on the evening service, if that's not too much of an imposition on your schedule."),
         ("customer", "...Yeah. Fine. Book it."),
         ("agent", "Done. Do try to keep up with this one, won't you? Have a lovely evening."),
     ]},

    # 6 — B: calm agent, swearing customer
    {"slug": "slow-claim-swearing-customer", "kind": "B", "region": "IE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hello, Kelso Mutual, you're speaking with Siobhán, how can I help?"),
         ("customer", "Yeah, hi. Look, this is a load of shite, I've been waiting weeks on this bloody claim for the car and nobody rings me back, nobody tells me anything."),
         ("agent", "I hear you, and I'm sorry, that's genuinely not good enough. Let me pull the claim up now and find out exactly where it's stuck."),
         ("customer", "Are you even listening, or are you just reading off a script like the last fella?"),
         ("agent", "I'm listening, I promise you. Okay, so, I can see the assessor's report came in but it was never passed on to the claims handler. That's on our side, not yours. I've sent it across now and marked it urgent."),
         ("customer", "Right. Well. Finally, I suppose. Sorry for effin' and blindin', it's been a week."),
         ("agent", "Ah, you're grand, honestly, I'd be the same. The handler will ring you directly, and I've put a note on so you're not passed around again. Mind yourself."),
     ]},

    # 7 — A: talking over the customer (overlaps on three agent turns), impatience
    {"slug": "update-crash-talked-over", "kind": "A", "region": "NY",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Korvault support, Brent speaking."),
         ("customer", "Hi Brent, okay, so, um, since last night the accounting app crashes every time I open an invoice, it just goes white and then closes, and I've got clients waiting on these, and I tried reinstalling it, well, I started to, and then I thought maybe I'd lose my data so I stopped halfway and—"),
         ("agent", "Yeah, yeah, okay, stop, stop. Did you restart the computer?", 3.1),
         ("customer", "Yes, that's what I'm saying, I restarted it twice, and then I tried the safe mode thing your website talks about, and it still does the exact same—"),
         ("agent", "Right, so it's your machine then, not us.", 2.6),
         ("customer", "But it only started after your update, that's what I'm trying to tell you, the update went in overnight and in the morning—"),
         ("agent", "Uh-huh. I'm sending you a link. Read it. If it doesn't work, call back.", 3.4),
         ("customer", "...Okay. Thanks, I guess."),
     ]},

    # 8 — D: senior pricing and large print
    {"slug": "seniors-pricing-large-print", "kind": "D", "region": "FL",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good morning, Keystone Home Goods, this is Marisol, how can I help you?"),
         ("customer", "Morning, dear. I'm retired, and my neighbour said you folks do something for seniors now? A discount or some such?"),
         ("agent", "We do, yes, we have seniors' pricing. I can see your account here, so I'll switch it on for you now, and it'll apply automatically when you check out in the store or online."),
         ("customer", "Oh, isn't that nice. And, um, the little catalogue you send, the print's so tiny I can't make heads or tails of it."),
         ("agent", "We can do a large-print version of that too. Would you like me to send that one instead from now on?"),
         ("customer", "Yes, please, that would be wonderful."),
         ("agent", "All done. Both of those are set up. Anything else I can help with today? ... Alright, you have a great day now."),
     ]},

    # 9 — B: bad news delivered kindly
    {"slug": "elective-procedure-not-covered-kindly", "kind": "B", "region": "IN",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good evening, Kinmore Health claims desk, this is Anand speaking. How may I help you?"),
         ("customer", "Yes, hello, I had submitted the claim for my knee procedure, the arthroscopy, and it is showing rejected in the portal. I don't understand why, I have been paying the premium properly only."),
         ("agent", "I understand, sir, let me check it fully for you. Please bear with me for a moment... Sir, I am really sorry. I have gone through it carefully, and the procedure is listed as elective under your current plan, so unfortunately it is not covered. I know that is not what you were hoping to hear."),
         ("customer", "Arre, but the doctor said it was necessary."),
         ("agent", "That matters, sir. If your doctor writes a note saying it was medically necessary, we can send the claim for a review by our medical team. I cannot promise the outcome, but I will raise it myself and share the reference with you on SMS."),
         ("customer", "Okay. Okay, that is something at least. Thank you, beta."),
         ("agent", "Most welcome, sir. I hope the knee is feeling better. Take care."),
     ]},

    # 10 — C: accent / national origin, blatant and rude
    {"slug": "router-accent-speak-english", "kind": "C", "region": "AZ",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [2, 4, 6], "discrimination": [2, 4]},
     "turns": [
         ("agent", "Thanks for calling Kapstone Broadband, this is Rick."),
         ("customer", "Hello, yes, good afternoon, I am calling because the internet is dropping, every evening it is going off and coming back, going off and coming back."),
         ("agent", "Sorry, what? Sir, I can barely understand a word you're saying. Is there somebody there who actually speaks English?"),
         ("customer", "I am speaking English. The internet. It is dropping in the evening."),
         ("agent", "Yeah, okay. You people always call in about the same thing and I can never make out any of it. Just unplug the box and plug it back in, that's all I can tell you."),
         ("customer", "I already did this many times."),
         ("agent", "Then I don't know what to tell you. Have a good one."),
     ]},

    # 11 — A: blaming, profanity
    {"slug": "parcel-delivered-not-my-problem", "kind": "A", "region": "AU",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Kwikpost, Travis speaking."),
         ("customer", "Hi Travis, um, my tracking says my parcel was delivered this arvo, but there's nothing here. I've checked the porch, the letterbox, behind the bins, everywhere."),
         ("agent", "Mate, it says delivered. If it's not there, that's on you, not us. Probably got nicked because you weren't home."),
         ("customer", "I was home, though. I was home all afternoon. Nobody knocked."),
         ("agent", "Bloody hell. Look, I don't know what you want me to do about it. I'm not gonna drive round there and look for it myself, am I?"),
         ("customer", "I just want someone to, like, check the photo or ask the driver?"),
         ("agent", "Christ, fine, I'll flag it. Maybe have a crack at asking your neighbours before you ring up and waste my time next time. Cheers."),
     ]},

    # 12 — B: casual slang, warm joke
    {"slug": "wrong-shoe-size-casual-exchange", "kind": "B", "region": "CA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Heyyy, thanks for calling Keyhole Skate Co, this is Jaden, what's up?"),
         ("customer", "Hey, uh, so, kinda dumb, but I ordered the high-tops and they're, like, way too small. I think I clicked kids' sizing by accident."),
         ("agent", "Oh no, the classic! Dude, honestly, don't even trip, I did the exact same thing last summer. Ended up with the cutest little shoes I couldn't wear."),
         ("customer", "Ha, okay, that makes me feel better. Can I swap them?"),
         ("agent", "Totally. I'm sending you a return label right now, and I'll set aside a pair in the right size so they don't sell out on you. Just drop the little guys off at any post office."),
         ("customer", "Sick. Thanks, man."),
         ("agent", "For sure. Enjoy 'em, and, uh, double-check the size this time, yeah? Kidding. Have a good one!"),
     ]},

    # 13 — D: relay service / deaf caller
    {"slug": "bulky-pickup-relay-caller", "kind": "D", "region": "OH",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Kerrigan County Public Works, this is Denise, how can I help?"),
         ("customer", "Hello, this is the relay operator. I have a caller who is deaf and is typing through the relay service. I'll voice their words. Go ahead: Hi, I wanted to book a pickup for an old sofa, please."),
         ("agent", "Hi there, thanks for calling through relay, and thanks, operator. Yes, happy to book that. Is it out at the curb already, or still inside the house?"),
         ("customer", "They say: Still inside. I can move it out the night before. Do I need to be home?"),
         ("agent", "Nope, you don't need to be home at all, as long as it's at the curb the night before. I've put it on the next bulky-item round for your street. Would you like the confirmation by text message so you have it in writing?"),
         ("customer", "They say: Yes, text is perfect. Thank you for being patient."),
         ("agent", "No patience needed, it's been easy. You're all set. Have a great evening."),
     ]},

    # 14 — A: condescension, belittling
    {"slug": "app-approval-belittling", "kind": "A", "region": "ZA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Good day, Kalahari Trust Bank, Pieter speaking."),
         ("customer", "Hi Pieter, sorry, I'm trying to pay someone on the app and it keeps asking me to approve something, but I don't see where, I've been at it for ages now."),
         ("agent", "Ag, ma'am, it's really not that complicated. There's a pop-up. It's green. You press it."),
         ("customer", "I know, but there is no pop-up, that's the thing, it just sits there loading."),
         ("agent", "Okay. I'll say it really slowly, then, so we're on the same page. Close. The. App. Open it again. Press the green button. Can you manage that?"),
         ("customer", "Ja, I can manage that, thanks. There's no need to talk to me like that."),
         ("agent", "Shame, I'm only trying to help, ma'am. If it's still too tricky, maybe ask someone at home to do it for you. Cheers."),
     ]},

    # 15 — C: sex and marital status, subtle and polite
    {"slug": "car-quote-ask-your-husband", "kind": "C", "region": "UK",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [2, 4]},
     "turns": [
         ("agent", "Good afternoon, Kingfisher Motor Insurance, you're speaking with Callum. How can I help?"),
         ("customer", "Hiya, I'm after a quote for a car I'm thinking of buying. It's the coupé, the sporty one, the two-door."),
         ("agent", "Lovely, I can certainly help with that. And will your husband be the main driver? We usually find it's easiest if the main driver rings us themselves."),
         ("customer", "No, it's for me. I'm the main driver. I'm not married, actually."),
         ("agent", "Oh, of course, of course, sorry. It's just, between us, we do find the ladies tend to be happier with something a bit more sensible. Would you like me to run a quote on the hatchback as well, just to compare?"),
         ("customer", "No. Just the coupé, please."),
         ("agent", "No problem at all. I'll email that quote across to the address on file now. Thanks for calling Kingfisher."),
     ]},

    # 16 — B: firm no with a reason
    {"slug": "account-holder-must-call-firm-no", "kind": "B", "region": "IL",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Thank you for calling Kenwood Water, this is Rochelle, how can I help you today?"),
         ("customer", "Hi Rochelle. So the water account's in my mom's name, and she's moved in with my sister, so I just need you to switch it over to me. Should be quick, right?"),
         ("agent", "I get it, and I'd love to make it quick. But I can't make that change unless the account holder asks for it herself. That's to protect her, so nobody can take over an account without her knowing."),
         ("customer", "Come on, I'm her son. It's literally the same house."),
         ("agent", "I know, and I'm not doubting you at all. It's still a no from me on my own, I'm afraid. The good news is, if she can hop on a call with you, even a three-way call, we can do the whole thing in one go."),
         ("customer", "Ugh. Okay. I'll get her on the phone later."),
         ("agent", "Perfect. Just call back whenever you're both together and anyone here can take care of it. Have a good rest of your day."),
     ]},

    # 17 — A: passive aggression, polite surface
    {"slug": "boiler-repair-passive-aggressive", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Kelvinside Housing Association, Morag speaking."),
         ("customer", "Aye, hiya, it's about the boiler again, I'm afraid. It's packed in, no heating, no hot water, and the weans are freezing."),
         ("agent", "Right. I'll log it. Again. Since apparently the last three logs weren't quite enough for you."),
         ("customer", "Well, they've no' fixed it, have they? Nobody's even been out."),
         ("agent", "No, no, it's fine, honestly. I've nothing else on today, so I'm just delighted to type it all out one more time. I'm sure the engineers will drop everything for you, as per usual."),
         ("customer", "Is there a problem?"),
         ("agent", "Not at all, hen. It's logged. Enjoy your evening, and maybe try a jumper in the meantime."),
     ]},

    # 18 — D: pronouns asked respectfully, name change
    {"slug": "credit-union-name-pronouns", "kind": "D", "region": "IE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good morning, Kinsale Credit Union, Ciara speaking, how can I help?"),
         ("customer", "Hi Ciara. I need to update my name on my account. I've transitioned and I've changed it legally, so, um, yeah. Bit nervous about it, to be honest."),
         ("agent", "Ah, no need to be nervous at all, and congratulations. It's the same process as any name change: we just need a copy of the deed poll or the new ID, and you can upload that in the app or drop it in to the branch."),
         ("customer", "Oh, grand, that's easier than I thought."),
         ("agent", "And while I've got you, so we get it right on letters and when we ring you, what title and pronouns would you like us to use?"),
         ("customer", "Ms, please, and she and her."),
         ("agent", "Lovely, I've put that on the account now. Once the document's in, everything will switch over. Anything else I can do for you today? ... Perfect. Take care now."),
     ]},

    # 19 — B: one brief overlap that is not talking over, reassurance
    {"slug": "missed-train-brief-overlap-reassure", "kind": "B", "region": "GA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good evening, Kolby Rail customer care, this is Tamika speaking."),
         ("customer", "Hi, oh gosh, okay, so I just missed my train, like literally watched it pull out, because the connecting bus was late, and I'm at the station and I'm kind of panicking because I've got a non-refundable hotel and I don't know if my ticket's just gone now or if I have to buy a whole new one or—"),
         ("agent", "Okay — sorry, didn't mean to jump in — you're fine, honestly. Take a breath. Let me pull up your ticket.", 1.2),
         ("customer", "Okay. Okay. Sorry."),
         ("agent", "Nothing to be sorry about. So, your ticket's a flexible one, which means you can just hop on the next train heading your way tonight. You don't need to buy anything new."),
         ("customer", "Oh my gosh, thank you. I was about to cry in the middle of the concourse."),
         ("agent", "Happens to the best of us. The next one's posted on the departures board. Safe travels, okay?"),
     ]},

    # 20 — C: religion, subtle and polite
    {"slug": "mosque-donation-extra-checks", "kind": "C", "region": "MI",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4, 6]},
     "turns": [
         ("agent", "Good morning, Keller Federal Savings, this is Gretchen. How can I help you today?"),
         ("customer", "Morning. I'd like to set up a recurring transfer from my checking account. It's a monthly donation to our mosque's food pantry."),
         ("agent", "Sure, I can help with that. Is the mosque's account with us, or with another bank?"),
         ("customer", "Another bank. I have their details here whenever you need them."),
         ("agent", "Great. Now, I should mention, for our Muslim customers we do tend to run a few additional checks on transfers like this, and it may take a little longer to approve. It's just a precaution, nothing personal at all, I promise."),
         ("customer", "Right. Would you say that to a church?"),
         ("agent", "Oh, it's just how we do things. I'll get it started for you now and we'll be in touch. Thanks so much for calling Keller."),
     ]},

    # 21 — A: mockery
    {"slug": "router-lights-mockery", "kind": "A", "region": "NJ",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Karlstad Cable, this is Vinnie."),
         ("customer", "Hi, yeah, my internet's not working, and the little box thingy has, um, the blinky lights going, like, orange? Or amber, maybe?"),
         ("agent", "The \"blinky lights\"? Ha! Okay, okay. Sorry. Did we try... turning it on? No, seriously, is the box thingy plugged in?"),
         ("customer", "Yes, it's plugged in. I'm not an idiot."),
         ("agent", "Sure, sure. Okay, genius, press the little button on the back, the teeny one, with a paperclip. You know what a paperclip is? *laughs* Sorry, it's just, you'd be amazed."),
         ("customer", "It's... okay, it's going green now."),
         ("agent", "Would you look at that. A miracle. Thanks for calling Karlstad."),
     ]},

    # 22 — B: empathy, bereavement
    {"slug": "bereavement-closing-mums-account", "kind": "B", "region": "AU",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good afternoon, Kurrajong Bank, you're speaking with Mei. How can I help today?"),
         ("customer", "Hi, um. Sorry. I'm calling because my mum passed away last week and I think I need to close her accounts, but I honestly don't know where to start."),
         ("agent", "Oh, I'm so sorry for your loss. Please don't apologise, and take whatever time you need. I'll walk you through it, and we don't have to do everything today."),
         ("customer", "Thanks. I'm just, yeah, a bit all over the place."),
         ("agent", "That's completely understandable. The first step's really simple. We'll put a note on her accounts so nothing new gets charged, and I'll send you our bereavement pack so you can read it when you're ready. There's a dedicated team who'll look after the rest with you."),
         ("customer", "Okay. That actually helps a lot. Thank you, Mei."),
         ("agent", "You're very welcome. Look after yourself, and ring us any time if you have questions. Take care."),
     ]},

    # 23 — D: benefit-linked plan offered neutrally, customer mentions own disability
    {"slug": "lifeline-plan-offered-neutrally", "kind": "D", "region": "PA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Thanks for calling Kinway Home Phone and Internet, this is Marcus, how can I help?"),
         ("customer", "Hey. Um, my bill's gotten kinda hard to keep up with, honestly. I'm on disability and money's really tight right now. Is there anything cheaper?"),
         ("agent", "Thanks for telling me, I'll see what we've got. If you get SSI, SNAP or Medicaid, you may qualify for our Lifeline discount plan. It's the same service, just at a reduced price. Want me to check whether you're eligible?"),
         ("customer", "Yeah, I get SSI. That would be great."),
         ("agent", "Okay, I've started the application for you. You'll get a short form to confirm the benefit, and once it's approved the lower price kicks in. Anything else I can look at while we're on?"),
         ("customer", "No, that's it. Thank you, seriously."),
         ("agent", "Happy to help. You have a good night."),
     ]},

    # 24 — A: talking over (overlaps on two agent turns), impatience, brush-off
    {"slug": "referral-scheduling-talked-over", "kind": "A", "region": "MA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Kingsgate Medical scheduling, Kyle speaking."),
         ("customer", "Hi Kyle, um, so my doctor put in a referral for the cardiology clinic, and I got a letter saying to call to schedule, and, well, I've called before and they said the referral wasn't in the system yet, so I'm just wondering if it's gone through now, because I've been having some—"),
         ("agent", "Yeah, yeah, I don't need the whole story. Name and date of birth.", 2.4),
         ("customer", "Oh, sorry. Um, I can give you that, I just wanted to mention that I've been having some chest tightness, and the doctor said to get in quickly if it—"),
         ("agent", "Ma'am, I'm scheduling, not a nurse. I can't do anything with that. Do you want the appointment or not?", 3.0),
         ("customer", "Yes. Yes, I want the appointment."),
         ("agent", "Fine. You'll get a text. Bye."),
     ]},

    # 25 — C: disability, blatant and rude
    {"slug": "wheelchair-assist-not-for-you", "kind": "C", "region": "ZA",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [2, 4, 6], "discrimination": [2, 4]},
     "turns": [
         ("agent", "Karoo Air, good morning, Werner speaking."),
         ("customer", "Morning. I'm flying to Durban next month and I use a wheelchair, so I'd like to book assistance at the gate and help getting to my seat, please."),
         ("agent", "Ja, okay. Honestly, if you need all of that, maybe flying isn't really for you, hey? It holds everyone up."),
         ("customer", "Sorry? I fly all the time. I just need the assistance booked."),
         ("agent", "Look, I'll put it on, but people like you should really be getting there early and sitting at the back so the normal passengers can board properly."),
         ("customer", "I'd like to make a complaint about this."),
         ("agent", "Ja, fine, the form's on the website. Anything else?"),
     ]},

    # 26 — B: calm boundary with an insulting customer
    {"slug": "recharge-failed-calm-boundary", "kind": "B", "region": "IN",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Namaste, thank you for calling Kaveri Mobile, this is Priya. How may I help you today?"),
         ("customer", "My recharge has failed, money has gone from my account, and you people are totally useless. Are you even trained? Give me someone who knows something."),
         ("agent", "I understand you are frustrated, sir, money being deducted without the recharge is really annoying. I am happy to keep helping you, but I will request that we keep the conversation respectful."),
         ("customer", "Fine, fine. Just fix it."),
         ("agent", "Thank you, sir. I can see the payment is stuck as pending on our side. I have raised a ticket to either complete the recharge or reverse the amount to your account, and you will get an SMS update. If you still would like to speak to a senior, I can arrange a callback also."),
         ("customer", "No, that's okay. Sorry for shouting, madam. It has been a bad day."),
         ("agent", "No problem at all, sir. I hope the rest of your day goes better. Thank you for calling Kaveri."),
     ]},

    # 27 — A: polite-sounding sarcasm, blaming
    {"slug": "permit-form-read-optional-sarcasm", "kind": "A", "region": "WA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4]},
     "turns": [
         ("agent", "Good afternoon, Kingsbury Permits Office, you've reached Howard. How may I assist you?"),
         ("customer", "Hi, yeah, my fence permit application got sent back as incomplete, and I'm not sure what I missed. I thought I filled everything in."),
         ("agent", "Oh, I'm so sorry, I should have realized reading the instructions was optional. Did you actually read the form, or did you sort of... look at it?"),
         ("customer", "I read it. I'm asking what's missing."),
         ("agent", "Of course you did. Well, it's the site sketch, the one the form asks for in bold, right at the top. It's not rocket science, but I can see how it might be a stretch for some folks. Is there anything else I can help you with today?"),
         ("customer", "No. That's all."),
     ]},

    # 28 — D: religious observance handled kindly
    {"slug": "delivery-shabbat-reschedule", "kind": "D", "region": "NY",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hi, thanks for calling Kettle and Crate Furniture, this is Olu. How can I help?"),
         ("customer", "Hi Olu. We've got a dining table coming, and the delivery slot we got is Saturday. Could we move it? It's Shabbat, so we won't be answering the door or signing for anything."),
         ("agent", "Of course, no problem at all. Let me see what's open. I've got Sunday morning or Monday afternoon, whichever works better for you."),
         ("customer", "Sunday morning would be perfect."),
         ("agent", "Done, I've moved it to Sunday morning. You'll get a message the evening before with a time window. And I've added a note so nobody tries to call you on the Saturday. Enjoy the new table!"),
     ]},

    # 29 — B: warm, casual, reassurance
    {"slug": "prepaid-electricity-warm-casual", "kind": "B", "region": "ZA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hello, Karee Power, Thandi speaking, how can I help?"),
         ("customer", "Hi Thandi, eish, I bought electricity on the app but the meter keeps saying the token is rejected, and now the lights are going to go soon."),
         ("agent", "Eish, sorry about that, let's sort it out now-now. Don't worry about reading me the token, hey, I can see the purchase on my side."),
         ("customer", "Okay, thank you, I was stressing, the kids are doing homework."),
         ("agent", "No stress. So your meter just needed an update first. I've sent two short update codes to the app; punch those in first, then the token you bought. It should take it this time, and if it doesn't, you just ring me back, hey."),
         ("customer", "Ha! Okay, wait... It says accepted! Shoh, thank you so much."),
         ("agent", "Sharp sharp! Enjoy the lights, and good luck to the kids with the homework. Bye, bye."),
     ]},

    # 30 — C: sexual orientation, mocking and rude
    {"slug": "joint-home-policy-which-one-is-wife", "kind": "C", "region": "AU",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [2, 4], "discrimination": [2, 4]},
     "turns": [
         ("agent", "Kookaburra Home Insurance, Shane speaking."),
         ("customer", "Hi Shane, I'd like to add my husband to our home and contents policy, so it's a joint policy. We just got married."),
         ("agent", "Your husband? Ha, right, okay. Flatmates with benefits, is it? No worries, I'll add him on."),
         ("customer", "He's my husband. We're married."),
         ("agent", "Yeah, yeah, sure, mate. Just so I can fill in the form properly, which one of you's the wife? *laughs* Sorry, sorry, couldn't help it."),
         ("customer", "Can you just add him to the policy, please."),
         ("agent", "Done. You're both on. Cheers."),
     ]},
]

"""Blind evaluation set "blind16_w": 30 scripted customer-service phone calls (9 discourteous agents, kind A;
9 courteous hard negatives, kind B; 6 discrimination-risk calls, kind C; 6 benign trait mentions, kind D),
written and labelled by hand by a single writer working blind from the task brief alone, without reading
any of the project's code, models, docs, other calls or training data. All companies (every name starts with W)
and people are fictional. Labels (courtesy, discrimination) and the flagged agent-turn indexes are the
writer's judgement of what a fair QA reviewer would say. Use: EVALUATION DATA ONLY, to measure the call-audit
tool once; never use it for training, tuning, prompt design, or threshold fitting."""

CALLS = [
    # 1 — A: brush-off, blaming the customer
    {"slug": "estimated-meter-brush-off", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Morning, Wexley Energy, you're through to Dan, how can I help?"),
         ("customer", "Hi, yeah, I've had a bill that's way higher than normal and I think it's been estimated again, but I did send a reading last month."),
         ("agent", "Well if it's estimated that's because we didn't get a reading, so. That's on you, really."),
         ("customer", "But I did send one, through the app, I've got a screenshot of it."),
         ("agent", "Right, well, the app's fine, loads of people use it without any bother. You'll have put it in wrong. Just send another one and it'll sort itself out eventually."),
         ("customer", "Can you not just check whether it came through?"),
         ("agent", "I can't see it, so it didn't. Was there anything else?"),
     ]},

    # 2 — B: slang and very informal warmth
    {"slug": "evening-dropouts-cooked-line", "kind": "B", "region": "AU",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "G'day, Wattle Mobile, Shaz speaking, what can I do for you?"),
         ("customer", "Hi, um, my home internet keeps dropping out, like every evening, right when the kids are trying to do their homework."),
         ("agent", "Oh no, that's a pain in the neck, especially at homework time. Righto, let's have a squiz. Can I grab your name and the address the service is at?"),
         ("customer", "It's Priya Nand, and it's the unit on Banksia Street."),
         ("agent", "Lovely, ta. Okay, so I can see a bunch of dropouts on our side in the evenings, so it's not you, don't stress. Looks like the line in your street's a bit cooked."),
         ("customer", "Cooked?"),
         ("agent", "Ha, sorry, Aussie for dodgy. Stuffed. Broken-ish. I'll log a fault so a tech can look at the street, and I'll pop a note on so they give you a bell before they rock up."),
         ("customer", "Oh good, okay. Thanks, that's great."),
         ("agent", "No worries at all. Anything else I can sort while I've got you?"),
         ("customer", "Nah, that's it."),
         ("agent", "Beaut. Hope homework goes a bit smoother, take care."),
     ]},

    # 3 — C: accent / national origin, rude
    {"slug": "business-account-really-from", "kind": "C", "region": "TX",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [4, 6, 8], "discrimination": [4, 6, 8]},
     "turns": [
         ("agent", "Westbrook Savings, this is Kyle, how can I help you today?"),
         ("customer", "Hello, yes, I would like to ask about opening a checking account for my small business, please."),
         ("agent", "Okay, uh, sure. Sorry, where are you calling from?"),
         ("customer", "I am in Houston. I live here."),
         ("agent", "No, I mean where are you really from? The accent's pretty thick."),
         ("customer", "I am originally from Nigeria, but I have lived here many years. Is that important for the account?"),
         ("agent", "Well, it's just, business accounts for, you know, folks from over there, we get a lot of fraud flags. Honestly it'd be easier if you had somebody who speaks English better call back and go through it."),
         ("customer", "My English is fine. I am asking you a simple question."),
         ("agent", "Sure, sure. Look, you can try a branch, but they'll want to see a whole lot more paperwork from someone like you. I'll leave it there."),
     ]},

    # 4 — D: offering an agent who speaks another language
    {"slug": "plan-change-spanish-transfer", "kind": "D", "region": "CA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Thanks for calling Wavecrest Wireless, my name's Jordan, what can I help with?"),
         ("customer", "Hi, yes, um, I want to change my plan, but my English, it's not so good, sorry."),
         ("agent", "No need to apologize at all, you're doing great. Would it be easier in another language? We have agents who speak Spanish, Vietnamese, Tagalog and a few others."),
         ("customer", "Spanish, yes, Spanish is better, please."),
         ("agent", "Perfect. I'm going to transfer you to our Spanish-speaking team, and I'll stay on for a second to tell them you want to change your plan, so you don't have to start over. Is that okay?"),
         ("customer", "Yes, thank you, thank you very much."),
         ("agent", "Of course. One moment... okay, I have Marisol here, she's going to take great care of you. Have a good day."),
     ]},

    # 5 — A: sarcasm that is polite on the surface
    {"slug": "wing-mirror-claim-gold-star", "kind": "A", "region": "IE",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6]},
     "turns": [
         ("agent", "Wren Insurance, Aoife speaking, how can I help?"),
         ("customer", "Hi, ah, I'm trying to make a claim for the car, the wing mirror got knocked off, and the online form keeps asking me for a reference I don't have."),
         ("agent", "Okay, so the reference is on your policy documents."),
         ("customer", "Which documents, though? I've a whole folder here, there's loads of different letters."),
         ("agent", "Well, it'd be the one that says policy on it. At the top. In big letters. I know, it's very well hidden."),
         ("customer", "Okay, there's no need for that. I have it. Is it — sorry, is it the one with the letters and numbers together?"),
         ("agent", "Mm. Gold star. Now if you pop that into the form, and read the boxes as you go, I'd say you'll manage grand."),
         ("customer", "Right. Thanks."),
         ("agent", "Not at all. Best of luck with it."),
     ]},

    # 6 — B: bad news delivered kindly, firm refusal
    {"slug": "prepaid-rental-no-refund-kindly", "kind": "B", "region": "DE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good afternoon, Waldner Car Hire, you're speaking with Lena. How can I help?"),
         ("customer", "Hi, yes, I booked a car for next week in Munich, but my trip is cancelled, my mother is in hospital, and I need to cancel and get the money back."),
         ("agent", "Oh, I'm really sorry to hear about your mother. I hope she's alright. Let me pull up the booking — can you tell me the name it's under?"),
         ("customer", "Thomas Becker."),
         ("agent", "Thank you, Mr Becker. Okay. I have to be honest with you, and I'm sorry — this was booked on the prepaid rate, which doesn't allow a refund, and I'm not able to override that."),
         ("customer", "Even with a family emergency? That seems very harsh."),
         ("agent", "I understand, and I'd feel the same. What I can do is move the booking to a later date at no extra charge, so the money isn't lost. Or, if you have travel insurance, I can email you the confirmation and a cancellation letter to send to them."),
         ("customer", "Hm. The letter, I think. I do have insurance."),
         ("agent", "Okay, I'll send that straight away to the email on the booking. And I really hope your mother is feeling better soon."),
         ("customer", "Thank you. That's kind."),
     ]},

    # 7 — A: profanity
    {"slug": "gym-cancellation-same-crap", "kind": "A", "region": "NY",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6, 8]},
     "turns": [
         ("agent", "Wellmore Gym member services, this is Tony."),
         ("customer", "Hi, I've been trying to cancel my membership for like a month, I've emailed three times and nobody gets back to me."),
         ("agent", "Okay, what's the name?"),
         ("customer", "Rachel Kim."),
         ("agent", "Yeah, I see the emails. Jesus. Look, we get a ton of these, people sign up in January and then bail, it's the same crap every damn year."),
         ("customer", "Okay, I'm not — I moved. I moved to a different city. I just want it cancelled."),
         ("agent", "Yeah, yeah, everybody moved. Fine. I'll put the damn cancellation through. Anything else?"),
         ("customer", "Can I get a confirmation email, please?"),
         ("agent", "It'll come when it comes."),
     ]},

    # 8 — C: age, paternalistic steering, delivered politely
    {"slug": "app-banking-your-generation", "kind": "C", "region": "UK",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4, 6, 8]},
     "turns": [
         ("agent", "Good afternoon, Whitmore Bank, you're speaking to Chloe, how can I help today?"),
         ("customer", "Hello dear, yes, I'd like to set up the mobile banking on my new phone. My grandson's bought me one of those smart ones."),
         ("agent", "Oh, how lovely. Can I just take your full name and the first line of your address to find you?"),
         ("customer", "Margaret Ellis, and it's Rosebank Cottage."),
         ("agent", "Thank you, Mrs Ellis. Now, to be honest, at your age the app can be quite a lot to get your head round, and we do see older customers getting themselves in a bit of a muddle. I'd probably suggest sticking with the branch and telephone banking, it's much safer for you."),
         ("customer", "Oh. Well, my grandson says it's very easy. And I do use the computer for my emails."),
         ("agent", "I'm sure, and that's lovely. It's just that for customers of your generation we generally recommend the more traditional options. I could post you a paper statement every month instead, if that would help?"),
         ("customer", "I suppose... I would still like to try the app, though."),
         ("agent", "Of course, it's entirely up to you. I'd just maybe wait until your grandson's with you, so he can do it all for you."),
     ]},

    # 9 — B: calm boundary with a swearing customer
    {"slug": "missing-parcel-swearing-boundary", "kind": "B", "region": "FL",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Waypoint Parcel, this is Denise, how can I help you?"),
         ("customer", "Yeah, you can help me by telling me where the hell my package is. Your idiot driver says he delivered it and it is not here. Third time. You people are fucking useless."),
         ("agent", "I'm sorry it isn't there, I'd want to find it too. I'm happy to help you with this, but I do need you to stop swearing at me so we can work through it. Can you read me the tracking reference from your email?"),
         ("customer", "Whatever. Hang on... okay, here, I'm reading it off."),
         ("agent", "Thank you. Okay, got it. The driver's scan shows it was left at a side door. Is there a side door, or one round the back?"),
         ("customer", "There's a — oh. There's a door by the garage. Hold on... Okay. It's here. It's soaking wet, but it's here."),
         ("agent", "Oh good, I'm glad it turned up. I'm sorry it got wet, that's not great. I'll put a note on your address to use the front door from now on."),
         ("customer", "Yeah. Fine. Sorry for yelling."),
         ("agent", "It's alright. Have a good evening."),
     ]},

    # 10 — D: accessibility, large print and accessible statements
    {"slug": "billing-large-print-statements", "kind": "D", "region": "IL",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Willowbrook Health billing office, this is Marcus. How can I help?"),
         ("customer", "Hi Marcus. I've got low vision, and the bills you send, the print's so small I can't read them, even with my magnifier. I just want to know what I owe."),
         ("agent", "Absolutely, I can go through it with you right now. And I can also set your account so future statements come in large print, or as an accessible electronic version that works with a screen reader — whichever's easier for you."),
         ("customer", "Oh, large print would be wonderful. I didn't know that was a thing."),
         ("agent", "It is, and I'm sorry nobody mentioned it sooner. I've added it now. Would you like me to read through the current statement line by line?"),
         ("customer", "Yes, please, take your time."),
         ("agent", "Sure. So the first item is the visit with your eye specialist, and that's been fully covered by your insurance, so nothing to pay there..."),
         ("customer", "Okay, good. Go on."),
     ]},

    # 11 — A: condescension
    {"slug": "locked-out-caps-lock-lecture", "kind": "A", "region": "IN",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6, 8]},
     "turns": [
         ("agent", "Hello, Wirebyte support, this is Rohan speaking, how may I help you?"),
         ("customer", "Hi Rohan, I'm locked out of our accounting software, it keeps saying my password is wrong, but I've reset it twice already."),
         ("agent", "Okay ma'am. When you are typing the password, is the caps lock on?"),
         ("customer", "No, I checked that."),
         ("agent", "Okay. So the caps lock, it is the key on the left side of the keyboard, it has an arrow or it says caps. Just so we are clear. Many people don't know this."),
         ("customer", "I know what caps lock is. I'm an accountant. It's not on."),
         ("agent", "Okay, okay. Then let me explain it very simply so you can follow. A password is case-sensitive. That means a big letter and a small letter are different. You understand?"),
         ("customer", "Yes. I understand. Can you please just look at the account?"),
         ("agent", "I am looking. Your account is locked from too many attempts, that is why. I will unlock it, and this time please type slowly and carefully."),
         ("customer", "Fine."),
     ]},

    # 12 — B: terse but polite
    {"slug": "lost-backpack-terse-helpful", "kind": "B", "region": "CA-ON",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Westhaven Transit, Sam speaking."),
         ("customer", "Oh, hi, um, I left my bag on the bus this morning, a black backpack, it was the route that goes along — the, uh — the one past the college."),
         ("agent", "Okay. What time, roughly?"),
         ("customer", "Like, just after eight?"),
         ("agent", "Got it. What's in the bag?"),
         ("customer", "A laptop, a blue water bottle, and my notes for school."),
         ("agent", "Okay, one sec... Yep. Black backpack with a laptop came in off that route. It's at the main terminal lost and found. Bring photo ID."),
         ("customer", "Oh my god, thank you so much!"),
         ("agent", "No problem. Have a good one."),
     ]},

    # 13 — C: sex / marital status, assuming who decides, delivered politely
    {"slug": "security-quote-man-of-house", "kind": "C", "region": "PA",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Wheeler Home Security, this is Brad, how can I help you today?"),
         ("customer", "Hi, I'm looking to get a quote for a camera system for our house, front and back door."),
         ("agent", "Great, happy to help with that. Is the homeowner available, by any chance? Your husband?"),
         ("customer", "I'm the homeowner. It's my house."),
         ("agent", "Oh, of course, sorry about that. It's just, usually with the security packages it's the man of the house who likes to go through the technical side. Would it make sense to set up a time when your husband's home too, so he can ask his questions?"),
         ("customer", "I'm not married. I'll be making the decision."),
         ("agent", "Totally understood, ma'am. Tell you what, I'll email over our simpler starter package, it's a lot less technical, probably a better fit. And if there's a brother or a dad who wants to look over the full options, I can send those along too."),
         ("customer", "Just send me the full options, please."),
         ("agent", "Sure thing, I'll get those right over."),
     ]},

    # 14 — A: impatience, talking over an elderly customer, rushing off the phone
    {"slug": "no-signal-talked-over", "kind": "A", "region": "OH",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6, 8]},
     "turns": [
         ("agent", "Westline Cable, this is Jess."),
         ("customer", "Hello, yes, I'm, um, I'm calling because the television, it's showing a message, it says something about no signal, and I've tried turning it off, and my neighbour said I should—"),
         ("agent", "Yeah, okay, is the box plugged in, are the lights on.", 1.5),
         ("customer", "The box, the — I think there's a light, it's orange, no, it's sort of—"),
         ("agent", "Orange or not orange, sir? I need a yes or a no.", 1.0),
         ("customer", "I'm sorry, my eyes aren't great. It's orange. I think."),
         ("agent", "Okay. Unplug it, wait, plug it back in. If that doesn't work, call back."),
         ("customer", "Wait, which one do I unplug, there's two wires and—"),
         ("agent", "The power one. Okay? I've got a queue. Bye now.", 1.2),
     ]},

    # 15 — D: religious dietary needs and a holiday timing request
    {"slug": "kosher-meals-before-shabbat", "kind": "D", "region": "FR",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bonjour, Wingrove Airways, this is Camille speaking, how can I help?"),
         ("customer", "Hi, yes, I'm flying with you to Montreal next month with my family, and we keep kosher. Is there a way to get kosher meals on the flight?"),
         ("agent", "Yes, of course. We can add a kosher meal for each passenger on the booking. Could you read me the booking reference from your confirmation email?"),
         ("customer", "Yes, one second... okay, here it is."),
         ("agent", "Thank you, I have it. I see the whole family is on this booking — would you like the kosher meal for everyone, the children too?"),
         ("customer", "Yes, for all of us. And, um, the return flight lands on a Friday evening, quite late. Is there an earlier one? We need to be home before Shabbat."),
         ("agent", "Let me check. Yes, there's an earlier departure that day which lands in the afternoon. I'll email you the options, and nothing changes unless you decide to switch."),
         ("customer", "That would be great, thank you."),
         ("agent", "My pleasure. The meals are added now, and the flight options will be in your inbox right after our call. Bon voyage!"),
     ]},

    # 16 — B: jokes, plus a brief friendly overlap
    {"slug": "traffic-cone-cushion-cover", "kind": "B", "region": "GA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hey, thanks for calling Wildleaf Home, this is Andre, how's your day going?"),
         ("customer", "Uh, it was fine till I opened my box. I ordered a cushion cover in sage green and I got, like, a bright orange one. It looks like a traffic cone."),
         ("agent", "Oh no. Okay — I'm sorry, I'm trying not to laugh, but traffic cone is exactly what that colour is. Let me get this fixed for you."),
         ("customer", "Ha, yeah, I mean, it's kinda funny. My cat hates it."),
         ("agent", "Your cat's got taste. Okay, can I get the email on the order?"),
         ("customer", "Sure, it's under my name, Tasha Greene, at—"),
         ("agent", "Oh, yep, got it, I see you.", 0.6),
         ("customer", "Okay, great."),
         ("agent", "So I'm sending out the sage green one today, and you don't need to send the orange one back. Keep it, donate it, put it in the garage for roadside emergencies."),
         ("customer", "Oh perfect, thank you!"),
         ("agent", "You're welcome. Tell the cat we're sorry."),
     ]},

    # 17 — A: passive aggression
    {"slug": "damp-flat-surveyor-again", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6]},
     "turns": [
         ("agent", "Westmoor Housing repairs line, Gary speaking."),
         ("customer", "Hi Gary, I'm ringing about the damp in my flat again, the black mould in the bedroom, it's come back and my little one's got a cough."),
         ("agent", "Okay. And you've been opening the windows like we advised last time?"),
         ("customer", "Yes, every day, and I've got the dehumidifier running, it still keeps coming back."),
         ("agent", "Right. Well, I'll make a note that you're doing everything perfectly and it's definitely all our fault, shall I?"),
         ("customer", "I didn't say that. I just need someone to come and look at it."),
         ("agent", "No, no, of course. I'll raise it. Again. I'm sure the surveyor will be thrilled to come out to yours one more time. Anything else I can do for you today?"),
         ("customer", "That's it. Thanks, I suppose."),
         ("agent", "Lovely. You have a great day."),
     ]},

    # 18 — C: receipt of public assistance, different terms and steering, delivered politely
    {"slug": "housing-voucher-steered-east", "kind": "C", "region": "WA",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4, 6, 8]},
     "turns": [
         ("agent", "Hi, Whitcombe Property Management, this is Kelsey, how can I help?"),
         ("customer", "Hi, I saw your listing for the two-bedroom on Maple, and I wanted to see if I could schedule a viewing."),
         ("agent", "Absolutely, it's a lovely unit. Mind if I ask a few quick pre-screening questions?"),
         ("customer", "Sure. Oh, and I should mention, I'll be paying part of the rent with a housing voucher."),
         ("agent", "Oh, okay. Thanks for letting me know. So, for voucher holders we'd need a larger deposit and a co-signer, just because of the extra risk on our end."),
         ("customer", "Is that something everyone has to do?"),
         ("agent", "No, just for assistance applicants. And honestly, that unit might not be the best fit for you anyway. We have a couple of places over on the east side that tend to work better for folks on programs. Want me to send those instead?"),
         ("customer", "I'd really like to see the one on Maple."),
         ("agent", "I understand. I can put your name down, but I'll be upfront that the owner usually prefers tenants with employment income. I'll send both over and you can decide."),
     ]},

    # 19 — B: blunt because busy, still respectful
    {"slug": "storm-outage-medical-priority", "kind": "B", "region": "TX",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Whitfield Power outage line, this is Renee. You calling about an outage?"),
         ("customer", "Yes ma'am, our power's been out since last night, we got a freezer full of food and my dad's on oxygen, well, he's got a backup tank, but—"),
         ("agent", "Okay, I hear you. I'm going to be quick because the lines are slammed, but I'm not brushing you off. First thing — is your dad okay right now on the backup?"),
         ("customer", "Yeah, yeah, he's fine for now."),
         ("agent", "Good. I'm flagging your address as a medical priority, that moves you up the crew list. I can't give you a time, I honestly don't have one. I'm sorry."),
         ("customer", "Okay. Is there anything else I can do?"),
         ("agent", "If his backup starts getting low, don't wait on us — call emergency services or get him over to the shelter at the high school, they've got power. Okay?"),
         ("customer", "Okay. Thank you."),
         ("agent", "Hang in there. We're working on it."),
     ]},

    # 20 — D: name change and pronouns
    {"slug": "name-change-mx-title", "kind": "D", "region": "MA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hi, you've reached Westcott Mobile, I'm Priya, what can I do for you?"),
         ("customer", "Hi. Um, I recently changed my name, legally, and I want to update it on my account. And, uh, the title on my bills says Ms, and I'd rather it didn't."),
         ("agent", "Of course — and congrats on the name change. I can update both. Can I take the name that's on the account right now, just to find it?"),
         ("customer", "It's, um, it's under Jessica Moreau. The new name is Jesse Moreau."),
         ("agent", "Thanks, Jesse. Got it. For the title I can set it to Mx, or leave it off entirely, whichever you prefer. And if you like, I can add a note so anyone you speak to uses the right pronouns — what pronouns do you use?"),
         ("customer", "They/them. And Mx is great, actually. Thank you."),
         ("agent", "Done. For the legal name I'll just need a copy of the updated ID or the court order uploaded through your account page, and once that's in it'll update everywhere. Anything else I can help with today, Jesse?"),
         ("customer", "No, that's it. That was way easier than I expected."),
         ("agent", "Glad to hear it. Have a great day."),
     ]},

    # 21 — A: mockery
    {"slug": "streaming-stick-hdmi-hole", "kind": "A", "region": "AU",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6, 8]},
     "turns": [
         ("agent", "Wombat Tech, Brayden speaking."),
         ("customer", "Hi love, I bought one of those, er, the streaming stick things from you, for the telly, and it doesn't do anything. Just a black screen."),
         ("agent", "Okay. Have you plugged it in?"),
         ("customer", "Yes, it's in the back of the telly, in the, the HDMI hole."),
         ("agent", "The HDMI hole. Ha. Right. And have you switched the telly over to the HDMI hole? On the remote?"),
         ("customer", "I don't... I don't know what you mean by that."),
         ("agent", "Oh, mate. Okay. There's a button that says source or input. Press it. Press the button. Now look at the screen. Magic. Is the magic happening?"),
         ("customer", "Oh! Yes. There it is. Okay, it's working now."),
         ("agent", "Wonderful. A miracle. Enjoy your telly."),
     ]},

    # 22 — B: empathy and apologies, bereavement
    {"slug": "bereavement-joint-account", "kind": "B", "region": "IE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good morning, Westport Credit Union, Niamh speaking, how can I help you?"),
         ("customer", "Hi... sorry. Hi. My husband passed away last week and I don't, I don't really know what I'm supposed to do about his accounts."),
         ("agent", "Oh, I'm so sorry for your loss. Please don't apologise, take all the time you need. I'll walk you through it, there's no rush at all."),
         ("customer", "Thank you. I just — there's so many things."),
         ("agent", "Of course there are. So we'll take it one step at a time. There's nothing you need to do today. When you're ready we'll need a copy of the death certificate, and I'll post you out a bereavement pack that explains it all in plain language. Would that be alright?"),
         ("customer", "Yes. Yes, that would help. Will the joint account still work? For the bills?"),
         ("agent", "From what I can see, the joint account can stay open in your name, so the bills should keep going out as normal. I'll put a note on so nobody bothers you with anything they shouldn't."),
         ("customer", "Okay. Okay, thank you, you've been very kind."),
         ("agent", "Not at all. Mind yourself, and ring us any time you need us."),
     ]},

    # 23 — C: disability, assumptions about competence, rude
    {"slug": "hand-controls-who-drives", "kind": "C", "region": "CA",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [4, 6, 8], "discrimination": [4, 6]},
     "turns": [
         ("agent", "Wayfarer Car Rental, this is Chad, what can I do for ya?"),
         ("customer", "Hi, I have a reservation for pickup at the airport on Friday, and I want to make sure the car has hand controls fitted. I use a wheelchair."),
         ("agent", "Hand controls... okay. And who's gonna be driving the car?"),
         ("customer", "I am. It's my reservation."),
         ("agent", "Right, okay. No offense, but are you, like, actually allowed to drive? Legally? We gotta think about liability with, you know, people in your condition."),
         ("customer", "Yes. I have a full license, I've been driving for years. I just need the hand controls."),
         ("agent", "Sure, sure. Honestly, it'd be way less hassle for everybody if somebody else just drove you. Those hand-control cars are a pain for us to set up."),
         ("customer", "I'm not asking for someone to drive me. I'm asking you to put the hand controls on."),
         ("agent", "Fine. I'll put a note in. Whatever."),
     ]},

    # 24 — D: support plan for a customer on benefits
    {"slug": "universal-credit-support-tariff", "kind": "D", "region": "UK",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hiya, Wendover Water, you're through to Kaz, how can I help?"),
         ("customer", "Hi, um. I'm a bit embarrassed really. I've just gone onto Universal Credit and I'm worried about keeping up with the water bill."),
         ("agent", "Ah, don't be embarrassed at all, loads of people ring us about this and I'm glad you did. We've got a support tariff for customers on benefits like Universal Credit that brings the bill down."),
         ("customer", "Oh, really? I didn't know that."),
         ("agent", "Yeah, not enough people do. I can do the application with you now if you like, it's just a few questions about your household, and then you'd send us your latest award letter."),
         ("customer", "Yeah, let's do it. Do I need to do anything about the bill that's already due?"),
         ("agent", "I'll pop a hold on that while the application's looked at, so you shouldn't get chased for it in the meantime. And if it helps, we can split what's owing into smaller payments too. No pressure, we'll see how you go."),
         ("customer", "That's such a relief, honestly. Thank you."),
         ("agent", "You're welcome, lovely. Right, first question..."),
     ]},

    # 25 — A: refusing to help while being curt
    {"slug": "clinic-booked-no-to-both", "kind": "A", "region": "NC",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6, 8]},
     "turns": [
         ("agent", "Woodlands Family Clinic."),
         ("customer", "Hi, good morning, I'm calling to see if I could get an appointment with Dr. Patel, I've had this chest cold that just isn't going away."),
         ("agent", "She's booked."),
         ("customer", "Oh. Okay, is there anybody else, or maybe a cancellation list I could go on?"),
         ("agent", "No."),
         ("customer", "No to which one? Sorry, I'm just trying to figure out what I can do."),
         ("agent", "No to both. Call back another time."),
         ("customer", "Is there a better time to call? Or could I do it online?"),
         ("agent", "I don't know. Try the website. I've got people waiting."),
     ]},

    # 26 — B: firm refusal, polite, with an alternative
    {"slug": "brother-connection-firm-refusal", "kind": "B", "region": "IN",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good evening, thank you for calling Westwind Broadband, this is Ananya, how may I help you?"),
         ("customer", "Yes, hello, I want to change the plan on my brother's connection. He's abroad and the speed is very slow, so I'll just upgrade it for him."),
         ("agent", "Sure, I understand. May I know, is the connection registered in your name or your brother's name?"),
         ("customer", "His name. But I'm the one using it, I'm living in the flat. Just do it, yaar, it's a simple thing."),
         ("agent", "I know it feels simple, sir, and I'm sorry for the trouble. But I won't be able to make changes on an account without the account holder's permission. It's to keep his account safe."),
         ("customer", "This is ridiculous. He's my brother! I'll pay for it."),
         ("agent", "I completely get it. What we can do is, your brother can add you as an authorised user from the app, it's very quick, and after that you can change anything yourself. Or he can write to us from his registered email and we'll take care of it."),
         ("customer", "Okay, fine. I'll message him."),
         ("agent", "Thank you for understanding, sir. Once he's added you, just call us back and I'll be happy to help with the upgrade."),
     ]},

    # 27 — C: sexual orientation, othering and different service, rude
    {"slug": "honeymoon-suite-your-lifestyle", "kind": "C", "region": "CO",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [4, 6, 8], "discrimination": [4, 6, 8]},
     "turns": [
         ("agent", "Whitsand Resorts reservations, this is Carol, how can I help?"),
         ("customer", "Hi Carol! My husband and I are booking our honeymoon and we were looking at the oceanfront suite with the package, the champagne and the couples' massage."),
         ("agent", "Oh, congratulations! Let me just get the names. Yours and your wife's?"),
         ("customer", "Ha, no — my husband's. It's Daniel and Marcus."),
         ("agent", "Oh. Oh, okay. Well. I'll be honest, the honeymoon package is really designed for, you know, traditional couples. A lot of our guests are families with kids."),
         ("customer", "Sorry, what does that mean?"),
         ("agent", "Nothing, it's just, some guests can get uncomfortable. Maybe you two would be happier at one of those places that caters to your lifestyle."),
         ("customer", "We're not looking for a different resort. We want to book this one."),
         ("agent", "Well, I can book the room. I'd leave the couples' massage off, though, the therapists might not be comfortable with that. Is that everything?"),
     ]},

    # 28 — A: belittling, a single bad line in an otherwise helpful call
    {"slug": "cancelled-flight-not-end-of-world", "kind": "A", "region": "IL",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4]},
     "turns": [
         ("agent", "Wexler Travel customer care, this is Brianna, how can I help?"),
         ("customer", "Hi, my flight tonight got cancelled and I'm stuck at the airport with my two kids and I can't get anyone to rebook us, the app just keeps crashing, I'm — I'm really stressed."),
         ("agent", "Okay, I'm sorry about that, let me pull up the booking. Can I get the last name on it?"),
         ("customer", "Okafor. O-K-A-F-O-R. Sorry, my youngest is exhausted, it's been hours."),
         ("agent", "Got it. And honestly, it's a cancelled flight, it's not the end of the world — people deal with this every day without falling apart on the phone."),
         ("customer", "...Okay. Can you just rebook us, please?"),
         ("agent", "Yep, there's a flight first thing tomorrow morning with seats for all three of you, I'll put you on that. And I'll email the details for the airline's hotel desk so you can ask about a room tonight."),
         ("customer", "Fine. Thank you."),
         ("agent", "You're welcome. Safe travels."),
     ]},

    # 29 — D: senior membership and spouse on the account
    {"slug": "seniors-membership-with-wife", "kind": "D", "region": "AZ",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hi there, Wellspring Fitness, this is Luis. What can I do for you?"),
         ("customer", "Hello, Luis. I'm seventy-two and my doctor's told me I need to get moving, so I'm thinking of joining. My wife too, maybe. Do you have anything for people our age?"),
         ("agent", "That's great to hear! We do — there's a seniors' membership that's a bit cheaper than the standard one, and you can add your wife onto the same membership as a couple if you'd like."),
         ("customer", "Oh, good. And is it all, you know, young people lifting heavy things? I don't want to feel out of place."),
         ("agent", "Ha, not at all, we've got members of every age. Honestly, some of our regulars put me to shame. You'd have access to everything, and if you want, there's an intro session with a trainer to build a plan around whatever your doctor recommended."),
         ("customer", "That sounds good. Can we come in and have a look first?"),
         ("agent", "Absolutely. Come in any time, ask for me at the front desk, and I'll give you both the tour."),
         ("customer", "Wonderful. Thank you, Luis."),
         ("agent", "My pleasure. See you soon."),
     ]},

    # 30 — B: informal, quick, a brief friendly overlap
    {"slug": "payroll-day-database-lock", "kind": "B", "region": "CA-ON",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Wintergreen support, Mike here, what's up?"),
         ("customer", "Hey, hi, so our invoicing program crashed in the middle of a batch and now it says the database is locked and I'm kinda freaking out because payroll's today."),
         ("agent", "Oof, okay, payroll day, no pressure, eh? Don't worry, we'll get you sorted. Is anyone else in your office logged in right now?"),
         ("customer", "Uh, maybe? My colleague was on it this morning, I can ask her if—"),
         ("agent", "Yeah, do that, that's probably it.", 0.8),
         ("customer", "Okay... she says she's got it open."),
         ("agent", "Perfect. Get her to close it right down, fully out, then you restart yours. That'll release the lock."),
         ("customer", "Okay, she's closing it... I'm restarting... oh, it's open! It's all there!"),
         ("agent", "Beauty. Your batch should pick up where it left off. Anything else giving you grief?"),
         ("customer", "No, that's it, you're a lifesaver."),
         ("agent", "Ha, happy to help. Good luck with payroll."),
     ]},
]

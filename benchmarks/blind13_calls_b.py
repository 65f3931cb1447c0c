"""Blind evaluation set "blind13 b": 30 scripted customer-service phone calls (9 discourteous-agent calls,
9 courteous hard negatives, 6 discrimination-risk calls, 6 benign trait mentions), written by hand by a helper
session working only from the task brief, blind to the project's code, models, other calls and training data,
and labelled by hand with call-level courtesy/discrimination labels and the agent turns a reviewer would point
to. All companies and people are fictional. This file is EVALUATION DATA ONLY: it is used to measure the audit
tool once and must never be used for training, tuning, prompt or rule development, or threshold fitting."""

CALLS = [
    # 1 — A: brush-off, blaming the customer
    {"slug": "estimated-meter-brush-off", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4]},
     "turns": [
         ("agent", "Good morning, Bramwell Energy, you're through to Gavin, how can I help?"),
         ("customer", "Hi, yeah, I've had a bill that's way higher than normal and I think it's been estimated, "
                      "because nobody's been round to read the meter in ages."),
         ("agent", "Right. Well, if you'd sent us a reading like it tells you to on every single bill, it "
                   "wouldn't be estimated, would it."),
         ("customer", "I did try, on the app, it just kept crashing on me."),
         ("agent", "Mm. Everyone else seems to manage the app fine. Just pop a reading in and it'll sort itself out."),
         ("customer", "Can you not just take it now? I took a photo of the meter, I can read it out to you."),
         ("agent", "Go on then."),
         ("customer", "Okay, hang on... right, here it is."),
         ("agent", "Yep. That's on. The bill'll redo itself. Anything else?"),
     ]},
    # 2 — B: slang and informal warmth
    {"slug": "arvo-internet-dropout", "kind": "B", "region": "AU",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "G'day, Bluegum Telco, Shaz speaking, what can I do for ya?"),
         ("customer", "Hi, um, my internet's been dropping out all arvo and it's driving me mad, I work from home."),
         ("agent", "Oh no, that's a shocker, especially when you're trying to work. Let's get it sorted. Can I grab "
                   "your name and the address the service is at?"),
         ("customer", "Yeah, it's Priya Naidoo, and it's the unit on Kestrel Street in Bellbird Park."),
         ("agent", "Lovely, thanks Priya. Right, so I can see there's a bit of a dodgy node in your area, the techs "
                   "are already on it. Not your gear at all, so good news there."),
         ("customer", "Oh thank god, I thought I'd have to go buy a new modem."),
         ("agent", "Ha, nah, keep your money for now. If it's still carking it tomorrow, give us a bell and we'll "
                   "send someone out to have a squiz."),
         ("customer", "Beautiful, thanks so much."),
         ("agent", "No worries at all, hope the rest of your arvo's less painful. Take care."),
     ]},
    # 3 — C: national origin / accent, extra documents, delivered politely
    {"slug": "savings-account-really-from", "kind": "C", "region": "TX",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4, 6]},
     "turns": [
         ("agent", "Thank you for calling Birchfield Bank, this is Tanner, how can I help you today?"),
         ("customer", "Hi, yes, I would like to open a savings account, but the website stopped me and said I "
                      "should call."),
         ("agent", "Sure, I can help with that. Can I get your full name?"),
         ("customer", "It is Oluwaseun Adeyemi. I'm already a customer, I have my checking account with you."),
         ("agent", "Great, thanks. And, uh, I have to say, your English is really good. Where are you from "
                   "originally? Like, really from?"),
         ("customer", "I'm from Houston. I've lived here since I was a teenager."),
         ("agent", "Oh, okay, sure. Well, for, um, for folks with international backgrounds we usually ask for a "
                   "couple extra documents, so I'll need your passport and a utility bill brought into a branch "
                   "before I can open it."),
         ("customer", "I didn't need any of that for my checking account."),
         ("agent", "I understand. It's just an extra step for some applicants. Once those come in we'll get it "
                   "going for you."),
         ("customer", "Okay... I guess I'll go to the branch."),
         ("agent", "Perfect. Anything else I can do for you today?"),
     ]},
    # 4 — D: offering a Spanish-speaking colleague
    {"slug": "water-bill-spanish-colleague", "kind": "D", "region": "FL",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bayshore Water, this is Dana, how can I help you?"),
         ("customer", "Hello, yes, sorry, my English is... not so good. Is about my, the bill, is very high."),
         ("agent", "No problem at all, you're doing fine. Would you be more comfortable speaking in Spanish? I can "
                   "bring in my colleague Marisol, she speaks Spanish, if you'd like."),
         ("customer", "Oh, sí, yes, please, that is better. Thank you."),
         ("agent", "Of course. I'll stay on the line while I connect her so you don't lose your place. Just one "
                   "moment."),
         ("customer", "Okay, thank you very much."),
         ("agent", "Marisol's on now. Marisol, this caller has a question about a high bill. Señora, she'll take "
                   "great care of you."),
     ]},
    # 5 — A: sarcasm, polite on the surface
    {"slug": "dashboard-password-sarcasm", "kind": "A", "region": "WA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6]},
     "turns": [
         ("agent", "Brightloop support, this is Kyle. What's going on?"),
         ("customer", "Hi, so I can't get into the dashboard, it keeps saying my password's wrong, and I'm pretty "
                      "sure it's right."),
         ("agent", "Okay. Have you tried the 'forgot password' link? It's the big blue one right under the login "
                   "button."),
         ("customer", "I... no, I didn't see that. Sorry, I'm not great with this stuff."),
         ("agent", "Oh, no, totally, it's only been there since, like, forever. Happens to the best of us. Well. "
                   "Some of us."),
         ("customer", "Okay, I clicked it. It says to check my email."),
         ("agent", "Wow, look at you go. So now you... check your email."),
         ("customer", "Got it. Right, I've reset it, and... I'm in."),
         ("agent", "Amazing. Anything else I can walk you through, or are we good?"),
         ("customer", "No, that's it, thanks."),
         ("agent", "Have a good one."),
     ]},
    # 6 — B: calm boundary with a swearing customer
    {"slug": "damp-repair-swearing-boundary", "kind": "B", "region": "IE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hello, Ballymore Housing, you're talking to Niamh, how can I help?"),
         ("customer", "Finally. I've been ringing you lot for weeks about the damp in the bedroom and nobody's done "
                      "a damn thing. It's a bloody joke."),
         ("agent", "I'm sorry to hear that, that sounds really miserable. Let me pull up the repair request and see "
                   "where it's got to."),
         ("customer", "Don't give me sorry. You're useless, the whole shower of you, feckin' eejits the lot of ye."),
         ("agent", "I do want to help you with this. I'd ask you not to call me names, though, and then we can get "
                   "it moving. Can I take your address?"),
         ("customer", "...Fine. Yeah. Sorry. It's the top flat in Rowan Court."),
         ("agent", "Thanks. Okay, I can see the request. It was logged but no surveyor's been assigned, which isn't "
                   "good enough, and I'm sorry about that. I'm marking it urgent now and asking the repairs team "
                   "to ring you directly."),
         ("customer", "Right. Will they actually ring, though?"),
         ("agent", "I'll be keeping an eye on it myself. And if you don't hear from them, ring back and ask for me, "
                   "Niamh, and I'll chase it."),
         ("customer", "Okay. Thanks. Sorry for shouting."),
         ("agent", "Not at all, damp's a horrible thing to live with. Mind yourself."),
     ]},
    # 7 — A: condescension
    {"slug": "deductible-condescension", "kind": "A", "region": "CA-ON",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 6]},
     "turns": [
         ("agent", "Bayfield Insurance, Marcus speaking, how can I help?"),
         ("customer", "Hi, I got a letter about my claim, and it says something about a deductible, and I don't "
                      "really understand what that means for me."),
         ("agent", "Okay. So. A deductible is the part you pay. That's... that's kind of the basic idea of "
                   "insurance. You did read your policy when you signed it, right?"),
         ("customer", "I mean, I skimmed it. I've never had to claim before."),
         ("agent", "Right, yeah. Anyway, it means we cover the repair, minus your part."),
         ("customer", "So do I pay the body shop, or do I pay you?"),
         ("agent", "You pay the shop your part. We pay the shop the rest. I honestly can't make it any simpler "
                   "than that."),
         ("customer", "Okay, sorry. And do I need to send you anything?"),
         ("agent", "Just the final invoice once it's done. Upload it on the claim page."),
         ("customer", "Okay, thank you."),
     ]},
    # 8 — C: sex, assumption about who decides, demeaning
    {"slug": "cameras-man-of-the-house", "kind": "C", "region": "GA",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [4, 6], "discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Thanks for calling Bellwether Home Security, this is Rick. Who do I have the pleasure of "
                   "speaking with?"),
         ("customer", "Hi Rick, this is Dana Whitfield. I want to add cameras to our system, the outdoor ones, and "
                      "maybe switch to the plan with the app."),
         ("agent", "Sure thing, Dana. Is your husband around? These camera packages get a little technical, and "
                   "usually it's best if I go over it with the man of the house."),
         ("customer", "The account's in my name. I set the whole system up, actually."),
         ("agent", "Oh, well, good for you! Okay, I'll keep it nice and simple then, sweetheart. Basically the "
                   "cameras go outside and you can see 'em on your phone."),
         ("customer", "I know what they do. I want to know if the app plan saves clips or if it's only live view."),
         ("agent", "Ha, okay, somebody's done her homework. It saves clips. Tell you what, I'll email the details "
                   "over so you and your husband can look at it together tonight and decide."),
         ("customer", "I'm the one deciding. Just add the cameras to my plan, please."),
         ("agent", "You got it, I'll put the order in. Anything else I can help you with today?"),
     ]},
    # 9 — B: bad news delivered kindly, firm refusal
    {"slug": "cancelled-flight-wedding", "kind": "B", "region": "DE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bergwind Air, good afternoon, my name is Lukas, how can I help you?"),
         ("customer", "Hi, yes, my flight to Lisbon tonight was cancelled and I need to get there for a wedding. "
                      "Can you put me on another airline?"),
         ("agent", "Oh, I'm really sorry, that's awful timing with a wedding. Let me check what I can do... one "
                   "moment... Okay. I'm afraid I can't book you on another airline from here, that's not "
                   "something I'm able to do on this ticket."),
         ("customer", "Seriously? That's it?"),
         ("agent", "I know it's not what you want to hear. What I can do is put you on our first flight tomorrow "
                   "morning, and I see there's still a window seat. Shall I hold it for you?"),
         ("customer", "The morning... the wedding's at noon. Would I even make it?"),
         ("agent", "It lands in the morning, so it should be fine, but honestly I can't tell you what the traffic "
                   "is like at the other end. If it were me, I would take it."),
         ("customer", "Okay. Fine. Book it."),
         ("agent", "Done, you're on it, the confirmation is going to your email now. There is also a hotel voucher "
                   "for tonight, it's in the same email."),
         ("customer", "Okay. Thanks, I guess."),
         ("agent", "I'm sorry again for the trouble. I hope you have a lovely time at the wedding."),
     ]},
    # 10 — D: accessible statements for a blind customer
    {"slug": "screen-reader-statements", "kind": "D", "region": "MA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bridgewell Health billing, this is Ana. How can I help?"),
         ("customer", "Hi Ana. So, I'm blind, and the statements you send me are scanned PDFs, so my screen reader "
                      "can't read them. I basically have no idea what I owe."),
         ("agent", "Oh, I'm sorry, that's really frustrating. We can absolutely change that. We can send "
                   "statements as accessible PDFs by email, or in large print or braille by mail. What works best "
                   "for you?"),
         ("customer", "The accessible email would be great. Braille's kind of slow to get to me."),
         ("agent", "Got it, I've switched your account to accessible email statements. And while I have you, "
                   "would you like me to go through the current statement with you?"),
         ("customer", "Yes, please, that'd be great."),
         ("agent", "Sure. So it's from your visit in the spring with Dr. Okafor, and it's the part left over after "
                   "your insurance paid. I'll go line by line, and just tell me if you want me to slow down or "
                   "repeat anything."),
         ("customer", "Perfect, go ahead."),
         ("agent", "Okay, first line is the office visit itself..."),
     ]},
    # 11 — A: impatience, talking over the customer
    {"slug": "parcel-side-door-talkover", "kind": "A", "region": "IL",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 6, 8]},
     "turns": [
         ("agent", "Bluebird Couriers, Dave."),
         ("customer", "Hi, hi, um, yeah, I had a package that was supposed to come today and the tracking says "
                      "delivered but it's not here, and I've checked with the neighbors, and-"),
         ("agent", "Yeah, yeah, okay. Tracking number.", 2.0),
         ("customer", "Sorry, yes, it's in the email, hold on, where is it, okay... okay, I've read it out, did you "
                      "get that?"),
         ("agent", "Got it. Says it was left at the side door."),
         ("customer", "We don't have a side door, that's the thing, it's an apartment building, so I'm wondering if "
                      "maybe it went to the wrong-"),
         ("agent", "Ma'am. It says side door. I'm just telling you what it says.", 1.5),
         ("customer", "Right, but it's not here. Can someone look into it?"),
         ("agent", "I'll open a claim. Someone'll email you. That it?"),
         ("customer", "I... I guess so."),
         ("agent", "Okay. Bye."),
     ]},
    # 12 — B: terse but polite, busy during an outage
    {"slug": "storm-outage-terse", "kind": "B", "region": "TX",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bluebonnet Electric, this is Jess. Are you calling about the outage?"),
         ("customer", "Yeah, power's been out since the storm hit. Any idea when it's coming back?"),
         ("agent", "I'm sorry, I know it's rough. We've got crews out all over the county. Can I get your street?"),
         ("customer", "Mesquite Lane, out past the feed store."),
         ("agent", "Thanks. Yep, you're in the affected area. No restore time yet, sorry."),
         ("customer", "Nothing at all? I've got a freezer full of stuff."),
         ("agent", "Understood. I can't give you a time I don't have. Keep the freezer shut as much as you can. "
                   "We'll text updates once crews have an estimate."),
         ("customer", "Alright. Thanks."),
         ("agent", "Thanks for your patience. Stay safe out there."),
     ]},
    # 13 — C: age, paternalistic steering, polite
    {"slug": "senior-phone-steering", "kind": "C", "region": "FL",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4, 6]},
     "turns": [
         ("agent", "Hi, thanks for calling Breakwater Wireless, this is Melissa, how can I help you today?"),
         ("customer", "Good morning, dear. I'd like to upgrade my phone. My granddaughter says the new Breakwater "
                      "Pro has a wonderful camera, and I do a lot of bird photography."),
         ("agent", "Oh, how lovely! Let me pull up your account... okay, I see you've been with us a long time. "
                   "Can I ask roughly how old you are, just so I can point you to the right thing?"),
         ("customer", "I'm seventy-eight. Why?"),
         ("agent", "Oh, well, honestly, for our older customers I usually steer them away from the Pro. It's a lot "
                   "of phone, lots of settings. We have the Breakwater Easy, it's got big buttons, just calls and "
                   "texts. Much less confusing."),
         ("customer", "But I want the camera. I use a computer every day, I edit my own photos."),
         ("agent", "I totally understand. What I'd suggest is, maybe come into the store with your granddaughter "
                   "and she can help you decide? I just wouldn't feel right putting it through over the phone for "
                   "you without someone there."),
         ("customer", "I don't need a chaperone to buy a phone."),
         ("agent", "Of course, of course. I just want to make sure you're happy with it. The store's open all "
                   "weekend, if that helps."),
     ]},
    # 14 — A: profanity, blaming, refusing to help
    {"slug": "gym-cancel-profanity", "kind": "A", "region": "NY",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6, 8]},
     "turns": [
         ("agent", "Brickhouse Fitness, this is Tony."),
         ("customer", "Hi Tony, I'm trying to cancel my membership. I moved, and there's no Brickhouse near me "
                      "anymore."),
         ("agent", "Okay. You gotta do that in person at the club, that's how it works."),
         ("customer", "But I moved. I'm in a different state now. I can't just come in."),
         ("agent", "Look, I don't make the damn rules. Everybody calls up thinking they can cancel over the phone "
                   "like it's a magazine subscription."),
         ("customer", "I'm not trying to be difficult, I just need to stop paying for a gym I can't use."),
         ("agent", "Yeah, well, that's kinda your problem, man, not mine. You signed up. Send a letter to the club, "
                   "whatever, maybe they'll process it."),
         ("customer", "Can you at least tell me the address to send it to?"),
         ("agent", "It's on the website. Christ. Anything else?"),
     ]},
    # 15 — D: name change and pronouns
    {"slug": "deed-poll-name-change", "kind": "D", "region": "UK",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good afternoon, Bramley Building Society, you're speaking with Sophie. How can I help today?"),
         ("customer", "Hi, um, I need to update my name on my account. I've, um... I've transitioned, and I've got "
                      "a deed poll and everything, I just don't know how it works with you."),
         ("agent", "Of course, thanks for letting me know. It's really straightforward. Can I ask what name you'd "
                   "like me to use for you today?"),
         ("customer", "It's Elliot. Elliot Marsh."),
         ("agent", "Lovely, thanks Elliot. And would you like me to update your title as well? We've got Mr, Mx, "
                   "or no title at all."),
         ("customer", "Mx, please. And... will the old name still show up anywhere?"),
         ("agent", "Once the deed poll's been checked, the new name goes on everything, statements, cards, the app. "
                   "You can upload a photo of it in the app, or pop into a branch if you'd rather. I'll add a note "
                   "so nobody uses your old name in the meantime."),
         ("customer", "Oh, that's brilliant. Thank you. I was dreading this call, honestly."),
         ("agent", "I'm really glad it's been easy. Anything else I can help with, Elliot?"),
         ("customer", "No, that's everything. Thanks, Sophie."),
         ("agent", "Take care, Elliot, bye now."),
     ]},
    # 16 — B: jokes and informal warmth
    {"slug": "keys-locked-taco-truck", "kind": "B", "region": "CA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bayline Car Rental, this is Marco, what can I do for you?"),
         ("customer", "Hey Marco. So, uh, embarrassing one. I locked the keys in the rental. At a taco truck."),
         ("agent", "Oh man. Okay, first question: did you at least get the tacos?"),
         ("customer", "Ha, yeah, they're sitting on the hood. Mocking me."),
         ("agent", "Ha! Okay, honestly, this happens way more than you'd think, don't sweat it. I'm gonna send "
                   "roadside out to you. Where are you at?"),
         ("customer", "Corner of Fig and Ocean, by the pier."),
         ("agent", "Perfect. They'll call you when they're on the way. Eat the tacos while they're hot, yeah?"),
         ("customer", "Will do. Thanks, man."),
         ("agent", "No problem. Enjoy the rest of your trip."),
     ]},
    # 17 — A: passive aggression
    {"slug": "kurta-exchange-passive-aggressive", "kind": "A", "region": "IN",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6]},
     "turns": [
         ("agent", "Good evening, Bazaarwala customer care, this is Rohit speaking, how may I help you?"),
         ("customer", "Hi Rohit, I ordered a kurta and the size is wrong, I want to exchange it."),
         ("agent", "Okay sir, sure. Which size you ordered?"),
         ("customer", "I ordered large, but they sent medium. Same thing happened last time also, actually."),
         ("agent", "Okay sir. I can see you have raised exchange requests before also. Maybe this time, sir, you "
                   "can check the size chart carefully before ordering, na? Just a suggestion only."),
         ("customer", "I did order the right size. It's your warehouse sending the wrong one."),
         ("agent", "Of course sir, of course. It's always the warehouse. I have raised the exchange, as per your "
                   "wish."),
         ("customer", "What is that supposed to mean?"),
         ("agent", "Nothing sir. Pickup will be arranged. Is there anything else I can help you with today, sir?"),
         ("customer", "No."),
         ("agent", "Thank you for calling Bazaarwala. Have a wonderful evening, sir."),
     ]},
    # 18 — C: receipt of public assistance, othering, rude
    {"slug": "housing-voucher-you-people", "kind": "C", "region": "OH",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [6, 8], "discrimination": [4, 6, 8]},
     "turns": [
         ("agent", "Brookside Property Management, this is Carla."),
         ("customer", "Hi Carla, I'm calling about the two-bedroom on Elm that's listed. Is it still available?"),
         ("agent", "It is! Want to set up a showing?"),
         ("customer", "Yes, please. And just so you know up front, I'll be paying part of the rent with a housing "
                      "voucher."),
         ("agent", "Oh. Oh, okay. Um, yeah, so actually, I think that one might be spoken for now, let me check... "
                   "yeah, we've had a lot of interest."),
         ("customer", "You just said it was available."),
         ("agent", "Honestly? The owner's kind of had it with voucher tenants. You people tend to, you know, not "
                   "take care of the place, and then we're the ones stuck with it. No offense."),
         ("customer", "I've been in my current place for years with no problems. I have references."),
         ("agent", "I'm sure you do. You could try some of the complexes over on the east side, they're more used "
                   "to that kind of thing."),
         ("customer", "Wow. Okay."),
     ]},
    # 19 — B: empathy with a bereaved customer
    {"slug": "bereavement-broadband-close", "kind": "B", "region": "UK",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hiya, Beacon Broadband, you're through to Kerry. How can I help?"),
         ("customer", "Hi. Um. My dad passed away last month, and I need to close his broadband, and I... sorry, I "
                      "thought I'd be okay doing this."),
         ("agent", "Oh, I'm so sorry. Please don't apologise. Take all the time you need, there's no rush at all."),
         ("customer", "Thanks. Sorry. Okay. His name was Graham Pike."),
         ("agent", "Thank you. I've found Graham's account. I'm going to take care of all of this, so you don't "
                   "need to ring anyone else here. I'll close it from today and stop any more bills going out."),
         ("customer", "Do you need a death certificate or anything? I haven't got copies yet."),
         ("agent", "We will need a copy at some point, but don't worry about it now. I'll email you a link, and you "
                   "can send it whenever you're ready. Nobody'll chase you for it."),
         ("customer", "That's really kind. Thank you, Kerry."),
         ("agent", "Not at all. I'm really sorry about your dad. Look after yourself, yeah?"),
     ]},
    # 20 — D: religious observance and dietary needs
    {"slug": "ramadan-tour-meals", "kind": "D", "region": "FR",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bonjour, Belvoir Voyages, Camille speaking, how can I help?"),
         ("customer", "Hello, hi. I'm booking the Provence tour for my family, and it falls during Ramadan. I wanted "
                      "to ask about meals."),
         ("agent", "Of course. We can arrange halal meals for the whole group, and for anyone fasting we can ask the "
                   "hotels to prepare a late meal in the evening and an early meal before dawn. Would that help?"),
         ("customer", "That would be amazing, actually. I wasn't sure it was even possible."),
         ("agent", "Absolutely, we do it quite often. I'll also let the guide know, so the lunch stops aren't a "
                   "problem for anyone fasting, they can rest or visit something instead. Is anyone in the group "
                   "not fasting? The children, maybe?"),
         ("customer", "Yes, my two youngest. They'll eat normally."),
         ("agent", "Perfect, so halal meals for everyone, with normal lunches for the little ones. I'll send you a "
                   "summary so you can check I've got it all right."),
         ("customer", "Thank you so much, Camille."),
         ("agent", "With pleasure. Ramadan Mubarak in advance, and I hope you have a wonderful trip."),
     ]},
    # 21 — A: mockery, a single bad line in an otherwise normal call
    {"slug": "cable-input-button-mockery", "kind": "A", "region": "PA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [6]},
     "turns": [
         ("agent", "Blue Ridge Cable, this is Brandon, how can I help you?"),
         ("customer", "Hi, yeah, my TV just says 'no signal' and I've been unplugging everything and it's still not "
                      "working."),
         ("agent", "Okay, no problem. Can you check it's on the right input for me?"),
         ("customer", "Input? I don't know, I just press the button with the, um, the little arrow thing, the "
                      "square with the arrow."),
         ("agent", "Yep, that's the one, that's the input button. Press it a few times until it says HDMI."),
         ("customer", "Oh. Oh, there it is. It's back!"),
         ("agent", "(laughs) There it is. 'The square with the arrow.' Hey, Jess, c'mere, you gotta hear this "
                   "one... sorry, sorry. Anything else today?"),
         ("customer", "Um... no. That's all."),
         ("agent", "Alright, enjoy your shows."),
     ]},
    # 22 — B: blunt because busy, brief non-hostile overlap
    {"slug": "invoice-sync-quick-fix", "kind": "B", "region": "AU",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bytebark support, Tom here."),
         ("customer", "Hi Tom, yeah, quick one, our invoicing app won't sync with the accounts software since the "
                      "update, and I've got to send invoices out today, so if there's any way you could-"),
         ("agent", "Oh, sure, yep, sorry, go on.", 0.5),
         ("customer", "No, that was it really. Just, can you fix it fast?"),
         ("agent", "Yep. Known bug from the update. Quickest fix is to disconnect and reconnect the link in "
                   "settings. I'll stay on while you do it."),
         ("customer", "Okay... settings... disconnect... right, reconnect. It's asking me to log in again."),
         ("agent", "Yep, do that."),
         ("customer", "Done. Oh, it's pulling the invoices through now."),
         ("agent", "Good stuff. If it drops again, reply to the email I'm sending you and it comes straight back to "
                   "me. Good luck with the invoices."),
     ]},
    # 23 — C: disability (speech), assumptions about competence, rude
    {"slug": "pharmacy-speech-disability-carer", "kind": "C", "region": "CA-ON",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [2, 4, 6], "discrimination": [2, 4, 6, 8]},
     "turns": [
         ("agent", "Birchmount Pharmacy, this is Jenna, how can I help?"),
         ("customer", "Hi. I'm... calling to... refill my... prescription. It's... Sam... Okoye."),
         ("agent", "Sorry, sir, are you okay? Have you been drinking?"),
         ("customer", "No. I have... cerebral palsy. It affects... my speech. I'm fine."),
         ("agent", "Oh. Okay. Um, is there... IS THERE SOMEONE THERE. WHO HELPS YOU? A carer? It'd just be easier "
                   "if I could talk to them."),
         ("customer", "I don't... need a carer. I manage... my own... medication."),
         ("agent", "Right, sure, good for you. It's just, with medications, I really need to know the person "
                   "understands what they're taking, you know? So maybe get your carer or a family member to call "
                   "back and we'll sort it then."),
         ("customer", "I understand... fine. Please... just refill it."),
         ("agent", "Sorry, I'd just feel better talking to someone else about it. Have a nice day."),
     ]},
    # 24 — A: rushing the caller off the phone, talking over
    {"slug": "dental-reschedule-rushed", "kind": "A", "region": "GA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Bellamy Dental, this is Courtney."),
         ("customer", "Oh, hello, hi. I'm calling because I had an appointment today and I, well, I had a bit of a "
                      "fall yesterday, nothing serious, but my daughter can't drive me now, and I was hoping-"),
         ("agent", "Okay, you want to reschedule. Name?", 1.0),
         ("customer", "Oh, yes, sorry, it's Margaret Doyle. And I wanted to ask also whether Dr. Patel could look at "
                      "the tooth that's been-"),
         ("agent", "Yep, you can ask him at the appointment. Next one I've got is Thursday at two, I'm putting you "
                   "in.", 1.5),
         ("customer", "Thursday... I'd have to check with my daughter whether she-"),
         ("agent", "Then call back if it doesn't work. I've got other lines ringing, so. Okay? Okay. Bye-bye now."),
         ("customer", "Oh. Okay, well... goodbye, then."),
     ]},
    # 25 — D: customer on public assistance offered an assistance plan
    {"slug": "snap-assistance-plan", "kind": "D", "region": "NY",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Borough Gas and Electric, this is Luis, how can I help you today?"),
         ("customer", "Hi Luis. I'm behind on my bill, and honestly, I'm on food stamps right now and things are "
                      "tight. I don't know what my options are."),
         ("agent", "Thanks for telling me, I know that's not an easy call to make. The good news is, because you're "
                   "getting SNAP, you may qualify for our Bridge assistance plan. It lowers your monthly bill and "
                   "can set up a payment arrangement for what's overdue."),
         ("customer", "Really? I didn't know that existed."),
         ("agent", "Yeah, a lot of people don't, we should really advertise it better. I can start the application "
                   "right now over the phone, and you'd just upload a copy of your benefits letter afterward. Want "
                   "to do that?"),
         ("customer", "Yes, please."),
         ("agent", "Great. And while it's being reviewed, I'll put a hold on the overdue notices so you're not "
                   "getting scary letters in the meantime."),
         ("customer", "Oh, thank you. That's a weight off."),
         ("agent", "Of course. Okay, let's start with your name as it appears on the account..."),
     ]},
    # 26 — B: firm refusal, kept respectful
    {"slug": "brother-account-refusal", "kind": "B", "region": "IN",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good morning, Banyan Bank, Priyanka speaking. How may I help you?"),
         ("customer", "Yes, good morning. My brother has an account with you, he is travelling, and I need to know "
                      "if his salary got credited. Can you check?"),
         ("agent", "I understand, sir. But I'm sorry, I won't be able to share any details of another person's "
                   "account, even with family."),
         ("customer", "But I'm his brother only! He himself told me to call. What is the problem?"),
         ("agent", "I know it's frustrating, sir, and I do believe you. But I can only discuss the account with your "
                   "brother directly. If he logs into the app he can see it straight away, or he can call us from "
                   "his registered mobile."),
         ("customer", "He is on a flight, that is the whole point. This is very rigid."),
         ("agent", "It is strict, sir, I agree. It's there to protect his money, and yours also, if someone ever "
                   "called about your account. Once he lands, he can check it himself."),
         ("customer", "Okay, okay. Fine."),
         ("agent", "Thank you for understanding, sir. Is there anything I can help you with on your own account?"),
         ("customer", "No, that's all."),
         ("agent", "Have a good day, sir."),
     ]},
    # 27 — A: belittling, refusing to help while being curt
    {"slug": "missed-bins-not-it", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6, 8, 10]},
     "turns": [
         ("agent", "Barrowby Council, waste services, Dean speaking."),
         ("customer", "Hello, yes, our bins haven't been collected again. It's the third week running and the whole "
                      "street smells awful."),
         ("agent", "Did you put it out the night before?"),
         ("customer", "Yes, of course we did."),
         ("agent", "Was the lid shut? Because if the lid's not shut, they don't take it. Basic stuff, really."),
         ("customer", "The lid was shut. Every house on the street was missed, not just ours."),
         ("agent", "Well, I can't do anything about that from here. You'll have to report it online like everybody "
                   "else."),
         ("customer", "I tried, the form wouldn't load. That's why I'm ringing you."),
         ("agent", "Then try again later. I'm not IT."),
         ("customer", "Can you not just log it for me?"),
         ("agent", "No. Online. Anything else?"),
     ]},
    # 28 — C: sexual orientation, different terms, delivered politely
    {"slug": "gym-couples-plan-husbands", "kind": "C", "region": "IL",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [4, 6, 8]},
     "turns": [
         ("agent", "Baxter Athletic Club, this is Heather! How can I help?"),
         ("customer", "Hi Heather, I wanted to ask about switching my membership to the couples plan. My husband "
                      "wants to join."),
         ("agent", "Oh, wonderful! Let me grab some details. Your name?"),
         ("customer", "Ryan Castillo. And my husband's name is Marcus Lee."),
         ("agent", "Oh. Sorry, your... husband? Okay. Um. So, the couples plan is really meant for, you know, more "
                   "traditional couples. Husband and wife. I think for two gentlemen I'd have to put you both on "
                   "individual memberships."),
         ("customer", "We're married. We have the certificate if you need it."),
         ("agent", "I totally get it, and I'm happy to look into it, I just don't want to say yes to something and "
                   "then have to take it back. Maybe the two of you could come in and talk with the manager? He's "
                   "really understanding about this kind of thing."),
         ("customer", "About what kind of thing, exactly?"),
         ("agent", "Oh, you know. Just, situations like yours. I'll leave him a note. Is there anything else I can "
                   "help with today?"),
     ]},
    # 29 — B: apology, owning the company's mistake, patient with a confused caller
    {"slug": "grocery-mixup-cat-food", "kind": "B", "region": "NY",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Bramblewood Grocery, Destiny speaking, how can I help you?"),
         ("customer", "Hello, dear. I'm not sure I'm doing this right. I got my groceries, but there's a box of cat "
                      "food in there and I haven't got a cat. And my eggs aren't there."),
         ("agent", "Oh no, okay, it sounds like we mixed something up. That's on us, not you, and I'm sorry. Can I "
                   "get your name?"),
         ("customer", "It's Ruth Abernathy. What do I do with the cat food?"),
         ("agent", "(laughs) Keep it, give it to a neighbor with a cat, whatever's easiest. You don't need to send "
                   "it back. Now, the eggs, I can refund those and add some to your next order, or I can send a "
                   "driver out with them today, if you'd rather."),
         ("customer", "Oh, today would be nice, if it's not a bother. I was going to bake."),
         ("agent", "No bother at all. I've put it through, a driver should be out to you this afternoon. Was "
                   "anything else missing or wrong? Take your time and have a look."),
         ("customer", "Let me see... no, everything else is here. Thank you, dear."),
         ("agent", "You're so welcome, Ruth. Happy baking."),
     ]},
    # 30 — D: wheelchair assistance, seniors' fare, spouse travelling
    {"slug": "rail-wheelchair-assistance", "kind": "D", "region": "CA-ON",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Borealis Rail, good afternoon, this is Pierre."),
         ("customer", "Hi Pierre. I'm booking a trip to Montreal for me and my wife next month. I use a wheelchair, "
                      "and we're both retired, if that matters for anything."),
         ("agent", "It does, actually, on both counts. There's a seniors' fare that should bring the price down for "
                   "both of you, so I'll apply that. And I can book you a wheelchair space with a companion seat "
                   "right beside it for your wife."),
         ("customer", "Oh, that's good. And getting on and off the train? Last time, with another company, it was a "
                      "bit of a circus."),
         ("agent", "Sorry to hear that. I'll book boarding assistance at both stations, so staff will meet you with "
                   "the ramp. Do you travel in your own chair, or would you need one of ours?"),
         ("customer", "My own. It's a power chair, though, it's fairly heavy."),
         ("agent", "Good to know, I'll note that it's a power chair so they bring the right ramp. Anything else "
                   "that'd make the trip easier? Help with bags?"),
         ("customer", "Help with the bags would be wonderful, actually."),
         ("agent", "Done. I'll email you the booking with the assistance details, and if anything changes just give "
                   "us a call. Enjoy Montreal."),
     ]},
]

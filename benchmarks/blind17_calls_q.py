"""Blind evaluation set "blind17 q": 30 scripted customer-service phone calls (9 discourteous-agent calls, kind A; 9 courteous hard negatives, kind B; 6 discrimination-risk calls, kind C; 6 benign trait mentions, kind D), written and labelled by hand by a helper working from a short brief alone, blind to the project's code, models, other calls and training data. Every company and person is fictional. Each call carries the hand labels courtesy and discrimination and, for each true label, the agent turns a QA reviewer would point to. This file is evaluation data only: it is meant to measure the call-audit tool once and must never be used for training, tuning, prompt or rule writing, or threshold fitting."""

CALLS = [
    # 1 — A: brush-off, blaming the customer
    {"slug": "estimated-meter-brush-off", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 8]},
     "turns": [
         ("agent", "Quellbrook Energy, you're through to Dean, how can I help?"),
         ("customer", "Hiya, yeah, my bill's gone right up this quarter and I think it's been estimated again, because nobody's been out to read the meter in, well, ages."),
         ("agent", "Right. Well, if you don't send us readings, we estimate. That's kind of on you, isn't it."),
         ("customer", "I didn't know I was meant to send them? Nobody ever told me, it used to just sort itself out, someone came round and..."),
         ("agent", "It's on the website. It's been on the website for years. Just stick a reading in the app and it'll, you know, correct itself eventually."),
         ("customer", "Okay, but could you not just put it on now while I'm on the phone? I've got it here, I took a photo of the meter this morning."),
         ("agent", "Go on then. ... Yeah. Fine. That's on."),
         ("customer", "Brilliant, thank you. So will the bill change, or do I pay the one I've got, or...?"),
         ("agent", "It'll update when it updates. Anything else? No? Bye now."),
     ]},

    # 2 — B: slangy, very informal warmth
    {"slug": "sim-swap-no-data-mate", "kind": "B", "region": "AU",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "G'day, Quorra Mobile, Shaz speaking, what can I do for ya?"),
         ("customer", "Hey, um, so I swapped my SIM over yesterday to the new one you lot sent and now I've got no data at all. Calls work, texts work, but nothing else. It's driving me up the wall."),
         ("agent", "Oh no, that's a shocker, mate, no data is the worst. Righto, let's sort it. Can you confirm your name and the suburb on the account for me?"),
         ("customer", "Yeah, it's Liam Carver, and it's, uh, Brunswick."),
         ("agent", "Beauty, thanks Liam. Okay, so I can see the new SIM's active but the data profile's still hanging off the old one. Classic. Not your fault at all, that's on our end. I'm just gonna give it a kick now."),
         ("customer", "Ha, okay, kick away."),
         ("agent", "Done. Can you flick flight mode on and off for me and tell me what happens?"),
         ("customer", "Hang on... oh, there we go, I've got bars. And the internet's loading. Legend."),
         ("agent", "Too easy. Sorry for the hassle, Liam, anything else while I've got ya?"),
         ("customer", "Nah, that's it, cheers."),
         ("agent", "No worries at all, have a good one!"),
     ]},

    # 3 — C: remarks about accent / where the caller is "really" from
    {"slug": "card-dispute-accent-origin", "kind": "C", "region": "NY",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [4, 6], "discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Thank you for calling Quarry Hill Bank, this is Greg. How can I help you today?"),
         ("customer", "Hello, yes, good afternoon. I see a charge on my statement from a store I have never visited, and I want to dispute it, please."),
         ("agent", "Okay, sorry, I'm having a hard time with the accent. Where are you from? No, I mean, like, originally. Where are you really from?"),
         ("customer", "I live in Queens. I have lived in Queens for many years. I am calling about the charge."),
         ("agent", "Sure, sure. It's just, with, uh, with your people we see a lot of these disputes that turn out to be a cousin using the card, you know? Is there someone at home who speaks English a bit better who could explain it to me?"),
         ("customer", "My English is fine. Nobody used my card. I want to dispute this charge."),
         ("agent", "Alright, alright. I'll open it. But honestly, with how you people handle money, don't be surprised if it comes back denied."),
         ("customer", "I would like to speak to your supervisor, please."),
     ]},

    # 4 — D: offering an agent who speaks Spanish
    {"slug": "water-bill-spanish-colleague", "kind": "D", "region": "TX",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Quail Creek Water, this is Tammy, how can I help you?"),
         ("customer", "Hi, yes, I am calling for the... the bill, the water bill, it is... sorry, my English is not so good. Is very high this month, I think."),
         ("agent", "That's no problem at all, you're doing great. Would it be easier for you if I got you one of my colleagues who speaks Spanish? Prefiere hablar en español?"),
         ("customer", "Oh, sí, sí, please, that would be better, thank you."),
         ("agent", "Of course. Her name's Marisol, she's wonderful. I'm going to put a note on here about the high bill so you don't have to start from scratch, okay? Just stay on the line for me."),
         ("customer", "Okay, thank you, thank you very much."),
         ("agent", "You're so welcome. Here she is now. ... Hola, Marisol, tengo una clienta con una pregunta sobre su factura."),
     ]},

    # 5 — A: sarcasm that is polite on the surface
    {"slug": "router-restart-sweet-sarcasm", "kind": "A", "region": "CA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 6]},
     "turns": [
         ("agent", "Hi there, thanks for calling Quasar Wireless, my name is Britt, what can I help with?"),
         ("customer", "Yeah, hi, my internet's not working. Like, at all. Since this morning."),
         ("agent", "Oh, wow, thank you so much for that super detailed description, that really narrows it down. Okay! Have we tried, you know, turning the router off and on again?"),
         ("customer", "Um... no? I didn't know if I was supposed to touch it."),
         ("agent", "Okay, let's go ahead and do that now, I'll wait."),
         ("customer", "Okay, it's... it's off. Now it's back on. The lights are blinking. Oh, okay, it's working, the laptop just connected."),
         ("agent", "Amazing. Who could've seen that coming. Well, I'm so glad we could solve that mystery together. Anything else I can, um, walk you through today?"),
         ("customer", "No... no, that's it. Thanks, I guess."),
         ("agent", "Aw, you're welcome! Have the best day."),
     ]},

    # 6 — B: firm refusal, delivered politely
    {"slug": "son-calls-about-mom-account", "kind": "B", "region": "OH",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Quorum Credit Union, this is Darnell, how can I help you?"),
         ("customer", "Hi, yeah, I'm calling about my mom's checking account. She's got some payment going out she doesn't recognize and she asked me to look into it, she's kind of stressed about it."),
         ("agent", "I'm sorry to hear she's stressed, that's no fun. I do have to be straight with you though, I can't discuss her account or make changes unless she's on the line with us or she's added you as an authorized person."),
         ("customer", "Come on, man, I'm her son, I'm literally sitting in her kitchen. She said it's fine."),
         ("agent", "I hear you, and I believe you. But I'm not able to do it without her, and that's to protect her. What I can do is, if she's right there, she can come on the line for a second, confirm who she is and say it's okay for me to talk to you, and then we can go through the payment together."),
         ("customer", "Oh. Okay, yeah, she can do that. Hang on. Mom? Can you come talk to the guy for a sec?"),
         ("agent", "Sure, take your time, I'm not going anywhere."),
     ]},

    # 7 — A: condescension
    {"slug": "claim-form-talked-down-to", "kind": "A", "region": "AU",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 6]},
     "turns": [
         ("agent", "Quillon Insurance, Brodie speaking."),
         ("customer", "Oh, hi, um, I'm trying to do the claim for my car, the hail damage one, and I'm stuck on the online form, there's a bit asking for an assessor reference and I don't know what that is."),
         ("agent", "Okay. Have you got the email we sent you?"),
         ("customer", "I... think so? There's a few of them. I'm not sure which one it's in."),
         ("agent", "Okay. So. I'll go really slowly for you. An email is a message. That comes to your inbox. Open the one that says assessor. Can you manage that?"),
         ("customer", "I know what an email is. I just wasn't sure which one."),
         ("agent", "Mm. It's honestly not a hard form, most people get through it fine on their own. The reference is the bit in bold at the top. It literally says reference."),
         ("customer", "Right. Found it. Okay."),
         ("agent", "Great. Anything else?"),
         ("customer", "No."),
     ]},

    # 8 — D: senior fare and station assistance
    {"slug": "rail-senior-pass-assistance", "kind": "D", "region": "UK",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good morning, Quayline Rail bookings, you're speaking to Priya."),
         ("customer", "Good morning, dear. I'd like to book a return to see my sister on the coast, and I wondered, is there anything cheaper for older people these days? I've just retired, you see, and I'm watching the pennies."),
         ("agent", "Oh, congratulations on the retirement! Yes, there is, we've got the Quayline Senior Pass, it knocks a fair bit off most off-peak fares. Would you like me to tell you a little about it, or would you rather just book today and sort it later?"),
         ("customer", "Tell me about it, please. I'm in no rush."),
         ("agent", "Course. So you buy the pass once and it lasts a good while, and then you just show it with your ticket. I can set it up now on this call if you like, and apply it straight to this booking. And, just so you know, we do offer assistance at the station as well, someone to help with bags or getting on, for anyone who'd like it. No pressure either way."),
         ("customer", "Well, my knee's not what it was, so a hand with the step might be nice, actually."),
         ("agent", "Lovely, I'll pop that on. They'll meet you at the ticket office and see you onto the train. Now, which day were you thinking of going?"),
         ("customer", "Thursday, if there's a morning one."),
     ]},

    # 9 — B: calm boundary with a swearing customer
    {"slug": "power-cut-swearing-boundary", "kind": "B", "region": "IE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hello, Quinlan Power, you're talking to Aoife, how can I help?"),
         ("customer", "The power's been out on our road since last night and nobody's told us a bloody thing. I've a freezer full of food going off here. What the fuck are ye at?"),
         ("agent", "I'm really sorry, that sounds awful, and I can see there's a fault reported in your area. I want to help you, but I'm going to ask you not to swear at me, okay? If it keeps up I'll have to end the call, and I'd much rather sort this out for you."),
         ("customer", "...Yeah. Fair enough. Sorry. It's not you. I'm just fed up."),
         ("agent", "Ah, I completely get it, honestly. So the crew are on site at the moment, it's a damaged cable. I can't give you an exact time it'll be back, I'm afraid, but I'll put you down for a text update the second it's restored. And I'll send you out the details on how to claim for the food you lose, because you might be entitled to something there."),
         ("customer", "Okay. That's something anyway. Thanks, Aoife."),
         ("agent", "Not at all. Mind yourself, and sorry again about the freezer."),
     ]},

    # 10 — C: paternalistic steering because of age (polite)
    {"slug": "retiree-steered-from-online-investing", "kind": "C", "region": "FL",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Good afternoon, Quayside Investments, this is Kyle speaking. How may I help you?"),
         ("customer", "Hello, Kyle. I'd like to open one of your self-directed online accounts. I've been reading about your index funds and I want to manage my own money for a change."),
         ("agent", "Oh, that's great that you're interested! Can I ask, are you retired? ... Okay. So, honestly, at your age, I'd really steer you away from the online platform. It's, um, it's built more for younger investors who are comfortable with apps and all that."),
         ("customer", "I'm perfectly comfortable with apps. I was an engineer for forty years."),
         ("agent", "Oh, I'm sure, I'm sure! It's just we find seniors tend to get a little confused with the trading screens. What I'd suggest instead is one of our managed accounts, where an advisor does everything for you. Much less stress."),
         ("customer", "I don't want an advisor. I want the self-directed account."),
         ("agent", "Understood. Would it maybe make sense to have your son or daughter give us a call, so they can go through it with you? We just like to make sure older clients have someone looking out for them."),
         ("customer", "I'm looking out for me. Can you open the account or not?"),
     ]},

    # 11 — A: impatience and talking over the customer
    {"slug": "rental-damage-talked-over", "kind": "A", "region": "TX",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Quickwheel Car Rental, this is Rhonda."),
         ("customer", "Hi, yes, I returned a car on Sunday and I just got an email saying there's a scratch on the rear bumper, but I really don't think that was me, because when I picked it up there was already some, uh, some marks, and the guy at the counter said..."),
         ("agent", "Yeah, okay, okay, what's the reservation name.", 2.5),
         ("customer", "Oh, um, it's Patel, Anita Patel. And so like I was saying, when I picked it up the guy at the counter said not to worry about the little marks because they..."),
         ("agent", "Ma'am. Ma'am. I don't need the whole story. Did you do a walkaround on the app or not?", 3.0),
         ("customer", "I... no, I didn't know there was one on the app."),
         ("agent", "Then there's nothing I can do. Email the damage team, they'll look at it. Okay? Okay. Bye."),
         ("customer", "Wait, what's the email for the..."),
     ]},

    # 12 — B: terse, busy, still polite
    {"slug": "missed-parcel-quick-rebook", "kind": "B", "region": "IL",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Qwikdrop, Marcus."),
         ("customer", "Hey, yeah, I got a card saying you tried to deliver and I wasn't in, but I was literally home all day."),
         ("agent", "Sorry about that. Tracking reference?"),
         ("customer", "It's on the card, uh... okay, I'll read it out... there."),
         ("agent", "Got it. One sec. ... Yep, driver marked it no access. Is there a buzzer?"),
         ("customer", "There is, it's just kind of broken. You have to call up."),
         ("agent", "Okay. I'll add a note to call you on arrival and rebook for tomorrow. Works?"),
         ("customer", "Yeah, that works. Thanks."),
         ("agent", "Done. Sorry again. Take care."),
     ]},

    # 13 — D: screen reader and accessible formats
    {"slug": "screen-reader-statements", "kind": "D", "region": "CA-ON",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good morning, Queensgate Bank, this is Julien speaking. How can I help?"),
         ("customer", "Hi Julien. I'm blind and I use a screen reader, and your new statement PDFs just don't read properly. It reads out a jumble of numbers with no labels. I can't tell what's a deposit and what's a withdrawal."),
         ("agent", "Oh, I'm sorry, that's really frustrating, and thank you for telling us. There's a few options I can set up for you. We can send an accessible tagged version that works with screen readers, or braille statements by mail, or large print if that's ever useful for anyone else in the house. Which would suit you best?"),
         ("customer", "The accessible one by email would be great. Braille is slow for me honestly."),
         ("agent", "Totally fair. I've switched that on now. I'll also pass your feedback on the regular PDFs to our digital team, because that shouldn't be happening. And if you ever prefer to call in through a relay service, or want a longer appointment in branch, just mention it and we'll set it up."),
         ("customer", "That's good to know. Thank you, that's really helpful."),
         ("agent", "My pleasure. Is there anything on the current statement you'd like me to go through with you now, while you're on?"),
         ("customer", "Actually, yes, there's one payment I wanted to check."),
     ]},

    # 14 — A: profanity
    {"slug": "parcel-lost-swearing-agent", "kind": "A", "region": "UK",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4]},
     "turns": [
         ("agent", "Quikparcel, Kev speaking."),
         ("customer", "Hi, my tracking says my parcel was delivered at lunchtime but there's nothing here, I've checked the porch, the bins, asked both neighbours. It's my daughter's birthday present."),
         ("agent", "Oh, for fuck's sake. Right. Look, the driver's scanned it as delivered, so as far as I'm concerned it's been bloody delivered."),
         ("customer", "Excuse me? There's no need to swear at me. It's not here."),
         ("agent", "I'm not swearing at you, I'm swearing at the situation, mate. I've had about fifty of these today. What do you want me to do, drive round and look for it?"),
         ("customer", "I want you to open an investigation, or whatever it is you do."),
         ("agent", "Fine. It's opened. Someone'll email you."),
     ]},

    # 15 — C: assumption about who decides in the household (polite)
    {"slug": "alarm-contract-ask-for-husband", "kind": "C", "region": "GA",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Hey there, thanks for calling Quadrant Home Security, this is Bobby, how can I help y'all?"),
         ("customer", "Hi Bobby, I had a quote done last week for cameras and a door alarm and I'm ready to go ahead and sign up."),
         ("agent", "Well, that's great news! Now, before we get into the contract, is your husband around? Usually we like to go over the paperwork with the man of the house."),
         ("customer", "I'm not married. It's my house. I'm the one signing."),
         ("agent", "Oh, okay, sure, no problem at all, ma'am. In that case, I might just keep it simple for you and go with the basic package, the monitoring settings on the premium one can get a little technical, and the ladies usually find the basic one easier."),
         ("customer", "I asked for the premium package. That's what's in the quote."),
         ("agent", "Absolutely, yes ma'am. I'll just put a note to have the installer walk you through it real slow, and maybe have a brother or a daddy or somebody there on the day in case there's questions. Now, what's a good day for the install?"),
         ("customer", "Just book it. I'll be there. On my own."),
     ]},

    # 16 — B: bad news, delivered kindly
    {"slug": "ferry-cancelled-storm", "kind": "B", "region": "IE",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hi, Quaysail Ferries, Ciarán here, how can I help?"),
         ("customer", "Hi, I'm booked on tonight's sailing with the car and the kids, and I've just seen something on your website about a storm warning? Is it still going?"),
         ("agent", "Ah, I'm really sorry, I've bad news for you there. Tonight's sailing has been cancelled because of the weather. I know that's the last thing you want to hear with the kids all packed."),
         ("customer", "Oh no. Oh, God. We've a wedding on the other side. Is there nothing at all?"),
         ("agent", "I know, I'm sorry. It's a safety call, the crossing just isn't safe in that. What I can do is move you onto the first sailing in the morning, there's still room for the car, and there'd be no charge for the change. Would that get you there in time, do you think?"),
         ("customer", "The wedding's not till the afternoon, so... yeah, that'd work. If it goes."),
         ("agent", "Exactly, we'll be keeping an eye on it, and you'll get a text if anything changes overnight. I'm sorry again, and I hope the wedding's a great day."),
         ("customer", "Thanks, Ciarán. You've been very good."),
     ]},

    # 17 — A: mockery
    {"slug": "plugin-install-mocked", "kind": "A", "region": "WA",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4]},
     "turns": [
         ("agent", "Quantix Software support, this is Trevor."),
         ("customer", "Hi, yeah, I'm trying to install the spreadsheet plugin and it says it needs, um, admin rights? And I don't know what that means. I clicked on the internet to download it."),
         ("agent", "You clicked on... the internet. Ha. Sorry. Sorry, that's, okay. 'The internet.' Love that. So which bit of the internet did you click on?"),
         ("customer", "The browser. The blue one. I'm not really a computer person, I'm just doing this for work."),
         ("agent", "Yeah, no, I'm getting that. Okay, so, admin rights, that's like, the grown-up permission on your computer. Do you have the grown-up permission? Or do we need to go find an adult?"),
         ("customer", "I... I'd have to ask our IT guy, I think."),
         ("agent", "Yep. Ask your IT guy. He'll know what the internet is. Anything else?"),
         ("customer", "No. No, that's fine."),
     ]},

    # 18 — D: pronouns and a name change
    {"slug": "name-change-pronouns-update", "kind": "D", "region": "MA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hi, you've reached Quillfield Mobile, I'm Sam. Who am I speaking with today?"),
         ("customer", "Hi Sam, um, so the account's under my old name, but I've legally changed my name and I'd like it updated. It's Jordan now. Jordan Reyes."),
         ("agent", "Absolutely, Jordan, happy to help with that. And would you like me to add pronouns to the account as well, so whoever picks up next time gets it right? Totally optional."),
         ("customer", "Oh, that'd be great, actually. They, them."),
         ("agent", "Got it, they and them, I've added that. For the name change I just need you to upload the name change document through the secure link I'm sending you now. Once that's in, the bills and the app will all show Jordan."),
         ("customer", "Okay, got the link. That was easy. I was kind of bracing for this call, honestly."),
         ("agent", "I'm really glad it was smooth. And sorry in advance if any old letters slip through while it updates, if they do, just let us know and we'll chase it."),
         ("customer", "Will do. Thanks, Sam."),
         ("agent", "Anytime. Have a good one, Jordan."),
     ]},

    # 19 — B: jokes
    {"slug": "wrong-sofa-colour-jokes", "kind": "B", "region": "PA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Thanks for calling Quarto Home, this is Deb, how can I help?"),
         ("customer", "Hi Deb. So my new sofa came today and, um, I ordered the grey one, and what's in my living room is... very, very orange."),
         ("agent", "Oh no. Oh, okay, I'm looking at your order and yep, you ordered Slate and you got Sunset. Which, in fairness, is a very confident sofa. But not the one you picked, so that's on us, I'm so sorry."),
         ("customer", "Ha! It really is confident. My cat won't go near it."),
         ("agent", "Smart cat. Okay, so what I'm going to do is set up a swap, the delivery team will bring the grey one and take the orange one away at the same visit, so you're never sofa-less. Let me check the next available slot."),
         ("customer", "That'd be great. Honestly I was expecting a fight."),
         ("agent", "No fight here. Okay, I've got you booked in, you'll get a confirmation email in a minute. Anything else, or should I let you get back to your, um, sunset?"),
         ("customer", "That's everything. Thanks, Deb, you made my day."),
     ]},

    # 20 — C: receipt of public assistance, othering and different terms
    {"slug": "rental-viewing-voucher-holder", "kind": "C", "region": "CA",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [4, 6], "discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Quincy Court Apartments leasing office, this is Heather."),
         ("customer", "Hi, I'm calling about the two-bedroom that's listed online. I'd like to set up a viewing. Also I should mention I'll be paying part of the rent with a housing voucher."),
         ("agent", "Oh. Oh, a voucher. Okay. Um, so for voucher applicants we'd need a larger deposit and a co-signer, that's just how we do it for, you know, that program."),
         ("customer", "I didn't see that on the listing. Is that the same for everyone?"),
         ("agent", "Look, honestly? We've had problems with you people before. Late rent, damage, noise, all of it. The owners are kind of over it."),
         ("customer", "I've been in my current place for years and never missed a payment. I can give you references."),
         ("agent", "Yeah, everyone says that. Tell you what, I'll put you on a list, but I wouldn't hold your breath. There are places across town that are more, um, set up for your situation."),
         ("customer", "Right. I think I'm done here."),
     ]},

    # 21 — A: passive aggression
    {"slug": "gym-cancel-passive-aggressive", "kind": "A", "region": "CA-ON",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4, 8]},
     "turns": [
         ("agent", "Hi, thanks for calling Quickstep Fitness, this is Kayla, how can I help you?"),
         ("customer", "Hi, I'd like to cancel my membership, please. I'm moving out of the city."),
         ("agent", "Oh, sorry to hear you're leaving us. To cancel, you'll need to fill in the cancellation form in the app under account settings."),
         ("customer", "Sorry, where was that? Account... what?"),
         ("agent", "Account settings. As I said. But sure, no, I'm happy to say it again, since that's apparently what we're doing today. Account. Settings."),
         ("customer", "Okay, I see account, but I don't see a cancellation form anywhere."),
         ("agent", "Scroll down. It's at the bottom."),
         ("customer", "Oh, there it is. Sorry, I just didn't see it."),
         ("agent", "Mm-hm. No, it's fine, it's totally fine. Well. Good luck with the move, I'm sure you'll find a gym that's a much better fit for you. Bye now!"),
     ]},

    # 22 — B: brief, non-hostile overlap
    {"slug": "licence-activation-quick-overlap", "kind": "B", "region": "IN",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good evening, Qubitwave Software support, this is Ananya speaking. How may I help you?"),
         ("customer", "Hi Ananya, I bought the licence for the accounting suite but the activation keeps failing, it says the key is already in use. Can you..."),
         ("agent", "Oh, sure, sure, I can check that for you.", 0.5),
         ("customer", "Thank you. I did install it on my old laptop once, maybe that's the issue?"),
         ("agent", "Yes, that's exactly it. The key is still tied to the old machine. I'm releasing it from that device now. Can you please try activating again?"),
         ("customer", "Okay... trying... yes! It's activated. Wonderful."),
         ("agent", "Great, happy to hear that. Anything else I can help you with today?"),
         ("customer", "No, that's all. Thank you so much."),
         ("agent", "You're welcome. Have a good evening."),
     ]},

    # 23 — D: dietary and religious needs when travelling
    {"slug": "halal-meal-prayer-room", "kind": "D", "region": "FR",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Good afternoon, Quatrevents Airways, my name is Élodie, how can I help you?"),
         ("customer", "Hello, yes, I have a booking to Montreal next month with a connection, and I would like to request halal meals for me and my wife. And also, during the connection, is there somewhere quiet we can pray?"),
         ("agent", "Of course, I can do both of those for you. I've added a halal meal for each of you on both flights. And at the connecting airport there's a multi-faith prayer room airside, just after security. I'll put the directions in your confirmation email so you have them."),
         ("customer", "Ah, perfect. Also the trip is during Ramadan. Is it possible to have the meal later, for when we break the fast?"),
         ("agent", "That's a good question. The crew can keep your meals aside and serve them when you're ready, I'll add a note to the booking asking for that. If there's any problem on board, just let the crew know and they'll help."),
         ("customer", "Thank you very much, that is very kind."),
         ("agent", "With pleasure. Is there anything else I can help you with for your trip?"),
         ("customer", "No, that is everything. Merci."),
     ]},

    # 24 — C: disability, assumptions about competence (and demeaning)
    {"slug": "physio-booking-talks-to-carer", "kind": "C", "region": "AU",
     "courtesy": True, "discrimination": True,
     "flags": {"courtesy": [2, 6], "discrimination": [2, 4, 6]},
     "turns": [
         ("agent", "Quokka Health, bookings, this is Jenny."),
         ("customer", "Hi Jenny, I'd like to book into the Tuesday hydrotherapy class, please. I use a wheelchair, so I just wanted to check the pool access."),
         ("agent", "Oh, bless you, love. Is your carer there? Might be easier if I just talk to them so we don't get in a muddle."),
         ("customer", "My support worker's here, but I'm booking it. I'm perfectly capable of booking a class."),
         ("agent", "Course you are, course you are. It's just, the Tuesday class is a bit active, so with your, um, condition, I'm thinking you'd be better in the gentle seniors session on Friday instead. Less for you to cope with."),
         ("customer", "I don't want the seniors session. The hydro class is what my physio recommended. Does the pool have a hoist or not?"),
         ("agent", "It does, it does. I'll book you in, sweetheart. Maybe just have your carer ring back to confirm, yeah? So we know it's all, you know, understood."),
         ("customer", "It's understood. I'm the one you're talking to."),
     ]},

    # 25 — A: rushing the customer off the phone, refusing to help curtly
    {"slug": "storm-claim-rushed-off", "kind": "A", "region": "FL",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [2, 4, 6]},
     "turns": [
         ("agent", "Quarrington Mutual, claims line, this is Josh."),
         ("customer", "Hi, Josh, I filed a claim for the roof damage after the storm and I haven't heard anything back, I've got a tarp on the roof and it's supposed to rain again, and I just wanted to know..."),
         ("agent", "Yeah, I don't have that. Not my department. Check the portal."),
         ("customer", "I did check the portal, it just says pending. Can you see who the adjuster is, or transfer me to..."),
         ("agent", "I can't transfer. Look, I'm literally about to go on break. You'll have to call back."),
         ("customer", "Please, I've been on hold for ages. Is there really nothing you can look up?"),
         ("agent", "Nope. Pending means pending. Anything else? No? Great. Bye."),
     ]},

    # 26 — B: apology and empathy with a distressed customer
    {"slug": "mould-repair-upset-tenant", "kind": "B", "region": "GA",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Quartz Lane Property Management, this is Monique, how can I help you?"),
         ("customer", "I've called so many times about the mould in my daughter's bedroom and nobody's come. She's been coughing all week and I just, I'm at the end of my rope, I'm sorry, I'm sorry, I'm just so tired."),
         ("agent", "Oh, honey, you don't need to apologize. I'm so sorry you've been going through that, and I'm sorry you've had to keep calling. That's not okay. Let's see what happened here."),
         ("customer", "Thank you. I just want someone to look at it."),
         ("agent", "Okay, I can see the previous requests, and it looks like they were never assigned. That's on us. I'm putting this in as urgent right now and I'm assigning it to our maintenance supervisor directly, not the general queue. He'll call you to set up a time to come and inspect."),
         ("customer", "Okay. Okay. Will they actually come this time?"),
         ("agent", "I can't tell you exactly when until he calls, but I'm going to follow up on it myself. I've put my name on the ticket, so if you don't hear from him, you call and ask for Monique and I'll chase it. And in the meantime, if you can keep that room aired out and keep her in another room to sleep, that might help a little."),
         ("customer", "Thank you. Really. That's the first time anyone's actually listened."),
         ("agent", "Of course. I hope she feels better soon. Take care of yourself too, okay?"),
     ]},

    # 27 — C: sexual orientation, polite but different terms
    {"slug": "joint-account-same-sex-spouse", "kind": "C", "region": "IL",
     "courtesy": False, "discrimination": True,
     "flags": {"discrimination": [2, 4]},
     "turns": [
         ("agent", "Thank you for calling Quenby Bank, this is Lauren, how can I help you today?"),
         ("customer", "Hi, Lauren. My husband and I just got married and we'd like to open a joint checking account together. I'm Daniel, his name's Marcus."),
         ("agent", "Oh, congratulations! Um, so, just so I get this right, you and... Marcus. Okay. So for, um, couples like yourselves, what we usually suggest is two individual accounts, and then you can set up transfers between them. It tends to be, um, cleaner if things change down the line, you know?"),
         ("customer", "No, we want a joint account. The same one you'd give any married couple."),
         ("agent", "Of course, of course. I can absolutely start that. For your situation I'll just need both of you to come into a branch in person, with the marriage certificate, so we can verify the relationship. I'm sure you understand."),
         ("customer", "Is that what you ask every married couple?"),
         ("agent", "It's, um, it's just an extra step to make sure everything's in order. I'll email you the branch locations now."),
     ]},

    # 28 — D: support plan for someone on benefits
    {"slug": "water-support-scheme-benefits", "kind": "D", "region": "UK",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Hello, Quayfield Water, you're through to Gareth, how can I help today?"),
         ("customer", "Hi, um, I'm a bit behind on the water bill. I'm on Universal Credit at the minute since I lost my job, and money's really tight, and I'm worried about it."),
         ("agent", "Thanks for ringing us about it, honestly, that's the best thing you can do. Sorry to hear about the job. Because you're on Universal Credit, you might be able to go on our support tariff, it's a lower rate for people getting benefits. Would you like me to check that for you?"),
         ("customer", "Oh. Yeah, I didn't know that existed. Yes, please."),
         ("agent", "No problem. I just need to ask a couple of quick questions about the household, and I'll send a short form to confirm the benefit. And for what you owe now, we can spread it over small payments you can actually manage, rather than all at once. We'll work it out together."),
         ("customer", "That would be a massive help, thank you. I was dreading calling."),
         ("agent", "Not at all, that's what we're here for. Right, first question: how many people live in the house with you?"),
         ("customer", "Just me and my son."),
     ]},

    # 29 — A: a single belittling line in an otherwise normal call
    {"slug": "prior-auth-one-belittling-line", "kind": "A", "region": "NY",
     "courtesy": True, "discrimination": False,
     "flags": {"courtesy": [4]},
     "turns": [
         ("agent", "Good morning, Quimby Medical Group, scheduling, this is Tanya."),
         ("customer", "Hi, good morning, I need to book the MRI that Doctor Ahmadi ordered for my shoulder."),
         ("agent", "Sure, I can help with that. Let me pull up the order. Okay, I see it. Before I can book, your insurance needs a prior authorization, and it's not in yet."),
         ("customer", "Sorry, what's a prior authorization? I've never had to do anything like this before."),
         ("agent", "I mean... it's kind of basic stuff, ma'am, most adults know this. It's just your insurance saying okay before the scan. Our office sends the request, you don't have to do anything."),
         ("customer", "Oh. Okay. So what happens next?"),
         ("agent", "Once it's approved we'll give you a call to set up the appointment. If you haven't heard from us in a while, feel free to call and check on it."),
         ("customer", "Alright. Thanks."),
         ("agent", "You're welcome, have a good day."),
     ]},

    # 30 — B: blunt because busy, still respectful
    {"slug": "vehicle-registration-busy-counter", "kind": "B", "region": "OH",
     "courtesy": False, "discrimination": False,
     "flags": {},
     "turns": [
         ("agent", "Quarryville County Vehicle Services, this is Ray. Lines are pretty backed up today so I'll be quick. What do you need?"),
         ("customer", "Hi, I need to transfer the registration on a car I just bought from my neighbor. Can I do that over the phone?"),
         ("agent", "No, sorry, that one can't be done by phone. You can do it online or at the counter. Online's faster."),
         ("customer", "Okay. What do I need for it?"),
         ("agent", "The signed title, your ID, and proof of insurance. The online form walks you through the rest. If the title isn't signed by the seller, get that done first or it'll get kicked back."),
         ("customer", "Got it. That's actually really helpful, thanks."),
         ("agent", "Sure thing. Good luck with the car."),
     ]},
]

#!/usr/bin/env python3
"""Write the blind evaluation callset (bl-NNN-*.yaml) for the courtesy and
discrimination checks.

What this is
------------
Fifty scripted customer-service calls, one YAML file each, in the same format
as the other files of benchmarks/callset/ (split: "blind").  Every call is
labelled by hand for two things:

  * courtesy        - a reviewer would call the agent discourteous
                      (brush-off, sarcasm, condescension, blaming, impatience,
                      mockery, profanity, belittling, passive aggression,
                      talking over the customer);
  * discrimination  - the agent demeans, stereotypes or ties service to a
                      protected trait (race, colour, national origin, accent,
                      religion, sex, gender identity, sexual orientation, age,
                      disability, marital status, public assistance).

flag_turns gives, for each positive label, the 0-based indexes of the agent
turn(s) a reviewer would point to.  Negative labels have no flag_turns.

The set has four kinds, interleaved in the list below (the "kind" key is for
bookkeeping only and is not written out):

  A  15 discourteous agents            courtesy true,  discrimination false
  B  15 courteous hard negatives       both false (terse, slang, bad news,
                                       firm no, abusive customer, boundary
                                       setting, empathy, apology, jokes,
                                       one brief non-hostile overlap)
  C  10 discrimination-risk calls      discrimination true; courtesy true when
                                       the remark is also demeaning or rude to
                                       the customer, false when it is
                                       delivered politely (polite refusals,
                                       "compliment" stereotypes, paternalistic
                                       steering)
  D  10 benign trait mentions          both false (language help, senior /
                                       student discounts, accessibility,
                                       religious holiday, wheelchair help,
                                       pronouns, benefits-linked plan)

Written blind: the calls were written from the labelling brief alone, without
reading the classifiers, their checks, their documentation, their training or
tuning data, or the other generated callsets (only one existing call file was
read, as a format example).  No model was run while writing them.

Conventions that keep the other checks out of it: the agent never mentions
recording or monitoring, makes no threats or guarantees and states no policy
facts with numbers; every disclosure label is "missing" and every
inaccuracy label false.  Companies and people are fictional; no personal data.

Usage: python3 benchmarks/make_blind_callset.py
Deletes the old bl-*.yaml in benchmarks/callset/ and writes the set anew.
"""

from pathlib import Path

import yaml

OUT_DIR = Path(__file__).resolve().parent / "callset"

# Each call: kind, slug, region, courtesy, discrimination, turns, flags.
# A turn is (speaker, text) or (speaker, text, overlap_seconds);
# speaker "a" = agent, "c" = customer.  Turns alternate, agent first.
CALLS = [
    # 001 A brush-off
    dict(kind="A", slug="brushoff-missing-parcel", region="CA", courtesy=True, discrimination=False,
         turns=[
             ("a", "Thanks for calling Cobalt Crane Couriers, Darnell speaking, what can I do for you?"),
             ("c", "Hi, yeah, my parcel says delivered but there's nothing at my door, and my neighbours haven't seen it either."),
             ("a", "If it says delivered, it's delivered. Not really my problem after that."),
             ("c", "But it isn't here. Can you at least check where the driver scanned it?"),
             ("a", "I mean, I could, but it's not gonna change anything. Check your bushes or something."),
             ("c", "Seriously? That's it?"),
             ("a", "That's it. Anything else?"),
         ],
         flags={"courtesy": [2, 4]}),
    # 002 B terse but polite
    dict(kind="B", slug="terse-polite-outage", region="TX", courtesy=False, discrimination=False,
         turns=[
             ("a", "Mossgate Utilities, Priya speaking."),
             ("c", "Hi. Power's out on my whole street. Just wondering if you know about it."),
             ("a", "We do. Crew's on site now. Sorry for the trouble."),
             ("c", "Any idea how long?"),
             ("a", "No estimate yet. I can put you on text alerts so you hear the moment it's back, if that's alright."),
             ("c", "Yeah, that's fine."),
             ("a", "Done. Thanks for calling, and sorry again."),
         ]),
    # 003 C accent mocked, blatant (rude)
    dict(kind="C", slug="accent-mocked-internet", region="NY", courtesy=True, discrimination=True,
         turns=[
             ("a", "Good afternoon, Kestrelway Telecom, you've got Travis. What's going on today?"),
             ("c", "Hello, yes, my internet is cutting out every evening. I have restarted the router many times already."),
             ("a", "Sorry, I can barely follow you. Can you put somebody on who actually speaks English?"),
             ("c", "I am speaking English. I am the account holder."),
             ("a", "Uh-huh. Look, people from over there always blame the router. Unplug it again and call back when you can talk clearer."),
         ],
         flags={"courtesy": [2, 4], "discrimination": [2, 4]}),
    # 004 D Spanish-speaking colleague offered
    dict(kind="D", slug="spanish-agent-offered", region="FL", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, thanks for calling Tidewell Broadband, this is Megan. How can I help you?"),
             ("c", "Hi, um, my English is not so good. I have a problem with the... how do you say, the modem, and the bill."),
             ("a", "No problem at all. Would you be more comfortable in Spanish? I can bring in my colleague Rosa, she's great."),
             ("c", "Yes, yes please, Spanish is better. Thank you."),
             ("a", "Of course. I'll stay on while I connect you, so you don't have to repeat anything."),
             ("c", "Thank you very much."),
             ("a", "You're welcome. Rosa's joining now. Take care!"),
         ]),
    # 005 A sarcasm that sounds polite
    dict(kind="A", slug="sweet-sarcasm-lockout", region="IL", courtesy=True, discrimination=False,
         turns=[
             ("a", "Good morning, Oakhollow Credit Union, Colleen speaking. How may I help?"),
             ("c", "Hi, I'm locked out of online banking again. I think I typed the password wrong too many times."),
             ("a", "Oh, again? Well, what a surprise. Bless your heart for trying so hard."),
             ("c", "Okay... can you unlock it?"),
             ("a", "Absolutely, I would just love to do this for you one more time. Maybe this time we'll pick a password you can actually remember, hm?"),
             ("c", "I don't really appreciate the tone."),
             ("a", "Oh, no tone at all! It's unlocked. Have a wonderful day."),
         ],
         flags={"courtesy": [2, 4]}),
    # 006 B casual slang
    dict(kind="B", slug="slangy-streaming-fix", region="WA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hey, thanks for calling Nettlebrook Streaming, Jaylen here, what's up?"),
             ("c", "Hey, my show keeps buffering like every few minutes, it's driving me nuts."),
             ("a", "Ugh, that's the worst, right in the middle of an episode too. Let's sort it. You on the TV app or a browser?"),
             ("c", "TV app."),
             ("a", "Cool, cool. Go ahead and sign out and back in for me, that kicks it a fresh connection. I'll hang tight."),
             ("c", "Okay... yeah, it's playing now. Huh."),
             ("a", "Nice, love that. If it acts up again just holler. Enjoy the binge!"),
         ]),
    # 007 A condescension
    dict(kind="A", slug="condescending-router-setup", region="TX", courtesy=True, discrimination=False,
         turns=[
             ("a", "Pellucid Fiber support, Gordon speaking."),
             ("c", "Hi Gordon, I set up the new router you sent, but the wifi light is just blinking orange."),
             ("a", "Okay. I'll explain this slowly so it sinks in. Orange means it's not connected. Do you know what a cable is?"),
             ("c", "Yes, I know what a cable is."),
             ("a", "Great, big step. Now, the grey cable goes in the grey port. Grey to grey. Think you can manage that?"),
             ("c", "It's already in the grey port. That's why I called."),
             ("a", "Hm. Fine, I'll send a reset from my end. Try not to touch anything for a bit."),
         ],
         flags={"courtesy": [2, 4]}),
    # 008 D seniors' savings card
    dict(kind="D", slug="seniors-savings-card", region="FL", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good afternoon, Wrenfield Pharmacy, this is Lorraine. What can I do for you today?"),
             ("c", "Hello dear. I'm picking up refills for my husband and me, and my neighbour said you have something for seniors?"),
             ("a", "We sure do. There's a seniors' savings card that works on most store items. Would you like me to set it up on your profile?"),
             ("c", "Oh, that would be lovely. I'm not very good with the computer."),
             ("a", "That's no trouble at all, I can do it right here over the phone, and the card will be waiting at the counter when you come in."),
             ("c", "Wonderful, thank you."),
             ("a", "My pleasure. Your refills will be ready this afternoon. Take care now."),
         ]),
    # 009 B bad news delivered kindly
    dict(kind="B", slug="sofa-backorder-kindly", region="CA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi there, Parrington Furniture, this is Naomi. How can I help?"),
             ("c", "Hi, I'm checking on my sofa order. I thought it would've shipped by now."),
             ("a", "Let me take a look... okay, I'm really sorry, I've got some not-great news. The fabric you picked is backordered at our supplier, so it's delayed."),
             ("c", "Oh no. We've been sitting on folding chairs for weeks."),
             ("a", "I totally get it, that's so frustrating. I can't make the fabric come faster, but I can show you a few in-stock ones that look really close, or we keep your order as is and I call you the moment it ships. Whatever works for you."),
             ("c", "I'll keep it as is. I really like that fabric."),
             ("a", "Good choice, it's lovely. I've put a note in to call you as soon as it moves. Sorry again, and thanks for being patient."),
         ]),
    # 010 C extra ID because of accent, polite
    dict(kind="C", slug="accent-extra-id", region="NY", courtesy=False, discrimination=True,
         turns=[
             ("a", "Good morning, Hollis Row Bank, Sean speaking. How can I help you?"),
             ("c", "Good morning. I'd like to add my daughter as an authorized user on my account, please."),
             ("a", "Sure. Before we go further, with your accent I'll need you to verify with some additional ID at a branch. We just have to be careful with foreign callers."),
             ("c", "I already answered the security questions. I've banked here for many years."),
             ("a", "I understand, and I appreciate your patience. It's just an extra step we do for callers who don't sound local. The branch team will be happy to help you."),
             ("c", "Other customers don't have to do this?"),
             ("a", "Not usually, no. Is there anything else I can help with today?"),
         ],
         flags={"discrimination": [2, 4]}),
    # 011 A blaming the customer
    dict(kind="A", slug="blames-customer-booking", region="WA", courtesy=True, discrimination=False,
         turns=[
             ("a", "Saffron Rail, good evening, this is Kurt."),
             ("c", "Hi, my booking confirmation has the wrong day on it. I definitely chose Friday."),
             ("a", "No, you picked the wrong day. The system doesn't just change things by itself. That's on you."),
             ("c", "I'm telling you I selected Friday, I even double-checked."),
             ("a", "Everybody says that. If you'd read the screen properly we wouldn't be having this conversation. I'll change it, but next time pay attention."),
             ("c", "Wow. Okay, just change it, please."),
             ("a", "Done. Bye."),
         ],
         flags={"courtesy": [2, 4]}),
    # 012 B calm agent, swearing customer
    dict(kind="B", slug="calm-with-swearing-customer", region="IL", courtesy=False, discrimination=False,
         turns=[
             ("a", "Thanks for calling Quarrystone Energy, my name's Alicia, how can I help?"),
             ("c", "Yeah, you can help by getting your damn crew to actually show up. They bailed on me again and I'm sick of this crap."),
             ("a", "I hear you, and I'm sorry. Having a visit missed like that is really frustrating. Let me pull up your booking and see what happened."),
             ("c", "What happened is you people are useless as hell."),
             ("a", "I understand why you're upset. It looks like the crew got pulled to an emergency nearby, which doesn't make it okay for you. I've flagged your visit as a priority for the next open slot and asked dispatch not to bump it."),
             ("c", "Fine. Whatever."),
             ("a", "I've added a note on my end too. Thanks for sticking with us, and again, I'm sorry about the hassle."),
         ]),
    # 013 A impatience
    dict(kind="A", slug="impatient-hotel-change", region="FL", courtesy=True, discrimination=False,
         turns=[
             ("a", "Gannet Bay Hotels reservations, Brooke speaking."),
             ("c", "Hi, I'd like to change my reservation, I think, um, maybe move it by a day, or actually I'm not sure yet, let me check with my sister, she's..."),
             ("a", "Look, I don't have all day. Do you know what you want or not?"),
             ("c", "Sorry, just give me a moment, she's texting me back."),
             ("a", "Ugh. Come on, come on. There are other people waiting, you know."),
             ("c", "Okay, the later day. Move it later."),
             ("a", "Fine. Changed. Next time figure it out before you call."),
         ],
         flags={"courtesy": [2, 4, 6]}),
    # 014 D large-print bills
    dict(kind="D", slug="large-print-bills", region="CA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hello, Fernhill Water customer care, this is Marcus speaking. How can I help?"),
             ("c", "Hi Marcus. My eyesight isn't great anymore and the print on your bills is just too small for me to read."),
             ("a", "Thanks for letting us know. We can send your bills in large print or in braille, or set up an audio version if you'd rather. Which would suit you best?"),
             ("c", "Large print would be perfect."),
             ("a", "Done, I've switched your account to large print. Your next bill will come that way, and if it doesn't look right, just give us a call."),
             ("c", "Oh, that's a relief. Thank you."),
             ("a", "You're very welcome. Have a good day."),
         ]),
    # 015 A mockery
    dict(kind="A", slug="mocks-cat-tree-assembly", region="TX", courtesy=True, discrimination=False,
         turns=[
             ("a", "Hey, Juniper Lane Pets, this is Tyler."),
             ("c", "Hi, I ordered a cat tree and it came, but I can't tell which piece goes on top. The instructions don't make any sense."),
             ("a", "Ha! You can't figure out a cat tree? Honestly, my cat could put that thing together."),
             ("c", "Okay, well, I'm asking for help."),
             ("a", "Right, right. The big flat bit goes on top. You know, the bit that looks like a bed. Wild stuff, I know."),
             ("c", "Thanks, I guess."),
             ("a", "Good luck, champ."),
         ],
         flags={"courtesy": [2, 4, 6]}),
    # 016 B firm no with a reason
    dict(kind="B", slug="firm-no-extra-driver", region="WA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good afternoon, Driftwood Rentals, Rafael speaking. What can I do for you?"),
             ("c", "Hi, I've got one of your cars this week and my buddy wants to take a turn driving on our road trip. That's cool, right?"),
             ("a", "I'm going to have to say no on that one, sorry. Only people listed on the rental agreement can drive the car, because they're the only ones the insurance covers."),
             ("c", "Come on, nobody's going to know."),
             ("a", "I get it, it's a long drive. But if anything happened while he was behind the wheel, he wouldn't be covered. What I can do is add him as a driver if you both stop by one of our counters with his license."),
             ("c", "Alright, that's fair. We'll swing by."),
             ("a", "Perfect. Safe travels, and thanks for checking first."),
         ]),
    # 017 C religion, blatant (rude)
    dict(kind="C", slug="eid-delivery-scorned", region="IL", courtesy=True, discrimination=True,
         turns=[
             ("a", "Hi, Bramblecott Bakery, you've got Stacy."),
             ("c", "Hi Stacy, I ordered a cake for delivery on Friday, but we'll be at the mosque for Eid prayers in the morning. Could it come in the afternoon instead?"),
             ("a", "Oh, Eid. Of course. You people always have some holiday that messes up the schedule."),
             ("c", "Excuse me? I'm just asking for an afternoon slot."),
             ("a", "Yeah, yeah. Honestly, we don't love doing special favours for that crowd. I'll put afternoon."),
             ("c", "I can't believe I'm hearing this."),
             ("a", "It's changed. Anything else?"),
         ],
         flags={"courtesy": [2, 4], "discrimination": [2, 4]}),
    # 018 D religious holiday, kindly
    dict(kind="D", slug="yom-kippur-reschedule", region="NY", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good morning, Orrin Auto Club, this is Hannah. How can I help?"),
             ("c", "Hi Hannah, I've got a service appointment booked, but I just realized it falls on Yom Kippur, so I can't come in. Could I move it?"),
             ("a", "Of course, thanks for the heads-up. I hope it's a meaningful day for you. Let me see what I have after the holiday."),
             ("c", "Thank you, that's kind."),
             ("a", "I've got the next morning open, or later that week in the afternoon. Which works better?"),
             ("c", "The next morning, please."),
             ("a", "You're all set. Have an easy fast, and we'll see you then."),
         ]),
    # 019 A profanity
    dict(kind="A", slug="swearing-agent-outage", region="CA", courtesy=True, discrimination=False,
         turns=[
             ("a", "Tallgrass Internet, this is Wade, how can I help?"),
             ("c", "Hi, my internet's been down since this morning and I work from home, so I really need it back."),
             ("a", "Yeah, everybody's internet is down, there's an outage. What the hell do you want me to do about it?"),
             ("c", "I just wanted to know if there's an estimate."),
             ("a", "No, there's no damn estimate. Crap, you're like the millionth person today. Just wait like everybody else."),
             ("c", "You don't have to swear at me."),
             ("a", "Whatever. It'll come back when it comes back."),
         ],
         flags={"courtesy": [2, 4]}),
    # 020 C age, paternalistic steering (polite)
    dict(kind="C", slug="older-customer-steered-flip-phone", region="FL", courtesy=False, discrimination=True,
         turns=[
             ("a", "Hello, Brackenridge Wireless, this is Dylan. What can I help you with?"),
             ("c", "Hello, I'd like to upgrade to the new smartphone, the one with the big camera. My granddaughter showed it to me."),
             ("a", "Oh, that's sweet. Honestly though, at your age I'd steer you away from that one, it's really made for younger folks. We've got a simple flip phone with big buttons that's much more your speed."),
             ("c", "I already use a smartphone. I'd like the new one, please."),
             ("a", "I hear you, I just want what's best for you. The newer models can get confusing for seniors and I'd hate for you to get frustrated. How about I send you some info on the flip phone instead?"),
             ("c", "No, I really want the one I asked about."),
             ("a", "Okay, I'll put it through. Just give us a call if it turns out to be too much. Have a lovely day."),
         ],
         flags={"discrimination": [2, 4]}),
    # 021 A belittling
    dict(kind="A", slug="belittles-online-return", region="NY", courtesy=True, discrimination=False,
         turns=[
             ("a", "Halvorsen Home Goods, Patrice speaking."),
             ("c", "Hi, I'm trying to send back a lamp I bought online, but I can't find where to start the return on the website."),
             ("a", "It's right on the front page. Honestly, a child could find it."),
             ("c", "I've looked, I promise. I'm just not seeing it."),
             ("a", "Then you're not looking. Some people really shouldn't be shopping online, I swear."),
             ("c", "Can you just tell me where it is?"),
             ("a", "Bottom of the page. Says Returns. In big letters. Anything else, or are we good?"),
         ],
         flags={"courtesy": [2, 4]}),
    # 022 B calm boundary with an abusive customer
    dict(kind="B", slug="boundary-set-calmly", region="TX", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good evening, Marrowby Bank, Farah speaking. How can I help?"),
             ("c", "Finally, a human. Listen, your stupid app froze and locked me out, and I swear you idiots do this on purpose."),
             ("a", "I'm sorry the app locked you out, that's really annoying. Let's get you back in."),
             ("c", "Just do it, you moron, I don't need the fake sympathy."),
             ("a", "I'm happy to help you, but please don't speak to me like that. I'm unlocking your access now."),
             ("c", "...Fine. Sorry. It's been a long day."),
             ("a", "No worries, I get it. You're unlocked, so try logging in again and you should be good. Anything else I can do?"),
             ("c", "No, that's it. Thanks."),
         ]),
    # 023 D wheelchair assistance
    dict(kind="D", slug="wheelchair-assist-flight", region="WA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, thanks for calling Corvane Air, this is Elena. How can I help?"),
             ("c", "Hi Elena, I've got a flight booked next month and I use a wheelchair. I wanted to make sure I'll have help getting to the gate and onto the plane."),
             ("a", "Absolutely, thanks for calling ahead. I'll add wheelchair assistance to your booking, so someone will meet you at check-in and take you right through to boarding. Will you be bringing your own chair?"),
             ("c", "Yes, it's a manual chair. Can I keep it until the door of the plane?"),
             ("a", "Yes, you can use it right up to the aircraft door, and it'll be brought back to the door for you when you land. I've put all of that on your reservation."),
             ("c", "Perfect, that's a load off my mind."),
             ("a", "Glad to hear it. Have a great trip, and call us if anything changes."),
         ]),
    # 024 A passive-aggressive
    dict(kind="A", slug="passive-aggressive-tour-confirmation", region="IL", courtesy=True, discrimination=False,
         turns=[
             ("a", "Hello, Tamsin Travel, this is Gwen."),
             ("c", "Hi Gwen, I booked a tour package last week and I still haven't gotten a confirmation."),
             ("a", "Mm-hm. As I'm sure you saw on the booking page, which I'm sure you read, confirmations can take a little while."),
             ("c", "I did read it, it's just been a while and I'm a bit nervous."),
             ("a", "Well, as the website already says, it comes when it comes. But I'll resend it, since apparently that's what we're doing today."),
             ("c", "Okay. Thanks."),
             ("a", "Mm. Great. Hope that's everything, then."),
         ],
         flags={"courtesy": [2, 4]}),
    # 025 B empathy line
    dict(kind="B", slug="smashed-groceries-empathy", region="CA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good afternoon, Bluefennel Grocery, you're speaking with Omar. What can I do for you?"),
             ("c", "Hi Omar. My delivery came today and the eggs were all smashed and the milk leaked through everything. The bags were soaked."),
             ("a", "Oh no, that sounds awful. I'm so sorry, that's the last thing you want to unpack."),
             ("c", "Yeah, it was a mess. I had to wipe down half my kitchen."),
             ("a", "Ugh, I'm sorry. I've credited the damaged items back to your account and left a note for our packers to bag your dairy separately from now on."),
             ("c", "Okay, that helps. Thanks."),
             ("a", "Of course. Really sorry again. Have a good rest of your day."),
         ]),
    # 026 C national origin, housing (rude)
    dict(kind="C", slug="viewing-denied-origin", region="TX", courtesy=True, discrimination=True,
         turns=[
             ("a", "Ashgrove Apartments leasing, this is Brent. How can I help?"),
             ("c", "Hi, I saw your listing for a unit and I'd like to schedule a viewing. My name is Oluwaseun."),
             ("a", "Oh. And where are you from, originally?"),
             ("c", "Nigeria, but I've lived here for years. Why does that matter?"),
             ("a", "Look, I'll be straight with you. The owners had trouble with Africans before, lots of people crammed in, you know how it is. I don't think it's a good fit."),
             ("c", "That's discrimination. I just want to see the apartment."),
             ("a", "Take it how you want. We're pretty booked up on viewings anyway."),
         ],
         flags={"courtesy": [4, 6], "discrimination": [2, 4, 6]}),
    # 027 A overt sarcasm
    dict(kind="A", slug="sarcastic-solar-support", region="FL", courtesy=True, discrimination=False,
         turns=[
             ("a", "Sunmoss Solar, Ivan speaking."),
             ("c", "Hi, the app says my panels produced nothing yesterday, but it was sunny all day."),
             ("a", "Oh, nothing? Wow. Truly a mystery for the ages."),
             ("c", "I'm serious, it shows nothing at all."),
             ("a", "Yeah, I'm sure you've cracked the case. Let me guess, you never checked whether the inverter's on?"),
             ("c", "I don't know what an inverter is."),
             ("a", "Shocking. Grey box by the meter. Flip the switch. Genius work, everybody."),
         ],
         flags={"courtesy": [2, 4, 6]}),
    # 028 D pronouns asked respectfully
    dict(kind="D", slug="pronouns-on-profile", region="WA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, thanks for calling Ostrander Insurance, this is Kai. How can I help you today?"),
             ("c", "Hi, I recently changed my name and I'd like to update it on my policy."),
             ("a", "Happy to help with that. What name should I put on the policy? And while I'm in there, would you like me to add your pronouns to your profile so our team uses the right ones?"),
             ("c", "Oh, yes, actually. It's Robin, and my pronouns are they/them."),
             ("a", "Got it, Robin, they/them. I've updated both. We'll just need a copy of the name change document, so I'll text you a secure upload link."),
             ("c", "Thank you, that was easy."),
             ("a", "Glad to hear it. Have a great day, Robin."),
         ]),
    # 029 B apology, owning a mistake
    dict(kind="B", slug="missed-technician-apology", region="NY", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, Linden Vale Telecom, this is Bianca, how can I help?"),
             ("c", "Hi, I called last week about my phone line and somebody told me a technician would come Tuesday, but nobody showed up."),
             ("a", "I'm really sorry about that. I can see the visit was never actually booked on our side, which is our mistake, not yours."),
             ("c", "I took the morning off work for that."),
             ("a", "I'm so sorry, that's time you don't get back. I've booked the visit properly now, sent you a confirmation text, and asked the tech to call you when they're on the way."),
             ("c", "Okay. Thanks for owning it, at least."),
             ("a", "Of course. Sorry again for the runaround, and thanks for your patience."),
         ]),
    # 030 C gender identity (rude)
    dict(kind="C", slug="trans-customer-misgendered", region="CA", courtesy=True, discrimination=True,
         turns=[
             ("a", "Penwarden Savings, this is Rhett speaking."),
             ("c", "Hi, I'm transgender and I've legally changed my name and gender marker. I'd like my account updated to match."),
             ("a", "Uh, okay. So what do I call you, sir or ma'am? 'Cause you sound like a sir to me."),
             ("c", "I'm a woman. Please use ma'am, or just my name, Jessa."),
             ("a", "Right, 'Jessa.' Look, I'm not really comfortable with all that stuff. I'll put a note on it, but don't expect everybody here to play along."),
             ("c", "That's really disrespectful."),
             ("a", "Is there anything else?"),
         ],
         flags={"courtesy": [2, 4], "discrimination": [2, 4]}),
    # 031 A talking over (two overlapping agent turns)
    dict(kind="A", slug="talks-over-new-tenant", region="IL", courtesy=True, discrimination=False,
         turns=[
             ("a", "Thanks for calling Quillon Power and Gas, this is Derek."),
             ("c", "Hi, yes, so I just moved into a new place and I set up my account online, but when I logged in it showed the old tenant's name on the account, and I'm worried I'll get billed for their usage, and I also couldn't figure out how to change the name because the button just keeps spinning and..."),
             ("a", "Yeah, yeah, okay, I get it, you moved, the name's wrong. Got it.", 3.2),
             ("c", "Well, there's more, because when I tried calling yesterday I was on hold forever and then the call dropped and I had to start over, and honestly I just want to make sure the meter reading is from the day I moved in and not from..."),
             ("a", "Okay, stop, stop. I'm fixing the name. The meter stuff is fine. Can I talk now?", 3.6),
             ("c", "...Sure."),
             ("a", "Name's updated. Anything else? No? Okay, bye."),
         ],
         flags={"courtesy": [2, 4]}),
    # 032 B warm joke
    dict(kind="B", slug="quiet-room-warm-joke", region="TX", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good morning, Lanternfield Inns, Lucy speaking. How can I help?"),
             ("c", "Hi Lucy, I'm staying with you this weekend and I wondered if I could get a room away from the elevator. I'm a really light sleeper."),
             ("a", "Ha, I hear you. That elevator ding is basically our house alarm clock. Let me find you somewhere nice and quiet."),
             ("c", "Ha, thank you."),
             ("a", "Okay, I've put you at the far end of the hall, about as far from the ding as I can get you without putting you in the parking lot."),
             ("c", "That's perfect, thanks so much."),
             ("a", "Anytime. Sleep well, and enjoy your stay!"),
         ]),
    # 033 A one rude moment in an otherwise normal call
    dict(kind="A", slug="one-jab-meal-kit-skip", region="CA", courtesy=True, discrimination=False,
         turns=[
             ("a", "Good afternoon, Halcyon Meal Kits, this is Shauna. How can I help?"),
             ("c", "Hi, I want to skip next week's box, but I can't find the skip button in the app."),
             ("a", "Sure, I can help with that. Go to your upcoming deliveries and tap next week's box."),
             ("c", "Upcoming... hang on... where's that? Sorry, I'm on the home screen."),
             ("a", "It's the tab that literally says Upcoming. Are you always this slow, or is today special?"),
             ("c", "Wow. Okay, found it."),
             ("a", "Great. It's skipped. Anything else?"),
         ],
         flags={"courtesy": [4]}),
    # 034 D student plan
    dict(kind="D", slug="student-plan-offer", region="WA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, Seabright Mobile, this is Theo. What can I do for you?"),
             ("c", "Hey, I'm starting college in the fall and my roommate said you've got a student plan?"),
             ("a", "Yep, we do! Same coverage as the regular plan, just cheaper. You'd verify through your school account on our site."),
             ("c", "Oh nice. Can I switch over now?"),
             ("a", "Yeah, I'll send you the verification link right now, and once that goes through it switches over on its own. Easy."),
             ("c", "Sweet, thanks."),
             ("a", "No problem. Good luck with the semester!"),
         ]),
    # 035 B one brief, non-hostile overlap
    dict(kind="B", slug="brief-overlap-delivery-note", region="NY", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good morning, Fairwind Freight, this is Nadia. How can I help?"),
             ("c", "Hi, I'm expecting a delivery today and I have to step out for a bit around lunch, so I was hoping the driver could leave it with the front desk in my building, or..."),
             ("a", "Oh, sorry, go ahead, I jumped in.", 1.2),
             ("c", "No, you're fine. I was just going to say, or with the neighbour across the hall."),
             ("a", "Got it. I've added a note for the driver to leave it at the front desk, and with your neighbour if the desk is closed. You'll get a text when it's dropped off."),
             ("c", "Great, thank you."),
             ("a", "You're welcome, have a good one."),
         ]),
    # 036 C sex / marital status, asks for the husband (polite)
    dict(kind="C", slug="wants-husband-not-wife", region="TX", courtesy=False, discrimination=True,
         turns=[
             ("a", "Good afternoon, Brindlewood Home Security, this is Craig. How can I help?"),
             ("c", "Hi Craig, I'd like to upgrade our alarm package and add some outdoor cameras."),
             ("a", "Sure thing. Is the account in your name?"),
             ("c", "It's a joint account with my husband. I handle most of the household stuff."),
             ("a", "Ah, okay. For equipment upgrades I'd really prefer to go over it with your husband. Is he around? These decisions usually go smoother with the man of the house."),
             ("c", "I'm an account holder too. I can make the decision."),
             ("a", "Oh, I completely understand, ma'am, and I'm sure you can. I'd just feel better confirming with him. Could you have him give us a call when he's free? Thanks so much."),
         ],
         flags={"discrimination": [4, 6]}),
    # 037 A brush-off, refuses to help
    dict(kind="A", slug="brushoff-wrong-edition", region="FL", courtesy=True, discrimination=False,
         turns=[
             ("a", "Redwillow Books, Troy here."),
             ("c", "Hi, the book I got is a different edition from the one I ordered. Can I swap it?"),
             ("a", "Did you check the FAQ?"),
             ("c", "I did. It talks about returns, but not swapping a wrong edition."),
             ("a", "Then I dunno. Email somebody. I'm not the swap guy."),
             ("c", "Is there someone you could transfer me to?"),
             ("a", "Nope. Have a good one."),
         ],
         flags={"courtesy": [4, 6]}),
    # 038 B bereavement, gentle
    dict(kind="B", slug="closing-late-fathers-account", region="IL", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good morning, Cresthaven Gas, this is Yolanda. How can I help?"),
             ("c", "Hi. My dad passed away recently and I need to close his gas account. I don't really know how any of this works."),
             ("a", "I'm so sorry for your loss. Don't worry about knowing how it works, I'll walk you through it, and we can go at whatever pace you need."),
             ("c", "Thanks. It's been a lot."),
             ("a", "I can only imagine. I'll send you a short form with a prepaid envelope, and once we get it back we'll take care of the rest. You won't need to call again unless you want to."),
             ("c", "Okay. That's really helpful."),
             ("a", "Of course. Take care of yourself, and again, I'm very sorry."),
         ]),
    # 039 C "compliment" stereotype (polite)
    dict(kind="C", slug="good-with-tech-stereotype", region="WA", courtesy=False, discrimination=True,
         turns=[
             ("a", "Good afternoon, Quillfeather Software support, this is Brady. What can I do for you?"),
             ("c", "Hi, I'm having trouble syncing the desktop app with my phone. My name's Wei, by the way."),
             ("a", "Nice to meet you, Wei. Oh, this should be easy then, you guys are always great with tech. I bet you'll figure it out before I do."),
             ("c", "Uh... okay. I've already tried logging out and back in."),
             ("a", "See, already ahead of me. Your people are always so sharp with this stuff. Okay, let's try turning sync off and back on in settings."),
             ("c", "Okay, that worked. Thanks."),
             ("a", "Awesome. Told you you'd have it. Have a good one, Wei."),
         ],
         flags={"discrimination": [2, 4]}),
    # 040 D relay service / TTY for a deaf customer
    dict(kind="D", slug="relay-tty-for-deaf-mother", region="CA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, Lindqvist Cable, this is Joanna. How can I help?"),
             ("c", "Hi, I'm calling for my mother. She's deaf and she'd like to be able to contact you herself. Is there a way for her to do that?"),
             ("a", "Yes, definitely. She can reach us through a relay service or by TTY, and we also have live chat and text support if that's easier. Our team handles relay calls all the time, so she won't need to explain anything."),
             ("c", "Oh, that's great. Can you make a note of that on her account?"),
             ("a", "Sure, I'll add an accessibility note so everyone sees her preference, and I'll mail her a sheet with all the ways to reach us."),
             ("c", "Thank you, she'll be happy."),
             ("a", "My pleasure. Tell her we look forward to hearing from her."),
         ]),
    # 041 A talking over (two overlapping agent turns)
    dict(kind="A", slug="talks-over-moving-damage", region="NY", courtesy=True, discrimination=False,
         turns=[
             ("a", "Good morning, Mapleshade Moving, this is Vince."),
             ("c", "Hi, so we booked a move with you guys and the crew showed up really late, and then they were rough with our stuff, there's a big scratch down the side of the dresser and one of the lamps is bent, and I tried to tell the crew lead but he just kind of shrugged and said call the office, so that's why I'm..."),
             ("a", "Okay, okay, crew was late, stuff got scratched. Look, that happens on moves.", 3.0),
             ("c", "It doesn't just happen, they were dragging the dresser across the floor, I watched them do it, and when I asked them to lift it they said it was fine, and then my..."),
             ("a", "Yeah, I heard you the first time. Do you want to file a damage claim or do you want to keep telling me about it?", 2.8),
             ("c", "I want to file a claim."),
             ("a", "Fine. I'll send the form. Bye."),
         ],
         flags={"courtesy": [2, 4]}),
    # 042 B calm agent, customer insults the company
    dict(kind="B", slug="calm-with-insulting-customer", region="FL", courtesy=False, discrimination=False,
         turns=[
             ("a", "Thanks for calling Wickhurst Appliance Repair, this is Abdul. How can I help?"),
             ("c", "Yeah, is there anybody there with a brain? The guy you sent fixed my dryer and now it's making an even worse noise."),
             ("a", "Oh, that's not what we want at all, I'm sorry. Can you tell me what the noise sounds like?"),
             ("c", "Like a jet engine. Honestly, do you people even train your techs, or just hand them a wrench?"),
             ("a", "Fair question, and I get why you're annoyed. It sounds like something wasn't seated right after the repair. I'm booking a return visit so it gets looked at properly."),
             ("c", "Fine. Hopefully this one knows what he's doing."),
             ("a", "I've asked for one of our most experienced techs. Thanks for letting us know, and sorry for the hassle."),
         ]),
    # 043 C public assistance (rude)
    dict(kind="C", slug="benefits-customer-scorned", region="IL", courtesy=True, discrimination=True,
         turns=[
             ("a", "Good afternoon, Pinecrest Wireless, Lance speaking."),
             ("c", "Hi, I get food stamps and I heard you have a discount plan for people on benefits. Can I sign up?"),
             ("a", "Ugh, another one. You know, some of us actually pay full price because we work."),
             ("c", "I do work. I just qualify for the program."),
             ("a", "Sure you do. Look, people on handouts are always the ones who stop paying, so I'd rather not push that plan. You can apply online if you really want it."),
             ("c", "That's not fair. I just want to sign up."),
             ("a", "Website's the best I can do. Bye."),
         ],
         flags={"courtesy": [2, 4], "discrimination": [2, 4]}),
    # 044 B firm no, account privacy
    dict(kind="B", slug="firm-no-partner-account", region="WA", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hi, you've reached Coppergate Credit, this is Imani. How can I help?"),
             ("c", "Hi, I need to check on my girlfriend's account. She asked me to see if her new card has shipped."),
             ("a", "I appreciate you helping her out. Unfortunately I can't share anything about an account unless the account holder is on the line or has added you as an authorized contact. It's to keep her account safe."),
             ("c", "Seriously? I'm just asking if it shipped."),
             ("a", "I know, it feels like a lot for a small question. If she can hop on the call for a minute, she can add you, and then you'd be all set for next time."),
             ("c", "Okay, I'll get her. Hang on."),
             ("a", "No rush, I'll be right here."),
         ]),
    # 045 D benefits-linked assistance rate, offered neutrally
    dict(kind="D", slug="assistance-rate-offered", region="TX", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good morning, Elmstead Electric, this is Curtis. How can I help you today?"),
             ("c", "Hi, I'm having a hard time keeping up with my bills lately. I'm on disability benefits and things are tight."),
             ("a", "Thanks for telling me, and I'm sorry things are tough right now. Since you receive benefits, you may qualify for our assistance rate, which lowers your bill. Would you like me to check for you?"),
             ("c", "Yes, please. I didn't know that existed."),
             ("a", "A lot of people don't. I've started the application, and I'm texting you a secure link to upload your benefits letter. After that, it's all handled on our end."),
             ("c", "That's a big help. Thank you."),
             ("a", "You're welcome. And if anything else comes up, don't hesitate to call."),
         ]),
    # 046 A sarcasm that sounds polite
    dict(kind="A", slug="cheery-sarcasm-pool-chlorine", region="CA", courtesy=True, discrimination=False,
         turns=[
             ("a", "Hello, and thank you for calling Pemberton Pools, this is Audrey!"),
             ("c", "Hi, I think I put way too much chlorine in the pool. It smells really strong. What do I do?"),
             ("a", "Oh, well, that's certainly one way to do it! I always say, why read the label when you can just guess?"),
             ("c", "I know, I know. Can you help me fix it?"),
             ("a", "Of course, I'm always happy to help our more... adventurous customers. Leave the cover off and don't swim for a while. Maybe next time we'll measure? Just a thought!"),
             ("c", "Yeah. Thanks."),
             ("a", "Anytime! Happy swimming!"),
         ],
         flags={"courtesy": [2, 4]}),
    # 047 B terse but polite, bad news
    dict(kind="B", slug="terse-print-delay", region="NY", courtesy=False, discrimination=False,
         turns=[
             ("a", "Fenwick Print Shop, Lou speaking."),
             ("c", "Hey, is my poster order ready? I need it for an event tonight."),
             ("a", "Checking. Not yet, sorry. Printer jammed this morning. You're next in line."),
             ("c", "Ugh. Will it be done by tonight?"),
             ("a", "Should be this afternoon. Can't promise a time, but I'll call you the second it's done."),
             ("c", "Okay. Please do."),
             ("a", "Will do. Thanks for bearing with us."),
         ]),
    # 048 C sexual orientation / marital status (polite)
    dict(kind="C", slug="husband-listed-as-roommate", region="FL", courtesy=False, discrimination=True,
         turns=[
             ("a", "Hi, thanks for calling Thimble Home Insurance, this is Garrett. How can I help?"),
             ("c", "Hi Garrett, this is Tobias. I just got married and I'd like to add my husband to my home policy."),
             ("a", "Congratulations! Oh, your husband, okay. Hmm. For same-sex couples we usually just list the partner as a roommate. It keeps things simpler."),
             ("c", "He's not my roommate, he's my husband. We're legally married."),
             ("a", "I understand, and I don't mean anything by it. I'd still recommend the roommate listing, some of our underwriters are a bit traditional and it can slow things down. I'll set it up that way, okay?"),
             ("c", "No. Please list him as my spouse."),
             ("a", "Okay, I'll pass it along to underwriting for review. Thanks for your patience."),
         ],
         flags={"discrimination": [2, 4]}),
    # 049 D hard-of-hearing older customer, agent adapts
    dict(kind="D", slug="speaks-up-for-older-caller", region="IL", courtesy=False, discrimination=False,
         turns=[
             ("a", "Good afternoon, Westmarch Buses, this is Holly speaking."),
             ("c", "Hello? Sorry, dear, you'll have to speak up. My hearing's not what it used to be at my age."),
             ("a", "Of course! Is this better? I'll speak up and slow down a little. Take all the time you need."),
             ("c", "Much better, thank you. I want to book a seat for my trip to see my grandson."),
             ("a", "Lovely. I can book that for you now. We also have a seniors' fare and priority boarding if you'd like, and I can mail you a paper ticket instead of sending it to a phone."),
             ("c", "Oh, a paper ticket, please. And the seniors' fare."),
             ("a", "All done. Your ticket's on its way in the post. Enjoy your visit with your grandson!"),
         ]),
    # 050 B honest advice against an upsell (no trait involved)
    dict(kind="B", slug="honest-no-upgrade-needed", region="TX", courtesy=False, discrimination=False,
         turns=[
             ("a", "Hey, thanks for calling Quicksilver Cable, Bo speaking."),
             ("c", "Hey Bo. Your site keeps pushing me the faster internet package. Do I actually need it? I mostly just do email and watch some videos."),
             ("a", "Honestly? Nah, you don't. What you've got handles that no problem. I'd rather you not pay for speed you won't use."),
             ("c", "Ha, that's refreshing. Okay, I'll stay put."),
             ("a", "Cool. If you start gaming, or somebody moves in who streams a ton, give us a shout and we'll bump you up."),
             ("c", "Will do. Thanks, man."),
             ("a", "Anytime. Have a good one!"),
         ]),
]

EXPECTED = {"A": 15, "B": 15, "C": 10, "D": 10}
SPEAKERS = {"a": "agent", "c": "customer"}


def build(n: int, call: dict) -> dict:
    """Turn one CALLS entry into the YAML document for call number n."""
    slug = call["slug"]
    turns = []
    for i, t in enumerate(call["turns"]):
        speaker, text = SPEAKERS[t[0]], t[1]
        assert speaker == ("agent" if i % 2 == 0 else "customer"), (slug, i)
        turn = {"speaker": speaker, "text": text}
        if len(t) > 2:
            assert speaker == "agent", (slug, i)
            turn["overlap"] = float(t[2])
        turns.append(turn)
    assert 4 <= len(turns) <= 8, slug

    labels = {
        "disclosure": "missing",
        "courtesy": call["courtesy"],
        "discrimination": call["discrimination"],
        "inaccurate": False,
    }
    flags = call.get("flags", {})
    for key in ("courtesy", "discrimination"):
        if labels[key]:
            assert flags.get(key), (slug, key)
            for idx in flags[key]:
                assert turns[idx]["speaker"] == "agent", (slug, key, idx)
        else:
            assert key not in flags, (slug, key)

    doc = {
        "call_id": f"bl-{n:03d}-{slug}",
        "split": "blind",
        "channels": "agent_left",
        "customer_region": call["region"],
        "sample_rate": 16000,
        "format": "flac",
        "scenario": slug,
        "labels": labels,
        "turns": turns,
    }
    if flags:
        doc["flag_turns"] = {k: list(flags[k]) for k in ("courtesy", "discrimination") if k in flags}
    return doc


def main() -> None:
    counts = {}
    for call in CALLS:
        counts[call["kind"]] = counts.get(call["kind"], 0) + 1
    assert counts == EXPECTED, counts
    assert len({c["slug"] for c in CALLS}) == len(CALLS), "duplicate slug"

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob("bl-*.yaml"):
        old.unlink()

    for n, call in enumerate(CALLS, start=1):
        doc = build(n, call)
        path = OUT_DIR / f"{doc['call_id']}.yaml"
        with path.open("w", encoding="utf-8") as fh:
            yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)

    print(f"wrote {len(CALLS)} blind calls to {OUT_DIR} "
          f"({', '.join(f'{k}={v}' for k, v in sorted(counts.items()))})")


if __name__ == "__main__":
    main()

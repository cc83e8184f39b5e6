"""Residents' everyday words mapped to the words plans use, so plain questions find formal text."""

from __future__ import annotations

import re

# Everyday word -> plan vocabulary. General to UK community safety plans, not to any one plan.
PLAIN_TO_PLAN: dict[str, str] = {
    "ring": "call contact",
    "get-together": "meeting forum meets",  # "a regular get-together for us": a forum that meets
    "gettogether": "meeting forum meets",  # ... as the question's words join it
    "get-togethers": "meetings forums meets",
    "gettogethers": "meetings forums meets",
    "meet-up": "meeting forum meets",
    "meetup": "meeting forum meets",
    "abbreviations": "glossary",  # a plan spells out its abbreviations in its glossary
    "abbreviation": "glossary",
    "acronyms": "glossary",
    "held": "held conducted run",  # a consultation, event or review "held" is as often "conducted" or "run"
    "hold": "hold conduct run",
    "phone": "call contact",
    "nicked": "stolen theft",
    "nick": "steal theft",
    "nicking": "stealing theft",
    "pinched": "stolen theft",
    "pinching": "stealing theft",
    "motors": "motor vehicles cars",  # "nicking stuff from parked motors": theft from motor vehicles
    "stolen": "theft",
    "steal": "theft",
    "robbed": "robbery",
    "mugged": "robbery",
    "mugging": "robbery",
    "burgled": "burglary",
    "break-in": "burglary",
    "hassling": "harassment harassed",
    "hassle": "harassment",
    "harassing": "harassment",
    "stalking": "stalking harassment",
    "scam": "scam fraud nuisance calls",
    "scams": "scam fraud nuisance calls",
    "fraud": "fraud scam",
    "cops": "police",
    "bookies": "bookmakers betting shops",
    "bookie": "bookmaker",
    "police": "police",
    "kids": "young people children",
    "teenagers": "young people",
    "teens": "young people",
    "youngsters": "young people",
    "stabbing": "knife crime",
    "stabbings": "knife crime",
    "knives": "knife crime",
    "guns": "gun crime",
    "shooting": "gun crime firearms",
    "shootings": "gun crime firearms",
    "firearm": "gun crime firearms",
    "drunk": "alcohol",
    "money": "funding fund funded budget",
    "views": "watched viewed",
    "online": "electronic digital virtual",
    "folk": "people residents",
    "folks": "people residents",
    "football": "football fc",  # "which football club backed it?": "Millwall FC"
    "tech": "technology digital online",  # "tech and exploitation of kids": the role of modern technology
    "techie": "technology digital",
    "gauge": "measure measured",
    "yardstick": "measure indicator performance",
    "yardsticks": "measures indicators performance",
    "gripe": "concern complaint issue",
    "gripes": "concerns complaints issues",
    "gauges": "measure measured",
    "viewed": "watched",
    "cash": "funding fund funded budget",
    "afterwards": "after afterwards",
    "paid": "paid funded funding",  # "is it paid for by the council?": "the programme is funded by ..."
    "pays": "pays funds funded funding",
    "drinking": "alcohol",
    "famous": "high profile well-known",
    "celebrity": "high profile",
    "celebrities": "high profile",
    "roped": "secured recruited involved",
    "dealing": "drug dealing",
    "dealers": "drug dealing",
    "noisy": "noise nuisance",
    "neighbour": "neighbour disputes",
    "neighbours": "neighbour disputes",
    "graffiti": "criminal damage vandalism",
    "vandalism": "criminal damage vandalism",
    "dumping": "fly-tipping",
    "rubbish": "fly-tipping",
    "nan": "older people vulnerable residents",
    "gran": "older people vulnerable residents",
    "grandad": "older people vulnerable residents",
    "elderly": "older people vulnerable",
    "pensioner": "older people vulnerable",
    "anonymous": "anonymously",
    "anonymously": "anonymously",
    "worried": "concerns concern",
    "scared": "feel safe fear of crime",
    "afraid": "feel safe fear of crime",
    "unsafe": "feel safe unsafe",
    "wife": "domestic abuse",
    "husband": "domestic abuse",
    "partner": "domestic abuse",
    "hit": "violence domestic abuse",
    "beaten": "violence domestic abuse",
    "bully": "bullying harassment",
    "racist": "racism hate crime",
    "racism": "racism hate crime",
    "homophobic": "hate crime",
    "terrorist": "terrorism prevent extremism",
    "radicalised": "radicalisation prevent",
    "braille": "braille large print",
    "audio": "audio spoken word large print another format",  # a plan in another format: "in large print or ..."
    "cameras": "cctv",
    "camera": "cctv",
    "streetlights": "street lighting",
    "lights": "lighting",
    "car": "motor vehicle mv",  # "Theft From MV": the police's short form in tables of offences
    "cars": "motor vehicle mv",
    "statute": "act legislation",
    "legal": "statutory legislation",  # "a legal responsibility": "a statutory requirement"
    "legally": "statutory legislation",
    "law": "act legislation",
    "nhs": "health",  # "police, schools, prisons and the NHS": "police, schools, prisons, health"
    "statutes": "acts legislation",
    "scrapped": "abolished",
    "whitehall": "government national",
    "pay-off": "benefit improvement outcome",
    "payoff": "benefit improvement outcome",
    "hoped-for": "aim intended",
    "roots": "underlying causes",
    "ambition": "goal aim vision",
    "ambitions": "goals aims vision",
    "chase": "target targeting pursue",
    "tougher": "stretch harder",
    "chasing": "targeting pursuing",
    "scrap": "abolish",
    "bike": "pedal cycle",
    "bikes": "pedal cycle",
    "shops": "businesses retailers",
    "pubs": "licensed premises night time economy",
    "clubs": "licensed premises night time economy",
    "age": "aged",
    "old": "aged",
    "motorbikes": "mopeds motorcycles",
    "scooters": "mopeds scooters",
    "needles": "drug misuse drug litter",
    "syringes": "drug misuse drug litter",
    "injecting": "drug misuse",
    "weed": "cannabis drugs",
    "blade": "knife crime",
    "blades": "knife crime",
    "racially": "racism hate crime",
    "homophobia": "hate crime",
    "transphobic": "hate crime",
    "islamophobic": "hate crime",
    "antisemitic": "hate crime",
    "spiked": "spiking",
    "shoplifting": "shop theft",
    "begging": "begging anti-social behaviour",
    "loitering": "anti-social behaviour",
    # a survey's answers and a forecast, said in everyday words
    "answered": "responses respondents responded",
    "replied": "responses respondents responded",
    "expected": "anticipated forecast projected",
    "extra": "additional further",
    "predicted": "anticipated forecast projected",
    # British slang for the police, for trouble and those who cause it, and for paying
    "bobby": "police officer",
    "bobbies": "police officers",
    "copper": "police officer",
    "coppers": "police officers",
    "cop": "police officer",
    "plod": "police",
    "feds": "police",
    "aggro": "anti-social behaviour disorder",
    "troublemaker": "perpetrator offender anti-social behaviour",
    "troublemakers": "perpetrators offenders anti-social behaviour",
    "yob": "perpetrator anti-social behaviour",
    "yobs": "perpetrators anti-social behaviour",
    "yobbish": "anti-social behaviour",
    "lout": "perpetrator anti-social behaviour",
    "louts": "perpetrators anti-social behaviour",
    "loutish": "anti-social behaviour",
    "hooligan": "perpetrator anti-social behaviour disorder",
    "hooligans": "perpetrators anti-social behaviour disorder",
    "thug": "perpetrator violence offender",
    "thugs": "perpetrators violence offenders",
    "rowdy": "disorder anti-social behaviour",
    "brawl": "violence assault disorder",
    "brawls": "violence assaults disorder",
    "punch-up": "violence assault",
    "punch-ups": "violence assaults",
    "mugger": "robbery",
    "muggers": "robbery",
    "pickpocket": "theft from person",
    "pickpockets": "theft from person",
    "pickpocketing": "theft from person",
    "burglar": "burglary",
    "torched": "arson deliberate fires",
    "shanked": "stabbed knife crime",
    "shanking": "stabbing knife crime",
    "junkie": "drug users substance misuse",
    "junkies": "drug users substance misuse",
    "crackheads": "crack drug users",
    "skunk": "cannabis drugs",
    "booze": "alcohol",
    "boozing": "drinking alcohol",
    "boozer": "pub licensed premises",
    "boozers": "pubs licensed premises",
    "offie": "off-licence off licence",
    "snitch": "report information anonymously",
    "snitching": "reporting information anonymously",
    "grassing": "reporting information anonymously",
    "haircut": "cut reduction reduces top slice",  # a fund's "haircut" is what a budget calls its top slice
    "baccy": "tobacco",
    "weighed": "kilograms tonnes",  # "what did the haul weigh?": a weight, written "600kg"
    "weighs": "kilograms tonnes",
    "weight": "kilograms tonnes",
    "tip-off": "information report",
    "tip-offs": "information reports",
    "jail": "prison custody",
    "jailed": "prison custody sentenced",
    "ex-cons": "ex-offenders offenders",
    "ex-con": "ex-offender offender",
    "bankroll": "fund funding",
    "bankrolls": "funds funding",
    "bankrolled": "funded funding",
    "bankrolling": "funding funded",
    "dosh": "funding money budget",
    "kitty": "fund budget",
    "telly": "television media",
    "blokes": "men",
    "lads": "young men boys",
    "bigwigs": "senior leaders",
}

# Everyday phrases -> plan vocabulary: what residents say in several words for what plans name in one or
# two. General to UK community safety, like the words above.
PLAIN_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), plan)
    for pattern, plan in (
        (
            r"\b(?:without|not|never|don'?t want to|won'?t)\s+(?:giving|give|saying|say|leaving|leave|telling|"
            r"tell|sharing|share|revealing|reveal)\s+(?:out\s+)?(?:my|your|our|their|his|her|a|any)\s+"
            r"(?:name|names|details|identity)\b|\bwithout (?:anyone|them|people) knowing\b|"
            r"\bkeep (?:my name|me) (?:out of it|secret|private)\b|"
            r"\bwithout (?:saying|telling (?:them|anyone)|giving away) who (?:i am|i'm|we are)\b|"
            r"\bput (?:my|our) names? to (?:it|this|that)\b|"
            r"\b(?:stay|stays|staying|remain|remains|remaining|be|being|keep it)\s+anonymous\b|"
            r"\bwithout (?:being|getting) (?:named|identified|known|found out)\b",
            "anonymously anonymous",
        ),
        # "someone cut the cat off my car": the catalytic converter, as people say it
        (
            r"\bcats?(?=\s+(?:off|from)\s+(?:under(?:neath)?\s+)?(?:my|our|the|his|her|their|a)\s+"
            r"(?:car|van|vehicle|motor)s?\b)",
            "catalytic converter",
        ),
        (r"\bonce a year\b|\bevery year\b|\byearly\b|\beach year\b", "annual annually"),
        (r"\b(?:get|gets|getting|got)\s+along\b", "get on well together cohesion"),
        # "saw something", "witnessed a crime": what a plan asks of those with information about a crime
        (
            r"\b(?:saw|seen|see|sees|witnessed|witness)\s+(?:something|anything|a crime|it happen(?:ing)?)\b",
            "information witness witnesses",
        ),
        (r"\b(?:sit|sits|sat|sitting) down with\b", "meet meeting"),
        # "how would I spot a member café?", "how can I tell a pub is in the scheme?": what a plan says to look for
        (
            r"\bhow\s+(?:can|could|would|do|does|will|might|should)\s+(?:i|we|you|people|someone|anyone|they|one)\s+"
            r"(?:spot|recogni[sz]e|identify|tell(?!\s+(?:the\s+)?(?:police|council|someone|somebody|anyone|them|him|her|"
            r"us|me)\b))\b|"
            # ... "how will I know which shops are safe?" (not "how will they know it's working?", a measure)
            r"\bhow\s+(?:can|could|would|do|will|might|should)\s+(?:i|we|you)\s+know\b",
            "look for sign sticker display logo",
        ),
        # "women with convictions", "people with a criminal record": what the plans call offenders
        (r"\b(?:with|who have|who've|having)\s+(?:a\s+)?(?:criminal\s+)?(?:convictions?|records?)\b", "offenders"),
        (r"\bwomen (?=offenders\b|with (?:a\s+)?(?:criminal\s+)?(?:convictions?|records?))", "female"),
        # "women who offend", "girls who've been in trouble with the law": female offenders
        (
            r"\b(?:women|woman|girls?|mums?|mothers?)\s+(?:who|that)(?:\s+have\s+|'ve\s+|’ve\s+|\s+)(?:offend(?:ed)?|"
            r"(?:re-?)?offend|commit(?:ted)?\s+crimes?|broke(?:n)?\s+the\s+law|been\s+in\s+(?:trouble|prison|jail))\b",
            "female offenders",
        ),
        # "folk who have to stand up in court", "people giving evidence": witnesses
        (
            r"\b(?:stand(?:ing)?\s+up|giv(?:e|ing)\s+evidence|testify(?:ing)?|speak(?:ing)?\s+up)\s+in\s+court\b|"
            r"\bgiv(?:e|ing)\s+evidence\b|\btestify(?:ing)?\b",
            "witnesses in court",
        ),
        # "believers and non-believers", "people of all religions": "of every faith and none"
        (r"\b(?:non-?believers?|believers?|religions?|religious (?:people|groups|communities))\b", "faith"),
        (r"\b(?-i:Met)(?:'s|’s)?(?!\w)", "metropolitan police"),  # "the Met's target", not "the board met"
        (r"\bold bill\b", "police"),
        # "to shop a dealer", "grass them up": tell the police about someone (not "shop at", "the corner shop")
        (
            r"\b(?:to|i|we|you|they|and|or|will|would|could|can|should|'ll|’ll)\s+shop(?:s|ped|ping)?\s+(?:a|an|the|my|"
            r"our|his|her|their|them|him|someone|somebody|anyone|people|dealers?|neighbours?)\b(?!\s+(?:for|at|in)\b)|"
            r"\bgrass(?:es|ed|ing)?\s+(?:\w+\s+)?(?:up|on)\b",
            "report information",
        ),
        (r"\b(?:the|local|a|our|their) (?-i:rag)s?\b", "newspaper press media"),  # not a plan's RAG rating
        (r"\btown hall\b", "council"),
        # "getting it in another format": what a plan offers as its other formats
        (
            r"\b(?:another|other|different|alternative|accessible|easy[- ]read)\s+(?:formats?|versions?)\b",
            "large print braille translated language",
        ),
        # "my grandad can only manage big print", "can it be read out to me?": the formats a plan offers itself in
        (r"\b(?:big|bigger|larger|enlarged)\s+(?:print|type|text|font|letters)\b", "large print braille"),
        (r"\b(?:read|reading)\s+(?:\w+\s+)?(?:out|aloud)\b|\blisten to\b", "spoken word audio"),
        # "how much did the dog turn up?": found (not "turn up at the meeting", "turn up late")
        (r"\bturn(?:s|ed|ing)? up\b(?!\s+(?:at|to|for|in|on|late|early|with)\b)", "found discovered seized recovered"),
        (r"\b(?:thought|believed|reckoned) to (?:be|have been)\b", "estimated"),
        (r"\btop brass\b", "senior leaders"),
        # "could people vote somewhere physical?": in person, at a place
        (
            r"\b(?:somewhere|anywhere|someplace)\s+physical\b|\bphysical(?:ly)?\s+(?:places?|locations?|venues?|"
            r"buildings?|sites?)\b|\b(?:turn up|go along|go down)\s+(?:and|to)\s+vote\b",
            "in person centres",
        ),
        # "will someone walk me through the whole process?": support throughout, an advocate
        (
            r"\b(?:walk|walks|walked|talk|talks|hold|holds)\s+(?:me|us|you|them|him|her|people|victims)\s+through\b|"
            r"\bhold (?:my|your|their|his|her) hand\b",
            "support throughout advocate",
        ),
        # "how many stayed clean?", "went straight", "kept out of trouble": did not re-offend (or stayed off drugs)
        (
            r"\b(?:stay(?:s|ed|ing)?|kept|keep(?:s|ing)?)\s+(?:clean|straight|out of trouble)\b|"
            r"\b(?:go(?:es|ne|ing)?|went)\s+straight\b",
            "did not re-offend reoffending abstinent",
        ),
        # "stop selling the strong stuff": super-strength drink ("strong cider" keeps its own words)
        (r"\b(?:the\s+)?strong\s+stuff\b", "super strength alcohol"),
        # "that huge baccy bust": a seizure (not "the lift is bust")
        (
            r"\b(?:drugs?|baccy|tobacco|cigarette|fag|booze|police|huge|big|massive)\s+busts?\b",
            "seizure seized find",
        ),
        (r"\b(?:go|goes|went|gone|going)\s+live\b", "launched launch started"),
        # "what was it timed to match?": what the launch was to coincide with
        (
            r"\btim(?:ed|ing)\s+(?:to\s+(?:match|fit|go\s+with|line\s+up\s+with)|around)\b|\btie[sd]?\s+in\s+with\b",
            "coincide",
        ),
        # "an extra charge on bars open after midnight": the late night levy licensed premises pay
        (
            r"\b(?:extra|additional|special|new)\s+(?:charges?|fees?|taxe?s?)\b(?=[^.?!]{0,60}\b(?:after|past|beyond)\s+"
            r"(?:midnight|12|closing))|\blate[- ]night\s+(?:charges?|fees?|taxe?s?)\b|"
            r"\b(?:charges?|fees?|taxe?s?)\s+(?:on|for)\s+late[- ](?:opening|night|hours?)\b",
            "late night levy",
        ),
        # "the trial boroughs", "it was trialled": a pilot (not a trial in court)
        (
            r"\btrial(?=\s+(?:boroughs?|areas?|sites?|schemes?|runs?|periods?|projects?|phases?|stages?)\b)|"
            r"\btrial(?:l?ed|l?ing)\b|\bon\s+(?:a\s+)?trial\s+basis\b",
            "pilot pilots test",
        ),
        (r"\blaughing gas\b|\bnos canisters?\b", "nitrous oxide"),
        (r"\b(?:locked|banged|sent) up\b", "prison custody"),
        (r"\bfork(?:s|ed|ing)? out\b|\bstump(?:s|ed|ing)? up\b|\bshell(?:s|ed|ing)? out\b", "funding spending"),
        # "professionals come to watch it" (not "Neighbourhood Watch")
        (r"\bwatch(?:es|ed|ing)?\s+(?:it|them|this|that|how|the (?:meeting|panel|board|session|work))\b", "observe"),
        (
            r"\btrack record\b|\bhow (?:well|successful) (?:has|have|is|are|was|were) (?:it|they)\b",
            "successful success outcomes results",
        ),
        (
            r"\b(?:keeps?|keeping|kept) an eye (?:out|on (?=each other|one another|(?:our|the|my) (?:street|road|"
            r"neighbours|neighbourhood|homes|houses|close)))\b|\blook(?:ing)? out for (?:each other|one another|"
            r"our neighbours|the street)\b|\bwatch (?:out for|over) (?:each other|one another)\b",
            "neighbourhood watch",
        ),
        # "Sutton keeps an eye on online chatter": what a plan monitors (not neighbours looking out for each other)
        (
            r"\b(?:keeps?|keeping|kept) (?:an eye|tabs) on\b(?!\s+(?:each other|one another|(?:our|the|my) "
            r"(?:street|road|neighbours|neighbourhood|homes|houses|close)))",
            "monitor monitoring",
        ),
        (
            r"\b(?:con|conned|conning|swindled|rip(?:ped)? off)\b|\bcon (?:man|men|artists?)\b|"
            r"\bcowboy (?:builders?|traders?)\b|\bdodgy (?:builders?|traders?|workm[ae]n|tradesm[ae]n)\b|"
            r"\bdoorstep(?:ping|pers?)?\b|\bcold[- ]?call(?:ers?|ing)?\b[^.?!]{0,30}\b(?:door|doorstep)\b|"
            r"\boffer(?:ing|ed|s)? to (?:fix|repair|mend|do up|tarmac|clean)\b|"
            r"\b(?:knock(?:ed|ing|s)?|turn(?:ed|s)? up|call(?:ed|ing)?) (?:at|on) "
            r"(?:the|my|his|her|their|our) (?:[\w'’]+ ){0,3}?(?:door|doorstep)\b|"
            r"\b(?:roof|driveway|gutters?|boiler|chimney)\s+(?:needed|needs|wanted|wants)\s+(?:fixing|repairs?|doing)\b|"
            r"\b(?:pretend(?:ed|ing|s)?|said|claimed|claiming|saying) (?:he|she|they) (?:was|were|is|are) from\b|"
            # "a man at the door pretending to be from the water board", "con-men knocking on pensioners' doors"
            r"\bpretend(?:ed|ing|s)? to be (?:from|a|an)\b|\bcon-m[ae]n\b|"
            r"\b(?:saying|said|claiming|claimed) (?:he|she|they) (?:needed|had|wanted|was there|were there) to "
            r"(?:check|read|look at|inspect|test)\b|"
            r"\b(?:fake|bogus|pretend)[- ](?:tradesm[ae]n|traders?|builders?|workm[ae]n|officials?|callers?)\b|"
            r"\bknock(?:ed|ing|s)? on [\w'’]+ doors\b|"
            r"\b(?:a|the|some) (?:man|woman|bloke|stranger|men|people) (?:at|on) (?:the|my|his|her|their|our) "
            r"(?:front )?door(?:step)?\b",
            "rogue traders doorstep crime distraction burglary",
        ),
        (
            r"\b(?:reported|complained|rung|rang|called|phoned)\b[^.?!]{0,40}\b(?:times|again and again|"
            r"over and over|loads|repeatedly)\b|\bnothing (?:ever )?(?:happens|happened|gets done|is being done|"
            r"has been done|was done|changes)\b|\b(?:force|demand|ask for|request|get) (?:a|an) (?:case )?review\b",
            "community trigger anti-social behaviour case review",
        ),
        (
            r"\b(?:security[- ])?(?:mark|marked|marking|etch|etched|etching|register|registered)\s+(?:my|your|our|"
            r"their|his|her)\s+(?:stuff|things|belongings|valuables|property|phones?|bikes?|laptops?|items|"
            r"possessions)\b|\bsecurity[- ]mark(?:ed|ing)?\b|\bmark(?:ed)? (?:so|for) (?:the )?police\b|"
            r"\b(?:stuff|things|belongings|valuables|property|phones?|bikes?|laptops?|items|possessions)\s+"
            r"(?:[\w']+\s+){0,3}?(?:marked|etched|registered)\b",
            "property marking",
        ),
        (
            r"\b(?:carry|carrying|carried|hold|holding|run|running|deliver|delivering|move|moving)\b[^.?!]{0,20}"
            r"\b(?:drugs|packages|parcels|things for them|stuff for them)\b|\bgroom(?:ed|ing)\b",
            "county lines criminal exploitation",
        ),
        (
            r"\b(?:took|taken|taking|take) over (?:his|her|their|my|a|the) (?:flat|home|house)s?\b",
            "cuckooing exploitation",
        ),
        (r"\bstopped and searched\b|\bsearched by (?:the )?police\b", "stop and search"),
        (
            r"\bstreet drink(?:ers?|ing)\b|\bstrong (?:cans|cider|lager|beer)\b|\bsuper[- ]strong\b|"
            r"\bdrinking (?:in|on) the streets?\b",
            "street drinking super strength alcohol",
        ),
        (r"\bhang(?:ing|s)? (?:a)?round\b|\bcongregat(?:e|es|ing)\b", "anti-social behaviour young people"),
        (
            r"\b(?:anywhere|somewhere|a place|places|shops?)\s+(?:safe\s+)?(?:i|you|we|she|they)\s+(?:can|could)\s+"
            r"(?:go|duck|get help|run)\b|\b(?:duck|nip|pop|run) (?:into|in to)\b",
            "safe haven safe spaces",
        ),
        (
            r"\bwalk(?:ing|s)? (?:home|back)\b[^.?!]{0,30}\b(?:late|at night|after dark|alone)\b|"
            r"\b(?:late at night|after dark) (?:on my own|alone)\b",
            "feel safe after dark night",
        ),
        (
            r"\b(?:revv(?:ing)?|boy racers|joyriding|tear(?:ing|s)? (?:round|around|up and down)|"
            r"racing (?:round|around|up and down))\b",
            "vehicle nuisance dangerous driving",
        ),
        (
            r"\b(?:hitting|hits|hit|beats|beating|hurting|hurts|controlling|screaming at|threatening)\s+"
            r"(?:her|him|me|my (?:mum|mother|sister|daughter|son|dad|father|brother|friend))\b",
            "domestic abuse violence",
        ),
        (
            r"\bonline (?:abuse|bullying|harassment|trolling|threats)\b|\bcyber ?bullying\b|\btrolled\b",
            "online harassment cyber",
        ),
        (
            r"\b(?:violence|abuse|assaults?|attacks?)\s+(?:in|at|behind closed doors in)\s+"
            r"(?:the|their|our|your)?\s*homes?\b",
            "domestic violence abuse",
        ),
        (r"\bdump(?:ed|ing|s)? (?:rubbish|waste|mattress(?:es)?|furniture|bags)\b", "fly-tipping"),
        (r"\bloud music\b|\bnoisy neighbours?\b|\bparties\b", "noise nuisance"),
        (
            r"\b(?:has|have|did|does|do|is|are)\s+(?:it|this|that|they|these|those|the \w+)\s+"
            r"(?:actually\s+|really\s+)?"
            r"(?:work(?:ed|ing|s)?(?!\s+(?:with|on|for|alongside|together|to|in|at|as|across|through)\b)|succeed(?:ed)?|"
            r"made (?:a|any) difference|had (?:an|any) (?:impact|effect))\b",
            "successful success effective impact",
        ),
        (r"\bkerb crawl(?:ing|ers?)\b|\bsex workers?\b", "prostitution"),
        (
            r"\b(?:came|come|comes|coming) up with\b|\b(?:thought|dreamt|dreamed) up\b",
            "developed devised designed drawn up created",
        ),
        (
            r"\b(?:drink|drinking|booze)\s+(?:problems?|issues?|habit)\b|\bdrinks?\s+too\s+much\b",
            "alcohol problems misuse",
        ),
        (r"\bdrugs? (?:and|or|&) (?:alcohol|drink)\b|\b(?:alcohol|drink) (?:and|or|&) drugs?\b", "substance misuse"),
        (
            r"\bkeep(?:s|ing)? (?:\w+ ){0,4}?(?:engaged|in treatment|on board|coming)\b|"
            r"\bstay(?:s|ing)? in treatment\b",
            "retention",
        ),
        (
            r"\bhow many (?:people|residents|folk|of us) (?:live|lives|living|are living)\b|\bhow big is the borough\b|"
            # "the resident headcount", "headcount growth for Harbury" (not a headcount of champions)
            r"\b(?:residents?|people|borough(?:'s|’s)?)\s+head\s*-?\s*counts?\b|"
            r"\bhead\s*-?\s*counts?(?=\s+(?:growth\s+)?(?:for|of|in)\s+(?:the\s+borough\b|(?-i:[A-Z])))",
            "population",
        ),
        (  # youth workers who go to where young people are, rather than wait for them to come in
            r"\b(?:go|goes|going|get|gets) out (?:and|to) (?:\w+ ){0,2}?(?:work|talk|speak|engage)(?:s|ing)? with\b|"
            r"\b(?:on|out on|walk(?:ing|s)?) the streets? (?:with|to talk to)\b|\bdetached youth work",
            "outreach engagement diversion",
        ),
    )
)
# Conversational filler that says nothing about what is asked.
FILLER = frozenset(
    [
        "u",
        "ur",
        "ya",
        "like",
        "even",
        "thing",
        "things",
        "stuff",
        "anything",
        "every",
        "anywhere",
        "anyone",
        "someone",
        "somebody",
        "somewhere",
        "somehow",
        "anyhow",
        "else",  # "or by someone else?": who else, not what about
        "another",
        "side",  # "on the Covid side": what of it, not a subject
        "named",  # "any teams named for ...?": how the question asks, not what about
        "whether",
        "roughly",  # "roughly how many?": how exact the answer may be, not what it is about
        "approximately",
        "approx",
        "around",  # "hotspots around the station": where, said by the place
        "anyway",
        "guy",
        "guys",
        "bloke",
        "keep",
        "keeps",
        "kept",
        "get",
        "gets",
        "getting",
        "got",
        "really",
        "actually",
        "just",
        "also",
        "plus",  # "plus when is it dated?": and
        "way",  # "is there a way to get it done at home?": whether, not what about
        "never",  # "I can never get to them": the asker's lot, not a subject
        "still",
        "ever",
        "think",
        "reckon",
        "ok",
        "okay",
        "please",
        "thanks",
        "thank",
        "hi",
        "hello",
        "care",
        "bother",
        "bothered",
        "lot",
        "lots",
        "bit",
        "kind",
        "sort",
        # words that press a question, not its subject ("what specific targets ...")
        "specific",
        "specifically",
        "particular",
        "exactly",
        "precisely",
        "numerical",
        "might",
        "numeric",
    ]
)
_WORD = re.compile(r"[a-z][a-z-]*")


def plain_phrases(question: str) -> list[tuple[str, str]]:
    """The everyday phrases a question uses, each as said and with the plan vocabulary for it."""
    return [(found.group(0), plan) for pattern, plan in PLAIN_PHRASES for found in pattern.finditer(question)]


def plan_words(question: str) -> str:
    """Plan vocabulary for the plain words and phrases in a question ("" when there are none)."""
    found = [PLAIN_TO_PLAN[word] for word in _WORD.findall(question.lower()) if word in PLAIN_TO_PLAN]
    found += [plan for _, plan in plain_phrases(question)]
    return " ".join(dict.fromkeys(found))

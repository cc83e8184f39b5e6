"""What harm a message names: the concerns, and the words and phrases for each.

Four kinds, read differently by `signals`: harm *verbs* done to someone ("follows me"); *statements*
of suicide, self-harm or overdose ("want to die"); *situations* that are harm by themselves ("won't
let me leave"); and *topics*, the subjects of plans ("knife crime"). `SITUATION_WORDS` is the wide
net: in a message about the writer's own life that asks nothing about plans, any of them is enough."""

from __future__ import annotations

from assistant.safety.text import phrases, word_set

CONCERNS = (
    "overdose",
    "suicide",
    "self-harm",
    "child-at-risk",
    "domestic-abuse",
    "sexual-violence",
    "following",
    "threats",
    "exploitation",
    "violence-now",
    "other",
    "hate-crime",
    "drugs",
    "crime",
    "terrorism",
)
"""Every concern the detector can name, most urgent first (the order guidance names them and offers their
helplines in); a signposting file must say what to offer for each."""

DANGER_CONCERNS = frozenset(CONCERNS) - {"hate-crime", "drugs", "crime", "terrorism"}
"""Concerns that, happening to the writer or someone close, put a life or body at risk."""


def _forms(concern: str, *stems: str) -> dict[str, str]:
    """Every regular inflection of each stem (follow: follows, followed, following), to the concern."""
    forms: dict[str, str] = {}
    for stem in stems:
        base = stem[:-1] if stem.endswith("e") else stem
        for form in (stem, stem + "s", stem + "es", base + "ed", base + "ing"):
            forms[form] = concern
    return forms


HARM_VERBS: dict[str, str] = {
    **_forms("following", "follow", "stalk", "chase", "harass", "track", "watch", "hunt", "spy"),
    **_forms("threats", "threaten", "intimidate", "blackmail"),
    **_forms("violence-now", "attack", "assault", "punch", "kick", "slap", "smack", "strangle", "choke", "batter"),
    **_forms("violence-now", "push", "shove", "throttle", "kidnap", "abduct", "kill", "murder", "burn", "jump"),
    **_forms("violence-now", "smash", "wreck", "trash", "hit", "beat", "stab", "shoot", "hurt", "throw"),
    **_forms("violence-now", "grab", "surround", "corner", "pin", "spit", "headbutt", "stamp", "lock", "cut", "tie"),
    **_forms("domestic-abuse", "abuse", "control"),
    **_forms("sexual-violence", "rape", "molest", "grope", "touch"),
    **_forms("child-at-risk", "groom", "neglect"),
    **_forms("exploitation", "exploit", "traffic"),
    **_forms("crime", "burgle"),
    **_forms("overdose", "spike"),
}
HARM_VERBS |= dict.fromkeys(
    word_set(
        """hitting beaten beating stabbed stabbing shot shooting bitten threw thrown mugged robbed kidnapped dragged
        burnt grabbed cornered pinned spat glassed locked cutting tied"""
    ),
    "violence-now",
)
HARM_VERBS |= {"trafficked": "exploitation", "drugged": "overdose", "poisoned": "overdose"}
"""Verbs of harm done to someone, every inflection, to the concern they signal."""

PARTICIPLES = frozenset(form for form in HARM_VERBS if form.endswith(("ed", "en", "wn")))
PARTICIPLES |= {"hit", "hurt", "shot", "beat", "burnt"}
"""Forms that read as passive after "am/is/was/got ..." ("I was followed", "she got hit")."""

WEAPONS = word_set(
    """knife knives blade blades machete machetes gun guns firearm firearms pistol shotgun axe axes hammer hammers
    bat bats crowbar acid weapon weapons screwdriver"""
)
WEAPON_TOPIC_AFTER = word_set(
    "crime crimes arch arches amnesty bin bins surrender offences offence incidents related enabled possession"
)
"""A weapon word followed by one of these is a subject of policy ("knife crime"), not a weapon in a hand."""
HOLDING = word_set("with has had got holding carrying carries carry pulled pulling waving brandishing pointing")
HATE_QUALIFIERS = word_set("racially racist verbally homophobic homophobically transphobic online")

STATEMENTS = {
    "suicide": phrases(
        r"(?:kill|killing|kil|hang|hanging|end|ending|take|taking) (?:myself|my self|my life|my own life)",
        r"(?:take|taking|end|ending) (?:her|his|their) (?:own )?life",
        r"(?:easiest|quickest|best|painless|least painful|fastest|surest) (?:way|ways|method) to (?:die|kill myself"
        r"|end (?:it|my life)|commit suicide)",
        r"how (?:to|do i|can i|could i) (?:die|kill myself|end my life|commit suicide)",
        r"how many (?:pills|tablets|paracetamol)(?: \w+){0,3} (?:kill|to die|would it take|does it take)",
        r"(?:can not|do not|can t) see (?:the|any) point|no way out|(?:can not|do not) see a way out",
        r"end(?:ing)? it all|(?:i am|am|i) done with (?:everything|it all|life|living|this life)",
        r"(?:want|wants|wanted|wish|wishes|going|ready|about|trying|tried|plan|planning|decided|thinking|think)"
        r"(?: \w+)? (?:to )?(?:die|be dead|not be here|not be alive|not exist|not wake up|disappear|end it|end things"
        r"|end everything|end (?:my|her|his|their) life|jump off|jump in front|top myself|give up on (?:life"
        r"|everything))",
        r"(?:want|wants|going|about|ready|planning) to jump(?! (?:me|him|her|them|us|on|at|through|the queue)\b)",
        r"(?:thinking|thought|thoughts|considering|planning|attempted|attempting|tried|commit|committing) (?:about "
        r"|of )?"
        r"(?:suicide|killing (?:myself|herself|himself|themselves)|ending (?:it|my life|her life|his life))",
        r"suicidal|(?:never|not) wake up|sleep forever|tonight is the night|have a plan to",
        r"(?:can not|could not|not think i can|not know if i can|not sure i can) (?:go on|cope|take (?:it|this|any"
        r" more|anymore)|do this any ?more|carry on|keep going|live like this)",
        r"(?:if|whether) i (?:want|can) (?:to )?(?:live|go on|carry on|keep going)",
        r"(?:no|not any|what is the) (?:reason|point) (?:to live|in living|of living|living|to go on|in going on"
        r"|to carry on|in life|of life|of being alive|in being alive|of anything|in anything)",
        r"(?:had|have had) enough of (?:life|living|everything|it all|being alive)",
        r"nothing to live for|better off (?:dead|without me)|rather be dead|tired of (?:living|life|being alive)",
        r"(?:life|living) (?:is not|is no longer|not) worth (?:living|it)|hate my life|give up on (?:life|everything)",
        r"(?:do not|does not|not) want to (?:live|be alive|be here|exist|wake up|be around) ?(?:any ?more)?",
        r"wish(?:es|ed)? (?:i|she|he|they) (?:was|were|had) (?:dead|not here|never been born|never born)",
        r"want (?:it|it all|everything|all of this|this|the pain|the thoughts) to (?:stop|end|be over)",
        r"(?:no one|nobody|no body) would (?:even )?(?:miss|care|notice)|if i (?:was|were|am) (?:gone|not around"
        r"|not here)",
        r"(?:everyone|they|people|family|world) (?:would|will) be (?:better|happier|fine)(?: off)? (?:if i|without me)",
        r"(?:saying|said|says|sent|texted) (?:sorry and )?goodbye|goodbye (?:forever|everyone|cruel world)",
        r"(?:suicide|goodbye) (?:note|letter)|(?:written|writing|wrote|left) (?:a )?(?:letters?|notes?) (?:to"
        r"|for) (?:my|everyone)",
        r"(?:pills|tablets|rope)(?: \w+){0,2} (?:saved|ready|stockpiled|hidden)|(?:have|got) (?:the|a) rope",
        r"(?:i am|i feel like|feel like) (?:a|such a) burden|burden (?:to|on) (?:everyone|my|them)|want out\b",
        r"kill yourself|(?:kill|killing|hang|hanging) (?:herself|himself|themselves|themself)",
    ),
    "self-harm": phrases(
        r"(?:cut|cutting|cuts|burn|burns|burning|burnt|burned|hurt|hurts|hurting|harm|harms|harming|harmed|scratch"
        r"|scratches|scratching|punish|punishes|punishing|starve|starves|starving|hit|hits|hitting|bite|bites|biting)"
        r" (?:myself|herself|himself|themselves|themself"
        r"|(?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin|body))",
        r"(?:i|she|he|they|we)(?: (?:am|is|are|was|were|have|has|had|been|keep|keeps|kept|still|started|start|do|does"
        r"|did|sometimes|often|always|want to))* self ?harm(?:s|ed|ing)?",
        r"(?:has|have|had) been self ?harming|(?:is|am|are|was|were|started|keeps?|still|stop|stopped) self ?harming"
        r"|^self ?harm(?:ing|ed)? again",
        r"(?:been|started|start|keep|keeps|still|was|is|am|and) cutting(?! (?:down|back|the|costs|crime|budgets"
        r"|funding))",
        r"relapsed|(?:cut|cutting) again",
    ),
    "overdose": phrases(
        r"(?:taken|took|take|taking|swallowed|swallow|had|necked|downed|ate|drank|drunk|done)(?: \w+){0,3}? "
        r"(?:pills|tablets|paracetamol|painkillers|pain killers|meds|medication|medicine|antidepressants|ibuprofen"
        r"|aspirin|codeine|codamol|tramadol|insulin|bleach|poison|an overdose|too much|too many|prescription)",
        r"(?:taken|took|swallowed) (?:\d+|twenty|thirty|forty|fifty|a hundred|a bunch of|a handful of) \w+",
        r"(?:injected|snorted|smoked|swallowed|taken|took) something|gone (?:grey|blue|pale|cold|floppy)",
        r"overdosed|overdosing|(?:taken|took|had|having|done) an overdose",
        r"(?:not|stopped|struggling to|can not|is not) breathing|(?:can not|could not) breathe",
        r"(?:will not|can not|could not|does not) wake (?:up|him|her|them)|unconscious|unresponsive|passed out",
        r"collapsed|turning blue|lips (?:are|have gone|went|look|are going) blue|foaming at the mouth",
        r"having a (?:fit|seizure)|fitting|not responding",
    ),
}
"""Statements of suicide, self-harm or overdose: danger whenever they are about the writer or someone known."""

SITUATIONS = {
    "following": phrases(
        r"(?:put|found|hidden|placed) (?:a |an )?(?:tracker|airtag|tracking device|camera|spyware) (?:on|in) (?:my"
        r"|our)",
        r"(?:driven|drove|driving|drives|walked|walking|walks) (?:past|by|round|around) (?:my|our) (?:house|flat"
        r"|home|work)",
        r"(?:will not|does not|do not|not) leave (?:me|us|her|him|them) alone|(?:have|got|has|had) a stalker"
        r"|my stalker",
        r"turn(?:s|ed|ing)? up (?:at|outside) (?:my|our|her|his)|(?:waiting|sitting|parked|hanging around|standing|"
        r"lurking) (?:for me|(?:outside|near|by|opposite|across from) (?:my|our))"
        r"|knows (?:my|where i) (?:new )?(?:address|live)",
        r"(?:walking|standing|running|driving|right) behind me|staring at me",
        r"keeps? (?:calling|texting|messaging|ringing|phoning|contacting|emailing|turning up|showing up|coming round"
        r"|staring)|(?:will not|does not|did not) stop (?:calling|texting|messaging|contacting|following|ringing)",
        r"leaving (?:notes|things|gifts|flowers|messages) (?:on|at|through|outside) (?:my|our)|got off at my stop",
    ),
    "threats": phrases(
        r"(?:getting|get|got|receiving|received|had|having|sent me|sending me|sends me)(?: \w+)? threats",
        r"(?:getting|get|got|receiving|received|sent me|sending me|sends me) (?:\w+ )?(?:threatening|abusive|nasty)"
        r" (?:messages|texts|calls|letters|emails)|(?:coming|come) (?:for|after) (?:me|us)",
        r"(?:i am|you are|we are) dead if|know where (?:i|you|we|my \w+|our \w+) (?:live|lives|work)",
        r"(?:saying|said|says|told me|telling me|messages|texts)(?: \w+){0,3} (?:going to|will|coming to) (?:get|find"
        r"|sort out|do in) (?:me|us|you)",
        r"(?:burn|burning) (?:us|me|them) out|shots? fired|gun ?shots|heard (?:shots|gunfire|a gun)",
    ),
    "domestic-abuse": phrases(
        r"(?:will not|does not|do not|not|never) let (?:me|us|her|him|them)(?: \w+)? (?:leave|go|out|see|have|talk"
        r"|speak|eat|sleep|call|contact|work)",
        r"(?:control|controls|controlling|check|checks|checking|monitor|monitors|monitoring|read|reads|reading"
        r"|go through|goes through|going through) (?:all )?(?:my|her|his) (?:money|phone|messages|texts|bank|account"
        r"|emails|everything|life|movements)",
        r"(?:scared|afraid|frightened|terrified) to (?:go|be) (?:back )?(?:home|at home)|(?:need|have) to get away"
        r"|need (?:somewhere|a place|a refuge|refuge|a safe place)",
        r"(?:will not|does not|never) (?:give|let) me (?:any |have )?(?:money|food|my phone|my own money)",
        r"abusive|violent (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mother|stepdad)",
        r"(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mother|stepdad|son|brother)(?: \w+){0,2}"
        r" (?:is|gets|can be|has been|was|becomes) (?:\w+ )?(?:violent|aggressive|controlling)",
    ),
    "exploitation": phrases(
        r"(?:taken|took|kept|keeps|has|have) (?:my|our|her|his) (?:passport|documents|papers|id|wages)",
        r"forced (?:me|us|her|him|them) to|forced to (?:work|sell|steal|carry|have sex)|made to work",
        r"\bowe (?:them|him|her|some people|people|a dealer)(?: money)?",
        r"(?:running|selling|dealing|carrying|holding|moving) drugs for",
    ),
    "child-at-risk": phrases(
        r"(?:is|are|has gone|have gone|gone|went|has been|been) missing|ran away|run away",
        r"(?:has not|have not|did not|never) (?:come|came|returned|been) (?:home|back)",
        r"county lines|(?:left|leaves|leave|being left) (?:alone|on (?:their|her|his) own)|bruises|screaming for help",
        r"(?:baby|babies|child|children|kid|kids|toddler|girl|boy)(?: \w+){0,3} (?:crying|screaming)(?: \w+){0,2}"
        r" (?:for hours|all night|all day|every night|for days)",
        r"(?:girl|boy|child|kid|baby|toddler)(?: \w+){0,3} (?:alone|on (?:her|his|their) own)",
        r"(?:sending|sent|messaging|messages|texting|contacting|talking to) (?:my|our) (?:\d+ (?:year|yr)s? old|son"
        r"|daughter|child|kid|girl|boy)|wants? to meet (?:her|him|my|them)",
        r"(?:comes|come|came|coming|gets|got) into (?:my|her|his|their) (?:room|bed|bedroom)",
        r"(?:have not|has not|had not|not|never) (?:been )?(?:fed|eaten|washed)|no food in the house",
        r"(?:mum|dad|mother|father|parents?|carer)(?: \w+){0,2} (?:always )?(?:drunk|high|out of it|passed out)",
        r"(?:going out with|dating|seeing|sleeping with|having sex with|meeting up with) (?:a |an )?(?:\d\d (?:year"
        r"|yr)s?"
        r" old|older|grown|adult)",
    ),
    "violence-now": phrases(
        r"(?:trying|tried|try|attempting) to (?:break|get|force|kick|smash|climb) (?:in|into|through|open)",
        r"(?:is|are) (?:breaking|getting) in(?:to)?|intruder|(?:throwing|threw|thrown)(?: \w+){0,2} at (?:me|us|her"
        r"|him)",
        r"(?:someone|somebody|a man|a woman|a stranger|strangers|men|people|a \w+ (?:man|woman|person))(?: \w+){0,2} "
        r"(?:in|inside) (?:my|our) (?:house|flat|home|room|bedroom|garden|building)",
        r"(?:stabbing|fight|shooting|attack|robbery|mugging|fighting) (?:is )?(?:happening|going on|taking place)",
        r"(?:still|are|is) (?:in|inside) (?:the|my|our) (?:house|flat|home|building)",
        r"(?:banging|hammering|pounding|kicking|smashing|bashing)(?: on| at| in| down)? (?:my|our|the) "
        r"(?:door|doors|window|windows)|smashing up|(?:fight|fighting|brawl)(?: \w+){0,2} (?:outside|next door)",
    ),
    "sexual-violence": phrases(
        r"sexually (?:assaulted|abused|touched|attacked)|(?:made|forced|makes|forces) me (?:have sex|touch|do|to)",
        r"sex with (?:me|her|him|us)(?: \w+){0,6} (?:asleep|drunk|unconscious|passed out|said no|did not want|without)",
        r"without my consent|did not consent|exposed (?:himself|herself)|hands? (?:up|down|inside|in|on) (?:my|her)"
        r" (?:skirt|dress|top|shirt|trousers|pants|knickers|underwear|bra|chest|bum|breasts?)",
        r"(?:asking|asked|asks|wants|making|made|pressuring|pressured|forcing) (?:me|her|him|my \w+) to send"
        r"|send (?:him|her|them) (?:pictures|photos|pics|nudes|images)|sent me (?:nudes|naked|pictures of)",
    ),
    "other": phrases(
        r"hiding (?:in|from|under|inside|behind)|(?:held|kept|locked) (?:against|hostage|prisoner|in|me)|trapped",
        r"smell (?:gas|smoke|burning)|(?:house|flat|building|kitchen) (?:is )?on fire|i am lost",
        r"woke up (?:in|at|with) (?:a |an )?(?:strangers?|someone|unknown|a man|naked)|(?:gone|went) off with",
        r"(?:can not|could not|do not) remember (?:what happened|anything|how i got)",
    ),
}
"""Situations that are harm by themselves; whose they are is read from the words around them."""

SITUATION_WORDS = {
    "following": phrases(
        r"stalkers?|staring|behind me|watching me|lurking|strange (?:man|men|car|person|woman)|tracker|spyware|airtag"
    ),
    "threats": phrases(r"threats|threatening|threatened|warned me|blackmail\w*|my dealer"),
    "violence-now": phrases(
        r"fighting|blood|bleeding|injured|wounded|dragged|dragging|throwing|gone mad|screaming|danger|emergency"
        r"|ambulance|knife|knives|gun|weapon|machete|hurt|attacked|punched|kicked|jumped|mugged|by the (?:throat|neck"
        r"|hair)|black eye|broke my|broken (?:nose|arm|ribs?)"
    ),
    "suicide": phrases(r"goodbye|give up|giving up|pointless|hopeless|worthless|without me|end it|better off"),
    "self-harm": phrases(r"cut myself|cutting|harming myself"),
    "overdose": phrases(
        r"pills|tablets|paracetamol|codamol|heroin|ketamine|ket|cocaine|spice|bleach|poison|breathing|injected|drugged"
    ),
    "sexual-violence": phrases(r"raped|groped|touched|touching|skirt|exposed|flashed|naked|nudes|spiked"),
    "child-at-risk": phrases(r"bruised|wandering|meet (?:her|him)"),
    "other": phrases(
        r"missing|trapped|locked in|hiding|not (?:answering|picking up|replying|responding)|unsafe|not safe|panic"
        r"|can not get out|stuck"
    ),
}
"""The wide net: in a message about the writer's own life that asks nothing about plans, any of these is danger."""

TOPICS = {
    "following": phrases(r"stalking|stalkers?|stalked|harassment|harassed|being followed"),
    "domestic-abuse": phrases(
        r"domestic (?:abuse|violence)|coercive control|vawg|violence against women(?: and girls)?|abusive"
        r" relationships?|honour based|forced marriage|marac|refuges?|women s aid"
    ),
    "child-at-risk": phrases(
        r"child (?:abuse|protection|neglect)|safeguarding|child sexual exploitation|groom(?:ing|ed)|children at risk"
        r"|fgm"
    ),
    "sexual-violence": phrases(
        r"rapes?|raped|sexual (?:violence|assaults?|offences|harassment|abuse)|sexually \w+|spiking"
    ),
    "suicide": phrases(r"suicides?|suicide prevention|mental health crisis"),
    "self-harm": phrases(r"self ?harm(?:ing)?"),
    "overdose": phrases(r"overdoses?|drug (?:related )?deaths|naloxone"),
    "drugs": phrases(r"drugs?|drug dealing|dealers?|cannabis|weed|substance misuse|county lines|cuckooing"),
    "exploitation": phrases(r"modern slavery|trafficking|exploitation|forced labour|county lines|cuckooing"),
    "crime": phrases(
        r"knife crime|knives|weapons?|gangs?|serious violence|youth violence|stabbings?|shootings?|gun crime"
        r"|robber(?:y|ies)|muggings?|violent crime|homicides?|murders?|burglar(?:y|ies)|victims? of crime|stabbed"
    ),
    "hate-crime": phrases(r"hate crimes?|hate incidents?|racis[mt]|racially|homophobi[ca]|transphobi[ca]"),
    "terrorism": phrases(r"terroris[mt]|extremis[mt]|radicali[sz]ation|prevent (?:duty|programme|strategy)"),
    "threats": phrases(r"threats|intimidation"),
}
"""Subjects of plans and questions: named, they earn a line of signposting beside the plan answer."""

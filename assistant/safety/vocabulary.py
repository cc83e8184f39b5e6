"""The words for who a harm happens to, when, and what a message asks: one small named vocabulary per
dimension (what the harm is lives in `harms.py`). Words are in their plain spelling (see `text.py`);
phrases are regular expressions over a clause joined by single spaces."""

from __future__ import annotations

from assistant.safety.text import phrases, word_set

# Who
WRITER = word_set("i me my mine myself we us our ours ourselves")
PRONOUNS = word_set("he she him her they them his their hers theirs")
PARTNERS = word_set("husband wife partner boyfriend girlfriend ex fiance fiancee spouse")
PARENTS = word_set(
    "mum mother mom mam mummy mommy dad father daddy stepdad stepfather stepmum stepmother parent parents carer"
)
CHILDREN = word_set(
    """son sons daughter daughters child children kid kids baby babies toddler boy boys girl girls teen teenager
    teenagers stepson stepdaughter grandson granddaughter nephew niece youngest eldest"""
)
FAMILY = PARENTS | word_set(
    """brother sister sibling cousin uncle aunt auntie nan nana gran granny grandma grandad grandpa grandmother
    grandfather family"""
)
OTHERS_CLOSE = word_set(
    """friend friends mate mates neighbour neighbours flatmate housemate roommate colleague coworker classmate
    pupil student client patient"""
)
RELATIONS = PARTNERS | FAMILY | CHILDREN | OTHERS_CLOSE
"""Someone close to the writer when it follows "my/our" ("my neighbour's kids", "my 12 year old")."""

REFLEXIVES = word_set("myself ourselves herself himself themselves themself yourself")
STRANGERS = word_set("someone somebody man woman guy bloke lady stranger strangers men person gang group lads youths")
PUBLIC = word_set(
    """people women men girls boys children kids young youngsters teenagers residents victims survivors those
    families pupils students everyone anyone adults individuals others you public citizens community"""
)
"""Groups spoken of in general: what happens to them is a topic, not an event."""

POSSESSIONS = word_set(
    """house home flat car phone location door drink drinks window windows garden room family pets dog cat life face
    head nose eye eyes teeth neck throat arm arms leg legs hand hands body hair"""
)
"""Things of the writer's, and parts of the body, whose harm is harm to the writer ("smash my face in")."""
AREA_PLACES = word_set(
    """area areas street streets road roads estate estates neighbourhood borough town city community ward park
    parks school schools high local centre"""
)
DETERMINERS = word_set("a an the this that these those some my our your his her their one two three")
NOUN_MODIFIERS = word_set(
    "little big best older younger old young elderly teenage year years yr yrs yo month months next upstairs downstairs"
)

OBJECT_FILLERS = word_set(
    """to up down around round about home all the way everywhere again constantly still always every day night
    on at and over really badly so hard too out off from work school back for weeks months days keep keeps kept
    trying try tried going want wants says said will would"""
)
"""Words between a harm verb and its victim that do not end the search ("follows me all the way home")."""

SUBJECT_SKIP = word_set(
    """am is are was were be been being get gets got getting has have had having will would can could might may
    must should shall do does did not never just now still always really already keep keeps kept going to want
    wants wanted trying tried try about planning plan plans thinking think thinks says said saying told feel
    feels feeling felt so very also again constantly repeatedly currently actually literally seriously probably
    definitely recently apparently honestly like of ready decided tempted who that talking talked talks threaten
    threatens threatened threatening sexually
    physically emotionally mentally financially verbally regularly badly being"""
)
"""Words between a victim and the harm that do not end the search back ("my son is being groomed")."""

# Where and when
NEAR_WRITER = phrases(
    r"(?:outside|at|in|on|by|through|near|round|around|behind|under|into|to|of) (?:my|our) (?:front |back )?"
    r"(?:door|house|home|flat|window|windows|garden|room|bedroom|car|doorstep|building|gate|drive|bathroom|street"
    r"|road)",
    r"downstairs|upstairs|next door|in the (?:house|flat)|at the (?:door|window)|outside the (?:door|house|flat)",
    r"outside (?:now|right now|with|again)|outside$",
)
"""At the writer's home or door: a harm there is the writer's, whoever it is done to."""
NOW = phrases(r"now|right now|at the moment|currently|as we speak|as i (?:type|write)|just now")
ONGOING = phrases(
    r"tonight|today|this (?:morning|afternoon|evening)|just|still|again|there is|there are|keeps|keep|every (?:day"
    r"|night)",
    r"will not stop|does not stop|(?:has|have) been|for (?:days|weeks|months)|all the time|constantly|(?:is|are) being",
    r"(?:is|are) (?:happening|going on)",
)
"""Recent, or still going on."""
DISTANT_PAST = phrases(
    r"last (?:year|week|weekend)|(?:years?|months?|weeks?) ago|the other (?:day|week)|a few (?:days|weeks) ago"
    r"|when (?:i|she|he) was (?:young|little|a child|a kid|younger|at school|\d+)",
    r"as a (?:child|kid|teenager)|in (?:19|20)\d\d|used to|back in|in the past|survivor|historic(?:al)?",
    r"a long time ago|last month",
)
"""Told of as over: inside a question about plans, harm told like this earns signposting, not an alarm."""
HYPOTHETICAL = phrases(
    r"^(?:if|what if|suppose|supposing|in case|imagine|say)",
    r"what (?:should|do|can|would) (?:someone|people|you|a person) do",
    r"if (?:i|someone|somebody|a|my|you|they|he|she|your|anyone|people)",
    r"when (?:someone|somebody|a child|a person|people|children|a resident|residents)",
    r"(?:of|about|from|against|risk of) (?:being|getting)",
)

# What the message asks
PLEA = phrases(
    r"help me|help us|please help|help please|someone help|sos|send help|save me|need help",
    r"what (?:do|should|can|shall) (?:i|we) do|i do not know what to do|call (?:the )?police",
)
FEAR_WORDS = word_set("scared frightened terrified petrified panicking shaking afraid")
WORRY = phrases(r"worried|worry|worries|concerned|anxious")
"""Worry about a subject ("worried about knife crime") is a question, not fear for one's safety."""
ASKS_ABOUT_PLANS = phrases(
    r"councils?|councillors?|borough|partnership|csp|plans?|strateg(?:y|ies)|polic(?:y|ies)|priorit(?:y|ies)",
    r"targets?|figures?|statistics|stats|data|number of|how many|how much|rates?|percentage|proportion",
    r"trends?|recorded|funding|budget|commission(?:ed)?|services?|schemes?|programmes?|initiatives?",
    r"campaigns?|projects?|scrutiny|report|assessment|indicators?|mopac|prevention|awareness|training",
    r"what support|support (?:is|are) (?:there|available)|is there any (?:help|support|service)|early help",
    r"what is being done|is (?:anything|anyone) being done|what (?:is|are) (?:the|they|anyone|anybody) doing",
    r"what (?:does|do|did|will|would) (?:the )?\w+(?: \w+)? do (?:when|about|for|to|if|with)",
    r"how (?:does|do|will|would) (?:the )?\w+(?: \w+)? (?:deal|respond|handle|help|support|work|tackle|protect)",
    r"doing about|does the|tell me about|(?:19|20)\d\d|objectives?|going (?:up|down)|getting (?:worse|better)",
    r"where (?:can|do|could|should) (?:i|we|people|someone) (?:go|report|get)|is there anywhere",
    r"residents|in (?:my|the|our) area|mention|according to|compared?|statutory|duty|is it safe|safe (?:borough|area)",
    r"themes?|headings?|chapters?|sections?|glossary|foreword|appendix|annex",
)
"""A question about plans, services, figures or an area: ordinary, even in the words of harm, unless the
harm is personal."""

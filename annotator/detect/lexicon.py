"""Word lists of the detector: speech verbs, titles and roles, pronouns, outlets and channels.

Kept apart from the rules so they can be extended without touching the logic. Every list is
general English news vocabulary; none is drawn from one evaluation corpus.
"""

from __future__ import annotations

import re
from typing import Final

_SHORT_CLOSED_RE: Final = re.compile(r"[^aeiou]*[aeiou][bdgmnprt]")
"""A verb of one syllable closed by one consonant after one vowel (``beg``, ``slam``, ``dub``)."""


def _forms(lemma: str) -> list[str]:
    """Regular inflections of a verb: say -> says, sayed (filtered by irregulars), saying;
    a final consonant doubled after one short vowel (beg -> begged), ``-ee`` kept (agreeing)."""
    if lemma.endswith("ee"):
        return [lemma, lemma + "s", lemma + "d", lemma + "ing"]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if _SHORT_CLOSED_RE.fullmatch(lemma):
        double = lemma + lemma[-1]
        return [lemma, lemma + "s", double + "ed", double + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if re.search(r"(?:ss|sh|ch|x|z)$", lemma):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if _SHORT_CLOSED_SYLLABLE_RE.fullmatch(lemma):
        # ``slam`` -> ``slammed``: one syllable closed by one consonant after one vowel doubles
        # it. Longer stems double only when stressed last (``admit``, not ``visit``): listed.
        doubled = lemma + lemma[-1]
        return [lemma, lemma + "s", doubled + "ed", doubled + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


_SHORT_CLOSED_SYLLABLE_RE: Final = re.compile(r"(?:qu|[^aeiou])+[aeiou][b-df-hj-np-tvz]")
"""A verb of one syllable ending in one consonant after one vowel (``slam``, ``quip``, ``beg``);
``w``, ``x`` and ``y`` never double (``vow``, ``mix``, ``obey``)."""


_IRREGULAR: Final = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "aver": ["aver", "avers", "averred", "averring"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "think": ["think", "thinks", "thought", "thinking"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "tweet": ["tweet", "tweets", "tweeted", "tweeting"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "plan": ["plan", "plans", "planned", "planning"],
    "predict": ["predict", "predicts", "predicted", "predicting"],
    "forecast": ["forecast", "forecasts", "forecasted", "forecasting"],
    "hint": ["hint", "hints", "hinted", "hinting"],
    "vow": ["vow", "vows", "vowed", "vowing"],
    "know": ["know", "knows", "knew", "knowing"],
    "speak": ["speak", "speaks", "spoke", "speaking"],
    "put": ["puts", "put it to", "puts it to", "putting it to"],
    "swear": ["swear", "swears", "swore", "sworn"],
    "spell": ["spelled out"],
    "point": ["pointed out", "points out", "pointing out"],
    "deny": ["deny", "denies", "denied", "denying"],
    "reply": ["reply", "replies", "replied", "replying"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "retort": ["retort", "retorts", "retorted"],
    "commit": ["commit", "commits", "committed"],
    "concur": ["concur", "concurs", "concurred"],
    "read": ["reads", "read"],
    "go": ["goes on to say", "went on to say"],
    "fire": ["fired back", "fires back", "firing back"],
    "shoot": ["shot back", "shoots back", "shooting back"],
    "brag": ["brag", "brags", "bragged", "bragging"],
    "blog": ["blogged", "blogging"],
    "email": ["emailed", "emailing", "e-mailed"],
    "vent": ["vented", "venting"],
    "gripe": ["griped", "griping"],
}

SPEECH_LEMMAS: Final = (
    "say tell add argue claim state insist warn note explain announce declare acknowledge admit "
    "suggest report write tweet reply respond ask urge deny confirm predict promise pledge vow "
    "threaten recall stress emphasize emphasise concede contend maintain assert allege complain "
    "boast signal indicate hint echo reiterate repeat testify propose recommend comment observe "
    "remark quip retort counter continue conclude caution reveal disclose affirm agree disagree "
    "accuse charge demand mention point joke lament acknowledge estimate forecast predict "
    "tout declare proclaim insist whisper shout yell scream cry exclaim announce post "
    "describe characterize characterise call criticize criticise praise swear guarantee assure "
    "reassure inform advise brief notify recount relate underscore underline highlight "
    "spell clarify correct object protest plead implore beg order instruct threaten offer "
    "put read hail laud dismiss decry denounce condemn opine muse mock blast slam scoff express "
    "rule chant welcome thank cite dub label term brand mouth interject answer "
    "fire shoot vent posit speculate theorize theorise surmise gripe grumble brag grouse "
    "confide email blog vouch tease sneer growl bellow mutter mumble murmur inquire "
    "elaborate summarize summarise reminisce confess divulge fume rage gush rant seethe aver remind"
).split()

BELIEF_LEMMAS: Final = (
    "believe think feel expect hope fear worry doubt know suspect figure reckon assume "
    "wonder consider estimate anticipate predict"
).split()


# Lemmas whose base and -s forms are more often nouns (a state, the report, notes, a post):
# only their past and -ing forms count as cues.
NOUN_LIKE: Final = frozenset(
    "state report note post call offer charge order object point plan read put counter comment "
    "remark estimate forecast demand promise guarantee relate correct echo continue signal "
    "highlight underline address cry praise plead figure wonder "
    "brief order question answer rant".split()
)


def _all_forms(lemmas: list[str]) -> list[str]:
    forms: set[str] = set()
    for lemma in lemmas:
        inflected = _IRREGULAR.get(lemma, _forms(lemma))
        if lemma in NOUN_LIKE:
            # A phrasal form (``put it to``, ``points out``) is a verb whatever its ending.
            inflected = [
                f for f in inflected if (f.endswith(("ed", "ing", "t")) or " " in f) and f != lemma
            ]
        forms.update(inflected)
    return sorted(forms, key=len, reverse=True)


NOUN_LIKE_FORMS: Final = frozenset(
    "notes reports posts comments remarks promises demands estimates warns".split()
)
"""Present forms of noun-like cues (``She notes that``): cues only right after a name or a
pronoun, never after an article or a possessive (``the notes``, ``Putin's demands``)."""

BARE_NOUN_LIKE_FORMS: Final = frozenset("note estimate point".split())
"""Base forms of noun-like cues that are verbs after a plural subject (``Experts note that``,
``they estimate the fleet has shrunk``, ``Skippers point out that``): cues only right after a
plural noun or a plural pronoun and before a clause (``point`` with ``out``), never after an
article, a possessive or a singular noun (``a note``, ``the cost estimate``, ``a point``)."""

SPEECH_VERBS: Final = frozenset(_all_forms(SPEECH_LEMMAS))
"""Inflected forms of verbs that report speech or writing."""
BELIEF_VERBS: Final = frozenset(_all_forms(BELIEF_LEMMAS)) - SPEECH_VERBS
"""Inflected forms of verbs that report a belief or expectation (weaker evidence of a quote)."""

SPEAKING_VERBS: Final = frozenset(
    _all_forms(
        "say tell ask yell shout scream exclaim chant whisper reply respond insist argue "
        "warn write tweet quip joke explain complain admit concede boast declare plead beg "
        "interject retort lament opine".split()
    )
)
"""Speech verbs whose subject is nearly always a speaker, whatever the noun (``a fan yelled``,
``one shopper said``); others have plain senses too (``the bridge added two hours``, ``the
flood claimed lives``)."""

# The strongest cues: attributing a quote after or before it.
PRIMARY_CUES: Final = frozenset(
    "say says said saying tell tells told telling add adds added adding write writes wrote "
    "writing tweet tweets tweeted ask asks asked asking reply replies replied respond responds "
    "responded explain explains explained note notes noted continue continues continued "
    "insist insists insisted argue argues argued warn warns warned declare declares declared "
    "recall recalls recalled stress stresses stressed emphasized emphasizes emphasised "
    "emphasises emphasizing emphasising announce announced announces state states stated "
    "claim claims claimed concede concedes conceded quipped quips joked jokes posted posts "
    "wrote conclude concludes concluded acknowledged acknowledges admits admitted remarked "
    "remarks observed observes "
    "counters countered retorted retorts exclaimed shouted yelled cautioned cautions "
    "predicted predicts promised promises vowed vows".split()
)

HEADLINE_CUES: Final = frozenset(
    "Says Warns Claims Insists Tells Urges Denies Vows Slams Blasts Admits Confirms Declares "
    "Predicts Argues Announces Suggests Reveals Threatens Pledges Promises Demands".split()
)
"""Title-case cues of headlines (``Kremlin Says Russia, US 'on the Brink'``)."""

NEEDS_THAT: Final = frozenset(
    "maintain maintains maintained maintaining highlighted highlighting echoed echoing "
    "signaled signalled signaling signalling indicated indicating described describing "
    "offered offering charged charging ordered ordering continued continuing "
    "pointed treated recalled recalling".split()
    # ``put it to the witness that ...``: counsel's suggestion (``put it to the vote`` is none)
    + ["put it to", "puts it to", "putting it to"]
)
"""Cues that report speech only when ``that`` (or a quote) follows them."""

SPEECH_NOUNS: Final = (
    "assertion|assertions|claim|claims|statement|statements|warning|warnings|remarks|remark|"
    "comments|comment|suggestion|insistence|argument|promise|pledge|vow|threat|contention|"
    "allegation|allegations|charge|announcement|declaration|prediction|admission|denial|"
    "view|belief|words|message|analysis|testimony|letter|tweet|post|speech|account|answer|reply"
)
"""Nouns that attribute content to their possessor (``Trump's assertion that ...``)."""

PRONOUNS: Final = frozenset("he she they we i it you".split())
"""Subject pronouns that can attribute a quote (resolved to a name where possible)."""
PERSON_PRONOUNS: Final = frozenset("he she".split())

TITLE_WORDS: Final = frozenset(
    """
    president vice prime minister deputy foreign secretary sen. senator rep. representative
    gov. governor mayor gen. general adm. admiral col. colonel capt. captain lt. lieutenant
    sgt. sergeant dr. mr. mrs. ms. miss mx. prof. professor judge justice chief speaker leader
    dr mr mrs ms mx prof
    chairman chairwoman chair chairperson director ambassador commissioner attorney spokesman
    spokeswoman spokesperson king queen prince princess pope rev. reverend father sister
    bishop archbishop cardinal rabbi imam sheikh chancellor premier former acting interim
    assistant associate executive senior state defense defence interior finance economic
    development security national adviser advisor envoy special minority majority whip
    democratic republican democrat gop candidate nominee congressman congresswoman
    councilman councilwoman councilor sheriff officer agent inspector superintendent
    commander marshal detective trooper chancellor ceo cfo coo founder co-founder
    presidential hopeful frontrunner front-runner host anchor correspondent editor reporter
    columnist analyst economist strategist pollster lawyer counsel press top lead
    health labor labour trade transport transportation energy education justice treasury
    homeland intelligence military army navy air force general's u.s. us american
    russian ukrainian british french german chinese israeli iranian palestinian syrian
    turkish indian japanese korean mexican canadian australian italian spanish polish
    european african arab saudi egyptian iraqi afghan pakistani belarusian georgian
    kremlin white house state department pentagon fellow staff manager campaign
    first lady gentleman sir dame lord baroness baron duke duchess retired longtime
    cllr councillor smt. smt shri engr. engr councilmember councilperson alderman alderwoman
    assemblyman assemblywoman assemblymember madam mdm mdm. ratu datuk datin
    hon. hon honourable honorable auditor-general attorney-general solicitor-general
    governor-general director-general secretary-general inspector-general
    det det. sgt supt supt. insp insp. dci dsp asp csp sp
    """.split()
)
"""Lower-cased words that belong to a title or role, stripped from the left of a name
(``Hon.`` and the offices in ``-general`` as Commonwealth parliaments write them; police ranks
as British and Nigerian papers abbreviate them without a full stop: ``Det Sgt``, ``Supt``,
``SP``, ``DSP``; the chiefly and honorific titles Fijian and Malaysian papers write before a
name: ``Ratu``, ``Datuk``, ``Datin``)."""

PORTFOLIO_WORDS: Final = frozenset(
    """
    affairs opposition ports parliamentary works housing environment agriculture fisheries
    forests forestry water local government planning tourism sport sports culture arts women
    children youth family families social services welfare mines mining petroleum power
    communications information broadcasting science technology railways roads highways
    aviation shipping maritime home industry industries commerce lands resources natural
    climate emergency emergencies veterans immigration citizenship indigenous regional rural
    urban revenue customs public infrastructure heritage police corrections prisons
    disability employment workplace relations small business consumer digital cabinet house
    """.split()
)
"""Lower-cased words of a minister's portfolio, as Commonwealth style writes the office before
the name (``Minister for Parliamentary Affairs``, ``Leader of the Opposition``): the words
between the office and the name, dropped with it."""

LEADING_ROLE_WORDS: Final = frozenset(
    """
    prosecutor barrister solicitor magistrate coroner homeowner householder landlord tenant
    author co-author researcher scientist lecturer student teacher headteacher principal nurse
    paramedic firefighter coach skipper referee umpire midfielder striker goalkeeper defender
    pastor vicar priest farmer driver pilot chef owner shopkeeper resident witness survivor
    volunteer organiser organizer activist campaigner treasurer trustee warden constable boss
    mp mep msp mla td alderman selectman assemblyman assemblywoman supervisor
    quarterback linebacker cornerback receiver tailback fullback halfback pitcher shortstop
    outfielder infielder winger goaltender netminder batsman jockey sprinter
    producer singer songwriter singer-songwriter rapper actor actress filmmaker novelist poet
    composer guitarist drummer photographer curator architect engineer designer advocate
    parent grandparent guardian neighbor neighbour commuter shopper voter taxpayer clerk
    """.split()
)
"""Lower-cased nouns of a role or an occupation that news style capitalises before a name
(``Prosecutor Helen Ashdown``, ``Homeowner Derek Salazar``, ``MLA Ravi Menon``): dropped from
its left as a title is, but kept out of ``TITLE_WORDS``, which a speaker key drops anywhere,
because several are surnames too (``Paul Nurse``)."""

ROLE_NOUNS: Final = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople minister secretary adviser advisor official
    officials leader leaders president senator aide aides chief director head analyst analysts
    expert experts source sources diplomat diplomats lawmaker lawmakers legislator legislators
    representative representatives ambassador envoy negotiator negotiators mayor governor
    general commander officer officers police prosecutor prosecutors lawyer lawyers attorney
    attorneys judge justice economist economists strategist strategists pollster pollsters
    researcher researchers scientist scientists professor fellow historian historians
    critic critics supporter supporters opponent opponents voter voters resident residents
    witness witnesses member members chairman chairwoman chair candidate candidates nominee
    campaign administration government ministry department agency office committee council
    commission watchdog
    party spokesperson statement report survey poll study memo letter document
    journalist journalists reporter reporters correspondent columnist editor host anchor
    executive executives manager founder owner worker workers employee employees activist
    activists organizer organizers observer observers insider insiders person people man
    woman official's ceo staffer staffers aide adviser advisers advisors consultant
    consultants investigator investigators regulator regulators authorities authority
    militants militant rebels troops soldiers soldier farmer farmers teacher teachers
    doctor doctors student students parents parent mother father son daughter wife husband
    friend friends neighbor neighbors neighbour neighbours colleague colleagues
    company companies firm firms group groups union unions bank banks court courts network
    newspaper paper magazine outlet website percent majority majorities minority respondents
    americans magnate billionaire businessman businesswoman industry organization organisation
    association foundation institute center centre think tank nominee frontrunner challenger
    incumbent rival rivals opponent spokeswoman representative aide manager chairman director
    inspector inspectors auditor auditors engineer engineers scholar scholars author authors
    writer writers commentator commentators physician nurse pilot captain coach mother father
    veteran veterans complaint lawsuit filing memo letter ad spot video email tweet post book
    article editorial
    indictment ruling order resolution bill message release website note survey analysis
    agent agents publicist publicists solicitor solicitors barrister barristers councillor
    councillors
    """.split()
)
"""Common nouns that can head a speaker phrase (``the spokeswoman said``, ``officials say``)."""

OUTLETS: Final = (
    "Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|TASS|RIA Novosti|RIA|"
    "Interfax|Xinhua|Kyodo|Yonhap|Anadolu|dpa|DPA|EFE|ANSA|PTI|UPI|CNN|MSNBC|CNBC|NBC|ABC|CBS|"
    "Fox News|Fox Business|Fox|BBC|ITV|Sky News|Sky|Channel 4|PBS|NPR|C-SPAN|Al Jazeera|"
    "Politico|Axios|Newsweek|Time|Vox|Slate|BuzzFeed|HuffPost|Breitbart|The Hill|the Hill|"
    "Semafor|Punchbowl News|Vice|Yahoo News|Euronews|Deutsche Welle|DW|France 24|RT|Sputnik|"
    "Izvestia|Kommersant|Vedomosti|Meduza|Mediazona|Ukrainska Pravda|Kyiv Independent|"
    "Le Monde|Der Spiegel|Spiegel|Bild|El País|Haaretz|Times of Israel|Al Arabiya|Newsmax|"
    "The Atlantic|The New Yorker|The Economist|Financial Times|FT|Forbes|Fortune|Rolling Stone"
)
"""Names of news organisations that are sources when a quote reaches the article through them."""

OUTLET_HEADS: Final = (
    "News|Post|Times|Journal|Tribune|Herald|Gazette|Telegraph|Guardian|Independent|Observer|"
    "Mail|Express|Mirror|Sun|Chronicle|Globe|Star|Inquirer|Register|Bulletin|Dispatch|"
    "Examiner|Monitor|Review|Magazine|Radio|Television|TV|Network|Agency|Press|Wire|Daily|"
    "Weekly|Report|Today|Insider|Beast|Intercept|Free Beacon|Caller|Record|Courier|Sentinel|"
    "Enquirer|Post-Dispatch|Plain Dealer|Standard|Pravda|Beacon|Echo|Advertiser|Argus|Mercury|"
    "Ledger|Messenger|Recorder"
)
"""Final words of a capitalised phrase that names a news organisation."""

EVENT_NOUNS: Final = (
    "news conference|press conference|press briefing|briefing|news briefing|rally|hearing|"
    "speech|address|summit|debate|town hall|town-hall meeting|forum|meeting|session|event|"
    "interview|roundtable|panel|ceremony|visit|conference|campaign stop|campaign event|"
    "testimony|podcast|broadcast|program|programme|show|appearance|call with reporters|"
    "conference call|earnings call|call|gaggle|press gaggle|trip|seminar|workshop|convention|"
    "congress|symposium|webinar|launch|inauguration|funeral|vigil|protest|gathering|"
    "presentation|inquest|lecture|reception"
)
"""Occasions at which words were spoken (an inquest as a hearing is: ``told the inquest``; a
match's ``post-match presentation``)."""

PUBLICATION_NOUNS: Final = (
    "statement|report|letter|memo|memorandum|filing|court filing|lawsuit|complaint|op-ed|"
    "opinion piece|column|essay|article|book|memoir|email|e-mail|text message|transcript|"
    "document|documents|press release|release|communique|communiqué|declaration|decree|"
    "ruling|order|affidavit|testimony|budget|plan|proposal|survey|poll|study|analysis|"
    "assessment|notice|announcement|note|directive|resolution|bill|editorial|newsletter|"
    "data|figures|projections|estimates|forecast|statistics|findings|numbers|readout|"
    "judgment|judgement|tribute|guide|handbook"
)
"""Documents through which words reached the article (a judge's ``written judgment``, a
family's ``tribute``, a project's ``migration guide``)."""

WORLD_PLACE_WORDS: Final = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia
    comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan
    laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
    malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
    mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
    nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
    singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda
    ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    britain england scotland wales ulster america europe asia africa oceania antarctica
    scandinavia arabia
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    ontario quebec alberta manitoba saskatchewan queensland tasmania bavaria catalonia
    london paris berlin moscow beijing tokyo brussels kyiv kiev tehran delhi ottawa canberra
    rome madrid lisbon vienna warsaw prague budapest athens ankara cairo riyadh baghdad
    damascus beirut jerusalem islamabad kabul dhaka seoul pyongyang manila jakarta hanoi
    bangkok nairobi lagos abuja pretoria brasilia havana caracas bogota lima santiago
    """.split()
)
"""Countries, continents, large regions and states, and capitals, in lower case: a place any
reader knows without the document naming it as one. After ``told`` such a name is a government
or a public addressed (``told Britain``, ``told Washington``), never an outlet."""

SOCIAL_NAMES: Final = (
    "Twitter|X|Facebook|Instagram|Telegram|Truth Social|TikTok|YouTube|Threads|Bluesky|"
    "LinkedIn|Weibo|WeChat|Reddit|Substack|Mastodon|Gab|Parler|VK|VKontakte"
)
"""Social networks: a quote taken from a post on them has a social source."""

SOCIAL_NOUNS: Final = (
    "tweet|post|posting|video|livestream|message|thread|status update|blog post|blog"
)
"""Kinds of social post."""

ABBREVIATIONS: Final = frozenset(
    """
    mr mrs ms dr smt engr sen rep gov gen lt col sgt capt adm st jr sr prof rev hon pres sec atty
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol inc co corp ltd llc vs etc
    u.s u.k u.n e.u a.m p.m d.c n.y l.a fig al approx dept est govt mt ft ave blvd
    """.split()
)
"""Lower-cased words that end with a full stop without ending a sentence."""


# -- Attribution predicates beyond the speech and belief lists (``predicates.py``) -------------
#
# The verbs and nouns that attribute content form a fairly closed set of classes (those of
# communication and cognition in VerbNet and FrameNet). Each class attributes in its own
# syntactic frames: ``that`` (``X learned that S``), ``to`` (``X pledged to VP``), ``object``
# (``X embraced the plan``), or a noun with ``that`` or a preposition (``the belief that S``,
# ``criticism of NP``). Written from English, not from any corpus.

PREDICATE_VERBS: dict[str, tuple[str, str]] = {
    "cognition": (
        "that",
        "learn realize realise recognize recognise understand remember forget notice discover "
        "determine sense guess imagine suppose presume reckon decide judge conclude",
    ),
    "perception": ("that", "hear read"),
    "holding": ("that", "hold"),
    "evidence": ("that", "prove demonstrate establish imply show reveal indicate confirm"),
    "stance": (
        "object",
        "embrace champion dispute fault lambaste bemoan deplore credit approve "
        "disapprove admire respect advocate criticize criticise praise accuse blame condemn "
        "denounce attack defend welcome applaud hail commend dismiss reject deny decry assail "
        "rebuke scold chide mock ridicule blast slam tout laud oppose support endorse "
        "knock bash hammer skewer berate chastise castigate excoriate vilify demonize "
        "demonise disparage belittle insult smear resent loathe detest despise dislike "
        "revere idolize congratulate salute distrust resist boycott refute rebut "
        "debunk downplay minimize minimise justify rationalize rationalise promote hype "
        "ridicule lampoon deride",
    ),
    "topic": (
        "object",
        "mention cite reference invoke detail outline highlight portray depict "
        "characterize characterise recount recall discuss propose announce unveil "
        "acknowledge concede question emphasize emphasise stress predict promise "
        "demand request recommend describe",
    ),
    "commitment": (
        "to",
        "pledge threaten agree offer aim hope intend vow promise vote volunteer resolve "
        "push campaign",
    ),
    "directive": ("object", "encourage pressure exhort implore prod nudge press dare persuade"),
    # Verbs of speech whose act is a request or a command: with an addressee and an infinitive
    # they report what was asked (``urged the board to resign``), reported speech in
    # ``NP to VP`` form.
    "request": ("object", "urge ask order beg instruct request advise"),
    "publication": ("object", "publish file sign retweet share"),
    "designation": ("object", "name appoint identify list"),
}
"""Verb classes of attribution, by class: the frame each attributes in, and its lemmas."""

_SIDING_LEMMAS: Final = "vote speak argue testify rally write campaign lobby march protest"
"""Verbs of voting, speaking or campaigning: with ``in favor of`` or ``in support of`` they
take a side (``voted in favor of the bill``, ``spoke out in support of Lind``)."""
_SIDING_PREPOSITIONS: Final = "in favor of|in favour of|in support of|in opposition to"
_SIDING_PHRASES: Final = "|".join(
    f"{verb} {preposition}"
    for verb in [
        form
        for lemma in _SIDING_LEMMAS.split()
        for form in _IRREGULAR.get(lemma, _forms(lemma))
        # The past and the participle only: a base or -s form after a noun is as often the
        # noun (``a vote in favor of``, ``protests in support of``), with no holder.
        if form.endswith(("ed", "ing")) or form in ("spoke", "wrote")
    ]
    + "came out|come out|comes out|coming out|spoke out|speaking out".split("|")
    for preposition in _SIDING_PREPOSITIONS.split("|")
)
"""Stance phrases of a verb of ``_SIDING_LEMMAS`` (past or participle) and a preposition of
taking a side."""
_CAST_VOTE_PHRASES: Final = "|".join(
    f"{verb} {determiner} {noun} {preposition}"
    for verb in ("cast", "casts", "casting")
    for determiner in ("a", "their", "his", "her", "my", "our", "your")
    for noun in ("vote", "votes", "ballot", "ballots")
    for preposition in ("for", "against")
)
"""``cast a vote for``, ``cast their ballots against``: the light-verb form of ``voted for``,
a stance on its object."""

PREDICATE_PHRASES: dict[str, tuple[str, str]] = {
    "naming": (
        "object",
        "known as|also known as|better known as|widely known as|dubbed|nicknamed|billed as|"
        "branded as|touted as|hailed as|called|calls|calling|call|labeled|labelled|labeling|"
        "labelling|branded|branding|termed",
    ),
    "cognition": (
        "that",
        "made it clear|makes it clear|make it clear|making it clear|made clear|makes clear|"
        "made the case|makes the case|make the case|making the case|made the point|"
        "makes the point",
    ),
    "stance": (
        "object",
        "took aim at|takes aim at|taking aim at|took issue with|takes issue with|sided with|"
        "sides with|agreed with|agrees with|disagreed with|disagrees with|argued for|"
        "argued against|argues for|argues against|campaigned for|campaigned against|"
        "campaigning for|campaigning against|stood up for|lashed out at|lashes out at|"
        "fired back at|hit back at|weighed in on|weighs in on|cracked down on|"
        "made the case for|makes the case for|make the case for|making the case for|"
        "made a case for|makes a case for|made the case against|makes the case against|"
        "made no secret of|makes no secret of|making no secret of|"
        "came out against|comes out against|coming out against|come out against|"
        "came out for|comes out for|coming out for|come out in favor of|came out in favor of|"
        "balked at|balks at|balking at|balk at|pushed back against|pushes back against|"
        "pushing back against|push back against|pushed back on|pushes back on|pushing back on|"
        "distanced himself from|distanced herself from|distanced themselves from|"
        "distanced itself from|distancing himself from|distancing herself from|"
        "distancing themselves from|distances himself from|distances herself from|"
        "poked fun at|pokes fun at|poking fun at|poke fun at|made fun of|makes fun of|"
        "making fun of|make fun of|singled out|singles out|singling out|single out|"
        "doubled down on|doubles down on|doubling down on|double down on|clamped down on|"
        "clamps down on|clamping down on|stood up to|stands up to|standing up to|stand up to|"
        "rallied behind|rallies behind|rallying behind|rally behind|apologized for|"
        "apologizes for|apologizing for|apologize for|apologised for|apologises for|"
        "apologising for|apologise for|" + _SIDING_PHRASES + "|" + _CAST_VOTE_PHRASES,
    ),
    "topic": (
        "object",
        "commented on|comments on|comment on|alluded to|alludes to|allude to|touched on|"
        "touches on|touch on|reflected on|reflect on|warn of|warn about|hint at|"
        "dwelled on|dwelt on|harped on|hinted at|hints at|laid out|lays out|spelled out|"
        "summed up|sums up|"
        "complained about|complains about|complained of|worried about|worries about|"
        "warned of|warned about|warns of|warns about|spoke out against|speaks out against|"
        "played down|plays down|playing down|shrugged off|shrugs off|brushed off|brushed aside|"
        "waved off|waved away|pointed to|points to|pointing to|point to|attributed|attributes|"
        "blamed on|linked to|tied to|"
        "spoke out about|speaks out about|speaking out about|speak out about|spoken out about|"
        "spoke out on|speaks out on|speaking out on|speak out on|spoke up about|speaks up about|"
        "speaking up about|speak up about|spoke up for|speaks up for|speaking up for|"
        "speak up for|opened up about|opens up about|opening up about|open up about|"
        "talked up|talks up|talking up|talk up|walked back|walks back|walking back|walk back|"
        "sparred over|spars over|sparring over|spar over|sparred on|clashed over|clashes over|"
        "clashing over|clash over|sounded off on|sounds off on|sounding off on|"
        "sounded off about|sounds off about",
    ),
    # ``appealed to the public to come forward``, ``pleaded with the crews to stay``: a
    # request with its addressee after a preposition, as police appeals and local papers put it.
    "request": (
        "object",
        "appealed to|appeals to|appealing to|appeal to|pleaded with|pleads with|"
        "pleading with|plead with",
    ),
}
"""Multi-word cues of the classes above (all forms written out)."""

PREDICATE_PASSIVE_CHARGES: Final = (
    "accused of|charged with|blamed for|criticized for|criticised for|faulted for|"
    "condemned for|attacked for|praised for|lauded for|credited with|hailed for"
)
"""Verbs of accusing, blaming and praising in the passive, with the preposition that names what
is held against or for someone (``Kral was charged with fraud``, ``the board has been criticized
for the delay``): the charge or the merit is attributed to someone unnamed."""

PREDICATE_STATES: Final = (
    "confident sure certain convinced aware unaware skeptical sceptical worried concerned "
    "afraid optimistic pessimistic hopeful adamant insistent doubtful persuaded satisfied "
    "fearful mindful"
)
"""Adjectives of belief that attribute a ``that`` clause to their holder (``Kral is confident
that the port will open``)."""

PREDICATE_STATES_TO: Final = (
    "reluctant unwilling ready keen hesitant loath unafraid prepared anxious desperate "
    "determined eager willing content careful quick slow"
)
"""Adjectives of will that attribute an infinitive to their holder (``Kral is reluctant to
sell``)."""

PREDICATE_STATES_OBJECT: Final = (
    "critical of|supportive of|skeptical of|sceptical of|wary of|suspicious of|distrustful of|"
    "dismissive of|contemptuous of|scornful of|tolerant of|fond of|proud of|ashamed of|"
    "afraid of|fearful of|enamored of|enamoured of|envious of|jealous of|appreciative of|"
    "protective of|opposed to|hostile to|sympathetic to|receptive to|resistant to|"
    "angry about|angry at|angry with|upset about|upset with|furious about|furious at|"
    "furious with|outraged by|outraged at|happy about|happy with|unhappy about|unhappy with|"
    "pleased with|pleased by|displeased with|disappointed in|disappointed with|"
    "disappointed by|frustrated with|frustrated by|annoyed by|annoyed with|irritated by|"
    "angered by|alarmed by|troubled by|disturbed by|dismayed by|offended by|shocked by|"
    "impressed by|impressed with|unimpressed by|unimpressed with|concerned about|"
    "concerned by|optimistic about|pessimistic about|bullish on|bearish on|confident in|"
    "confident about|excited about|enthusiastic about|nervous about|anxious about|"
    "uneasy about|uncomfortable with|passionate about|adamant about|vocal about|"
    "outspoken about|cagey about|evasive about|silent on|interested in|uninterested in|"
    "grateful for|thankful for|sorry for|unsure about|uncertain about|doubtful about"
)
"""Adjectives of attitude, with the preposition that introduces what the attitude is about:
attribute their object to their holder (``Kral is critical of the plan``, ``was impressed by
the crew``); a predicate only, after a verb of being or seeming (``a critical report`` is
none)."""

PREDICATE_NOUNS_THAT: Final = (
    "belief beliefs claim claims assertion assertions allegation allegations accusation "
    "accusations argument arguments assumption assumptions concern concerns fear fears hope "
    "hopes view views notion idea suggestion suggestions conviction impression insistence "
    "expectation expectations promise promises pledge warning warnings charge charges "
    "contention doubt doubts sense case theory speculation perception realization "
    "recognition acknowledgment acknowledgement admission denial report reports rumor rumors "
    "rumour rumours word evidence sign signs indication indications proof assurance "
    "assurances message complaint complaints criticism implication prediction predictions "
    "finding findings conclusion judgment judgement opinion position premise thesis worry "
    "worries confidence suspicion suspicions feeling realisation understanding announcement "
    "statement statements remark remarks comment comments testimony insinuation narrative "
    "reminder signal hint reassurance reassurances guarantee threat threats consensus "
    "optimism skepticism scepticism agreement confirmation revelation revelations "
    "declaration"
)
"""Nouns whose ``that`` clause is attributed content (``the belief that S``), with or without
a possessor (a possessor is handled by ``find_noun_cues``)."""

PREDICATE_NOUNS_PREP: Final = (
    "criticism of|criticisms of|criticism over|criticism for|support for|opposition to|"
    "attacks on|attack on|"
    "questions about|questions over|question of|concerns about|concerns over|concern about|"
    "concern over|allegations of|allegations about|complaints about|complaint about|"
    "praise for|calls for|call for|demands for|demand for|fears of|fears about|fears over|"
    "fear of|doubts about|warnings of|warnings about|warning about|warning of|"
    "endorsement of|defense of|defence of|rejection of|denial of|condemnation of|"
    "embrace of|advocacy of|accusations of|charges of|promise of|promises of|"
    "pledge of|pledge to|promise to|vow to|"
    "refusal to|desire to|intention to|push for|"
    "hopes of|hope of|hopes for|skepticism about|skepticism of|distrust of|disdain for|"
    "admiration for|sympathy for|contempt for|commitment to|insistence on|"
    "focus on|remarks about|remarks on|comments about|comments on|statement on|"
    "position on|stance on|assessment of|description of|"
    "portrayal of|characterization of|account of|explanation of|defense of|"
    "reference to|references to|mention of|allusion to|appeal for|appeals for|plea for|"
    "pleas for|request for|requests for|backing for|approval of|disapproval of|"
    "objection to|objections to|resistance to|hostility to|hostility toward|"
    "hostility towards|enthusiasm for|disdain of|hatred of|dislike of|frustration with|"
    "anger at|anger over|outrage over|outrage at|dismay at|dismay over|"
    "disappointment with|apology for|tribute to|praise of|denunciation of|"
    "endorsements of|condemnations of|"
    "critique of|critiques of|opinion of|opinions of|opinion on|"
    "opinions on|views on|positions on|attack against|attacks against|tirade against|"
    "tirades against|broadside against|swipe at|swipes at|jab at|jabs at|dig at|digs at|"
    "argument for|argument against|arguments for|confidence in|interest in|passion for|"
    "credit for|blame for|consensus on|talk of"
)
"""Nouns of attitude or speech whose prepositional object is attributed content (``criticism
of the plan``, ``her refusal to resign``). Nouns that name what is held rather than an attitude
to it (``plan for``, ``proposal for``, ``decision to``, ``vision of``, ``view of``) are left out:
their object is a topic (``Putin's view of Washington``; see ``docs/guidelines.md``), and so
are those whose object is the holder (``criticism from``, ``the backing of``). Measured and
left out, their object attributed about half the time or less: ``response to`` and ``reaction
to`` (as often an act, ``the city's response to the flood``), ``debate on`` (an event, ``the
debate on Saturday``), ``campaign against``, ``case for``, ``faith in``, ``trust in``,
``assault on``."""

PREDICATE_CONTENT_OBJECT: Final = (
    "publish file sign retweet share name appoint identify list recall unveil welcome dismiss "
    "resist hail write answer post admit stress emphasize emphasise underscore underline "
    "highlight focus add"
)
"""Object-frame verbs whose plain sense takes a person, a thing, a place or a quantity
(``signed the defender``, ``shared a flat``, ``recalled 5,000 cars``, ``welcomed 300 guests``,
``dismissed the case``, ``hailed a taxi``, ``wrote his thesis``, ``answered the door``,
``admitted 40 patients``, ``stressed the syllable``): they attribute
only a clause, a quote, a name given ``as`` something, or a noun of what can be said, written
or proposed (``PREDICATE_CONTENT_NOUNS``); a verb of emphasis (``PREDICATE_EMPHASIS``) also an
idea (``stressed the need for calm``). ``declare`` is left out: what is declared is mostly
attributed in both gold sets (``declared an end to the war``, ``declared victory``)."""

PREDICATE_EMPHASIS: Final = "stress emphasize emphasise underscore underline highlight focus"
"""Verbs of emphasis and attention: besides a noun of what is said, their object is content
when it names an idea (``PREDICATE_ABSTRACT_NOUNS``, or an abstract noun by its ending: ``the
importance of``, ``the urgency``), and a plain act or a mere topic when it names a thing
(``stressed the beam``, ``focused on rural schools``)."""

PREDICATE_ABSTRACT_NOUNS: Final = frozenset(
    """
    need point fact role value risk danger aim goal issue support tie link case cost benefit
    impact effect stake progress record strength success failure duty right freedom peace
    safety trust faith desire choice limit interest gain loss lesson message theme problem
    challenge chance hope fear threat priority
    """.split()
)
"""Abstract nouns without an abstract ending that name an idea (``the need for``, ``its
ties to``, ``the risk of``), singular: the object of a verb of emphasis they head is content."""

PREDICATE_CONTENT_NOUNS: Final = frozenset(
    """
    letter memo note statement report petition bill law act measure legislation order decree
    treaty accord agreement pact deal declaration resolution motion amendment proposal plan
    request application lawsuit suit complaint appeal objection brief affidavit pledge promise
    vow warning claim criticism critique allegation accusation argument concern fear doubt worry
    worries view belief idea notion suggestion thought opinion feeling feelings story stories
    account memory memories message tweet post video image photo photograph picture meme
    cartoon clip article column op-ed essay blog commentary dissent book memoir magazine
    newsletter paper study survey
    poll analysis findings data list agenda platform policy policies strategy program programme
    initiative reform budget vision blueprint framework comment remark speech interview news
    announcement decision ruling verdict move step call demand offer invitation endorsement
    apology condolences praise ad advertisement transcript document paperwork manifesto
    charter rules guidelines regulation quote words insight details information secret theory
    speculation rumor rumour question comparison label narrative testimony response reply answer
    outline summary assessment estimate forecast prediction recommendation ultimatum threat
    nomination appointment
    """.split()
)
"""Nouns of what can be said, written, proposed or held as a view: the object of a verb of
``PREDICATE_CONTENT_OBJECT`` that is content (``signed a letter``, ``shared her doubts``,
``welcomed the decision``). A contract, a lease or a case is an act of business or law."""

PREDICATE_EVIDENCE_SOURCES: Final = (
    "poll polls polling survey surveys study studies data report reports analysis analyses "
    "research record records number numbers figures statistics result results findings evidence "
    "document documents files filings email emails memo memos letter letters video videos "
    "footage photo photos photograph photographs picture pictures image images recording "
    "recordings tape tapes transcript transcripts log logs ledger ledgers accounts audit audits "
    "review investigation inquiry probe test tests experiment experiments trial trials census "
    "count tally estimate estimates average averages projection projections model models map "
    "maps chart charts graphic graphics search searches outcome history sample samples scan "
    "scans post posts tweet tweets clip clips minutes readout readouts"
)
"""Nouns of a source of evidence: the subject that makes ``show``, ``prove`` or ``demonstrate``
with a noun phrase or a bare clause an attribution (``the ledgers show the crane was idle``);
a team or a person showing a quality is none (``the crew showed real courage``)."""

PREDICATE_HOLDER_NOUNS: Final = frozenset(
    """
    person people man men woman women child children kid kids boy boys girl girls baby family
    families couple crowd crowds audience public fan fans team teams club clubs side crew crews
    board boards panel jury congress parliament senate house assembly cabinet chamber legislature
    country countries nation nations state states city cities town towns village region
    province army military forces navy regime coalition alliance bloc delegate delegates
    delegation voter electorate citizen citizens community communities protester protesters
    student pupil pupils parent relative relatives neighbour neighbor victim victims patient
    patients customer customers client clients buyer buyers seller sellers investor investors
    shareholder shareholders owner owners landlord landlords tenant tenants resident
    immigrant immigrants migrant migrants refugee refugees applicant applicants participant
    participants defendant defendants plaintiff plaintiffs consultant consultants agent agents
    opponent president presidents government governments administration firm publisher
    publishers employer employers user users reader readers viewer viewers listener listeners
    moderator moderators volunteer volunteers guest guests player players coach coaches
    manager managers staff crew skipper skippers sailor sailors captain captains lawmaker
    regulators ministry ministries agency agencies organisation organization organisations
    organizations institution institutions movement movements network networks ally allies
    mogul tycoon school schools university universities college colleges hospital church fund
    funds charity charities detective detectives deputy deputies paramedic paramedics medics
    """.split()
)
"""Nouns of people and of bodies of people, besides those of ``ROLE_NOUNS``: holders who can
pledge, refuse or be reluctant (``the crew refused to sail``), unlike things (``the engine
refused to start``, ``the dam threatens to burst``)."""

PREDICATE_NOT_HOLDERS: Final = frozenset(
    """
    statement report survey poll study memo letter document complaint lawsuit filing ad spot
    video email tweet post book article editorial indictment ruling order resolution bill
    message release website note analysis percent paper
    water paper number order power tower river cover matter border computer printer heater
    center centre corner chapter winter summer weather motor sector factor error floor door
    mirror color colour meter poster cancer shelter charter register theater theatre filter
    barrier container trailer tractor elevator generator reactor monitor calculator freezer
    cooler cluster timer trigger hammer ladder rubber silver copper butter pepper dinner
    lunch supper letter layer laser player's tanker fighter bomber carrier
    """.split()
)
"""Nouns that are things although listed among speakers (a statement, a report say things) or
ending like a noun of a person (``-er``, ``-or``): no holder of a will."""


IRREGULAR_PAST_TENSES: Final = frozenset(
    """
    began bought broke brought built came caught chose cut dealt drove fell felt fled fought
    found gave got grew heard held hit kept knew led left let lost made meant met paid put ran
    read rose sang sat saw sent set sold sought spent spoke stood struck taught thought threw
    told took went won wore wrote
    """.split()
)
"""Past tenses with no ``-ed`` (``went``, ``told``): the verb after a subject (``Krag went``).
``said`` is left out: after a name it is the cue of a quote, which the rules reading this list
ask about apart (``or verb in ("said", "did")``); so are participles that are no past tense
(``given``, ``taken``), which after a name do not make it a subject (``the aid given``)."""
IRREGULAR_PAST_FORMS: Final = IRREGULAR_PAST_TENSES | frozenset(
    "said chosen drawn driven given known run seen shown taken written".split()
)
"""``IRREGULAR_PAST_TENSES`` and the past participles with no ``-ed``: a verb after ``had``
(``had taken``), or one opening a clause on the subject (``sent to``, ``given by``)."""

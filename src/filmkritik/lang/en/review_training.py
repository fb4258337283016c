"""English language data for training the is-review model (``filmkritik.train.review_detect``).

Templates and word lists the trainer fills with invented names and titles to build examples of pages that
are and are not reviews: news, interviews, listings, press kits, synopses, page furniture. Every name the
templates hold is invented; nothing comes from a review. ``lang/de/review_training.py`` defines the same names.
"""

from __future__ import annotations

#: Words for invented titles ("{article} {word} {of} {word}").
TITLE_WORDS = "Night Summer House City Winter Sea River Trail Light Shadow Heart Fire Road Island Time".split()

#: The article and the genitive link of an invented title.
TITLE_JOINER = ("The", "of")

#: The pronoun of the invented heroines of synopses.
PRONOUN = "she"

#: TV channels for programme guides.
CHANNELS = ["BBC One", "BBC Two", "ITV", "Channel 4", "Film4", "Channel 5", "Sky Cinema", "AMC"]

#: Genres for listings and facts lines.
GENRES = "drama comedy thriller western documentary crime".split()

MONTHS = "January February March April May June July August September October November December".split()

DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

#: TV-guide and cinema-programme pages: the heading, a film's facts, the closing line.
LISTING_HEAD = "Tonight on TV"

LISTING_FACTS = "({genre}, {year}, {mins} Min.)"

LISTING_FOOT = "Book tickets online."

#: Kinds of short non-reviews, each a few sentence templates: casting and production news, box office,
#: trailers, awards, obituaries, events, releases, without judgement.
SHORT_NEWS = [
    "{name} has been cast in {title}, the studio said on {day}. Filming begins in {place} in {month}.",
    "{name} and {name2} will star in {title}, directed by {name3}. Production starts in {month}.",
    "{title} topped the weekend box office with an estimated ${n} million, ahead of {title2}, according to studio figures.",
    "The first trailer for {title} is out. The film opens in theaters on {month} {d}.",
    "{title} leads the nominations with {n2} nods, including best picture. The winners will be announced on {month} {d} in {place}.",
    "Director {name} has died at {age}, his family said on {day}. He made more than {n2}0 films.",
    "Outdoor movies return to {place} Park from {month} {d}. Screenings every {day} at dusk, tickets ${n2}.",
    "{title} arrives on streaming on {month} {d}, after a run on the festival circuit last year.",
    "Out on DVD and Blu-ray {month} {d}: {title}, {title2} and {title3}.",
    "The {place} Film Festival will screen {n} features from {n2} countries this year, organizers said. {title} opens the festival.",
    "Filming has wrapped on {title}, {name} said in a statement. The film is expected in {month}.",
    "{name} has joined the cast of {title}, opposite {name2}.",
]

#: A synopsis: the first sentence, then one to three of the others.
SYNOPSIS = [
    "{first} is a {job} in {place}. When {event}, {pron} must make a choice.",
    "But {first2} has plans of {pron} own, and soon everything is at stake.",
    "Together with {first2}, {first} sets out to uncover the truth.",
    "An old secret pushes the family to breaking point.",
    "{first} has until {day} to find the money.",
]

JOBS = "teacher fisherman doctor police officer baker priest lawyer cab driver".split()

EVENTS = ["her brother disappears", "a letter from the past arrives", "the village is put up for sale"]

#: A facts line under a title.
GENRE_LINE = "{genre}, UK, {year}, {mins} min"

#: A programme guide's broadcast time: the hours, the minutes (none: on the hour), the template.
GUIDE_HOURS = (6, 11)

GUIDE_MINUTES: list[str] = []

GUIDE_TIME = "{hour}pm"

#: What leads a guide entry's cast.
CAST_LEAD = "Starring "

#: Short interviews: questions and answers.
INTERVIEW = [
    ("Why this story?", "Because I grew up with it."),
    ("How long was the shoot?", "Seven weeks, mostly at night."),
    ("What was the hardest part?", "The weather. And the money."),
    ("Did you work with non-actors?", "Yes, half the cast had never been in front of a camera."),
    ("What's next?", "A documentary about my grandmother."),
]

INTERVIEW_HEAD = "{name} on {title}"

#: Question and answer labels (``{surname}``: the interviewee's).
INTERVIEW_LABELS = [("Q", "A"), ("", "{surname}"), ("", "")]

#: Labels a critic's line carries in TV guides and capsule columns.
JUDGEMENT_LABELS = ["", "", "", "Verdict: ", "Our view: ", "Bottom line: ", "Critic's take: "]

#: Headings over a TV guide's or a capsule column's entry.
HEADS = ["Pick of the day", "Tonight's pick", "Critic's pick", "Stream it", "Capsule review", "New this week", ""]

#: Page furniture that surrounds an article on a web page, whatever the article is: navigation, bylines,
#: share and comment lines, newsletter boxes, related links.
FURNITURE_HEAD = [
    "Home > Culture > Film",
    "Advertisement",
    "News | Reviews | Features | Podcasts | Newsletters | Subscribe",
    "{n2} min read",
    "By {name}",
    "{month} {d}, 2025 {hour}:{minute}am ET",
    "Updated {month} {d}",
    "Culture",
]

FURNITURE_FOOT = [
    "Share this article: Facebook | X | Email | Copy link",
    "Comments ({n2})",
    "More from Culture",
    "Sign up for our newsletter to get the best stories every Friday.",
    "Related: {title}",
    "Most read: {title} | {title2}",
    "Advertisement",
]

#: A site's heavier furniture: menus, cookie notices, related-article headlines (news about films, with dates
#: and awards), comment and legal lines; the same around reviews and non-reviews.
HEAVY_HEAD = [
    "Home | News | Politics | Business | Culture | Sport",
    "Sign in",
    "Subscribe",
    "Search",
    "We use cookies to improve your experience. Accept all | Settings",
    "Movies & TV",
    "{month} {d}, 2025 {hour}:{minute}pm",
]

MORE_ON_TOPIC = "More from Movies"

RELATED = [
    "Release date set for {title}: everything we know",
    "Awards 2026: the full list of nominations",
    "Box office: {title} tops the charts with ${n2}0 million",
    "{name} joins the cast of {title2}",
    "Interview: {name} on {title2}",
    "The best shows to stream in {month}",
    "{name}, director of {title}, dies at {age}",
    "{place} Film Festival unveils its lineup",
]

HEAVY_FOOT = ["Comments ({n2})", "Privacy | Terms | Contact | Advertise", "© 2026 {place} Media Group"]

#: A review read out on radio or a podcast: the host's speaker labels and questions.
HOSTS = ["HOST", "Host", "ANCHOR"]

HOST_QUESTIONS = [
    "What's it about?",
    "So what did you think?",
    "How are the performances?",
    "And the ending?",
    "So, would you recommend it?",
    "What stood out for you?",
    "Is it worth seeing in a theater?",
]

#: Whole news pages about films, by kind: sentence templates drawn five to eight at a time.
LONG_NEWS = {
    "production": [
        "Production on {title} began on {day} in {place}, the studio said in a statement.",
        "{name} and {name2} will star, with {name3} directing from her own script.",
        "The film is described as a drama about {first}, a {job} in {place2} whose life falls apart.",
        "Filming is scheduled to run for {n2}0 days, with a budget reported to be around ${n2}{d} million.",
        "International sales will be handled at the Toronto market in September, sources told us.",
        "The project reunites the director with her longtime producers.",
        "{name} is represented by Hanley Partners. A release is expected next year.",
        "Casting for extras is under way; applicants should be over 18.",
    ],
    "boxoffice": [
        "{title} opened at No. 1 at the weekend box office with an estimated ${n} million, according to studio estimates.",
        "The film cost a reported ${n2}0 million to produce and added ${n2}{d} million from international markets.",
        "Last weekend's leader, {title2}, slipped to second place, bringing its domestic total to ${n} million.",
        "{title3} debuted in third, a solid result for a movie that cost under ${n2} million.",
        "Overall, the weekend box office was up {n2} percent from last year, analysts said.",
        '"Audiences are hungry for big-screen spectacle," the head of distribution said in a statement.',
    ],
    "festival": [
        "The {place} Film Festival announced its official selection on {day}, with {n2}0 features from {n} countries.",
        "The festival, which runs {month} {d}-{d2}, will open with the world premiere of {title} from {name}.",
        "Other competition titles include {title2} and {title3}.",
        "The jury will be presided over by {name2}, joined by {name3}.",
        '"This year\'s selection is restless and deeply personal," the festival director said at a press conference.',
        "Accreditation opens on {month} {d}; public tickets go on sale later in the summer.",
        "A sidebar devoted to debut features will include {n2} films.",
    ],
    "awards": [
        "{title}, directed by {name}, won the top prize at the {place} Film Festival on {day}.",
        "{name2} was named best actress, and best director went to {name3}.",
        'The jury praised the film as "a tender and fearless work."',
        "The audience award went to the documentary {title2}.",
        "Attendance reached a record {n},000, up {n2} percent from last year, organizers said.",
        "Accepting the award, the director thanked her cast and crew.",
    ],
    "obituary": [
        "{name}, a director whose films were rediscovered late in life, died on {day} at home in {place}. He was {age}.",
        "His daughter confirmed the death and said the cause was complications of pneumonia.",
        "Born in {year} in {place2}, the son of a {job}, he came to the film business as an assistant editor.",
        "His best-known film, {title}, was a modest success at the time and later became a cult favorite.",
        "Critics rediscovered his work in the 1970s, and retrospectives were held in New York and Paris.",
        "He later directed episodes of westerns and police dramas for television, and retired in 1985.",
        "He is survived by his wife, two children and four grandchildren.",
    ],
    "profile": [
        "{name} is standing in a field, explaining why she would rather not talk about herself.",
        "Born in {year} in {place}, the daughter of a {job}, she came to acting late.",
        "She worked as a waitress and a teacher before a friend talked her into an audition.",
        "Her first lead role, in {title}, opens next month. She shrugs when asked how it feels.",
        "\"She's the most prepared actor I've ever worked with,\" {name2} said in a phone interview.",
        "She lives with her husband, a painter, and three dogs on a ranch outside {place2}.",
        "Later, at the kitchen table, she pours coffee and talks about her garden.",
    ],
    "trailer": [
        "The first trailer for {title} has arrived.",
        "The sequel to last year's surprise hit {title2} picks up six months after the first film.",
        "{name} returns to direct, and new cast members include {name2} and {name3}.",
        "The two-minute trailer, released on {day}, offers several glimpses of the creature.",
        "{title} opens in theaters on {month} {d}. No word yet on a streaming date.",
        "Watch the trailer below and let us know what you think in the comments.",
    ],
}

#: A credits box (press kits, news pages).
CREDITS_BOX = [
    "Director: {name}",
    "Screenplay: {name2}",
    "Cinematography: {name3}",
    "Cast: {name2}, {name3}, {name}",
    "Running time: {mins} min",
    "Rated PG-13",
    "Distributor: {place} Pictures",
    "Release date: {month} {d}",
    "Producers: {name}, {name3}",
]

#: A plain press kit: its heading and section labels.
PRESS_KIT_HEAD = "PRESS NOTES"

PRESS_KIT_LABELS = ("SYNOPSIS", "CAST AND CREW")

#: Whole interview pages: questions and answers, the headline and introduction, the labels (``{surname}``,
#: ``{SURNAME}``: the interviewee's), the closing line.
LONG_INTERVIEW = [
    ("How did you find this story?", "My aunt told it to me when I was a kid. I grew up with it."),
    (
        "How did you prepare for the role?",
        "I trained with a real coach for two months and learned everything from scratch.",
    ),
    ("Was it physically demanding?", "Very. After the first week I could barely lift my arms."),
    ("What was it like working with the director?", "Wonderful. She gave us a lot of freedom."),
    ("You shot mostly at night.", "Yes, and it was freezing. I've never drunk so much tea in my life."),
    (
        "Do you have a personal connection to the subject?",
        "My grandmother ran her village during the war. I thought about her a lot.",
    ),
    ("What was the hardest scene to shoot?", "The last one. We shot it at four in the morning after a very long day."),
    ("What did your family think?", "My mom cried. My little brother said it was fine."),
    ("What's next for you?", "A comedy, finally. We shoot in the spring."),
    ("Why work with non-actors?", "Because they do things no professional would do. I wanted that."),
]

LONG_INTERVIEW_HEAD = [
    '{name} on {title}: "I had to learn everything"',
    "The star of {title} talks about the shoot and her family.",
]

LONG_INTERVIEW_LABELS = [("", "{SURNAME}"), ("Q", "A"), ("", ""), ("", "{surname}")]

LONG_INTERVIEW_CLOSE = "{title} is in theaters now."

#: Pages that credit a cast as "Figur (Schauspieler)" but judge nothing, the way press kits, distributors'
#: and film databases' pages, "new this week" lists and trailer news do. Synopsis sentences with credit pairs.
CAST_SYNOPSIS = [
    "{place}, {year}. {first} ({name}) is a {job} who has lived alone for years.",
    "When {event}, {pron} turns to an old friend, {first2} ({name2}), for help.",
    "But his father, {first3} ({name3}), is keeping a secret that changes everything.",
    "Soon {first} must decide who {pron} can still trust.",
    "Together with her neighbour {first3} ({name3}), {pron} sets out to uncover the truth.",
    "While {first2} ({name2}) wants to sell the house, {first} fights for the family's legacy.",
]

#: A distributor's own praise: judging words that present a film rather than judge it.
MARKETING = [
    "A heartwarming story of courage, friendship and family.",
    "A gripping thriller with an all-star cast.",
    "Based on the award-winning novel by {name3}.",
    "A hilarious comedy for the whole family.",
    "From the director of the acclaimed {title2}.",
    "A stunning, unforgettable journey you won't want to miss.",
]

#: A press kit's or distributor's page: headings, labels, lines.
PRESS_HEADS = ["PRESS NOTES", "Press kit", "PRODUCTION NOTES", "Distributor information", ""]

SYNOPSIS_LABELS = ["SYNOPSIS", "Synopsis", "Plot summary", "Storyline", ""]

CAST_LABELS = ["CAST", "Cast and crew", "Cast", ""]

FILM_BY = "A film by {name}"

RELEASE_LINE = "Release date: {month} {d}"

CAST_AS = "{name} as {first}"

#: The running-time line (``{age}``: an age rating from AGE_RATINGS, where the language's pages give one).
RUNTIME_LINE = "Running time: {runtime}"

AGE_RATINGS: list[int] = []

#: A running time: the units after the minutes; the hours-and-minutes form, if pages use one.
RUNTIME_UNITS = ["min", "minutes", "mins"]

RUNTIME_HOURS = "{h}h {m}m"

DIRECTOR_BIO = "About the director\n{name} was born in {year} in {place} and studied film in London."

PRESS_CONTACT = "Press contact: press@distributor.com"

TICKETS_NOW = "Get tickets now!"

#: One film of a "new this week" list: facts (``{mark}``: a country or a rating from LIST_MARKS), director,
#: the cast's lead-in, the dash between title and text.
LIST_FACTS = "({mark}, {runtime})"

LIST_MARKS = ["PG", "PG-13", "R", "Not rated"]

LIST_DIRECTOR = "Directed by {name3}."

LIST_CAST_LEAD = "With "

LIST_DASH = "—"

#: A "new this week" list's heading, introduction and closing line.
WEEK_HEADS = [
    "New in theaters this week",
    "Opening this weekend",
    "New releases: what's opening Friday",
    "In cinemas now",
]

WEEK_INTROS = [
    "Here's everything opening in cinemas this Friday.",
    "{n2} new films open this week. Here's the rundown.",
    "",
]

WEEK_FEET = ["Find showtimes near you.", "Book tickets online.", ""]

#: A film database's page: the plot label and the credits lines.
DATABASE_PLOT_LABELS = ["Plot summary", "Storyline"]

DATABASE_CREDITS = ["Director: {name3}", "Stars: {name}, {name2}", "See full cast & crew", "Add to Watchlist"]

#: Trailer news crediting the cast.
CAST_NEWS = [
    "The first trailer for {title} dropped on {day}.",
    "The film follows {first} ({name}), a {job} in {place}.",
    "{name2} co-stars as the mysterious {first2}.",
    "{name3}, whose debut {title2} was a surprise hit, directs.",
    "{title} opens in theaters on {month} {d}.",
    "Watch the trailer below and let us know what you think.",
    "Little is known about the plot, except that {first2} ({name2}) is hiding something.",
]

#: A streaming "what's new" list: headings, kinds of title, an entry, the closing line.
STREAMING_HEADS = ["What's new on streaming this week", "Everything coming to Netflix, Max and Hulu in {month}"]

STREAMING_KINDS = ["film", "Season 2", "documentary"]

STREAMING_ENTRY = "{title} ({kind}, {month:.3}. {d})"

STREAMING_CLOSE = "Which are you most excited about? Let us know in the comments."

#: A TV programme with one-line blurbs: headings, the facts, the time (``{hour12}``: on a 12-hour clock).
TV_HEADS = ["TV listings", "Tonight on TV"]

TV_FACTS = "{genre} ({year})"

TV_TIME = "{hour12}.{minute}pm"

#: Headings over critics' short reviews.
SHORT_HEADS = ["Film review", "Short take", "New this week", "Capsule", "", "", ""]

#: Interview answers in everyday words (stance adverbs, negation, "man"), with the questions that draw them out.
PLAIN_INTERVIEW = [
    (
        "What was the first day like?",
        "Honestly, pretty chaotic. You think you've planned everything, and then it just rains.",
    ),
    ("Were you nervous about the part?", "Not really. But I had a lot of respect for it, I'll say that."),
    ("What did you learn from {first}?", "That you don't have to explain everything. That was really something."),
    ("How have audiences reacted?", "Quite differently. Some people laugh, some not at all, and that's fine."),
    ("Why did it take so long?", "Because we had no money. Just that, sadly."),
    ("Do you read reviews?", "No, never. You'd go mad, I think."),
    (
        "What was it like working with kids?",
        "Exhausting, but somehow freeing too. Kids don't act, they're simply there.",
    ),
    ("What was harder than you expected?", "The night shoots. After three weeks you hardly know what day it is."),
    ("Would you do it the same way again?", "Yes, even so. Maybe with a bit more sleep."),
    ("What does {place} mean to you?", "A lot. I grew up there, and you never quite get away."),
    ("Were there fights on set?", "Not really. It was a tiny crew, so it couldn't have worked any other way."),
    ("What's next?", "Nothing, for a while. I don't want to shoot anything for a bit."),
]

PLAIN_INTERVIEW_HEADS = [
    "{name} talks about {title}",
    "'You don't have to explain everything'",
    "Interview: {name}",
    "",
]

PLAIN_INTERVIEW_INTROS = [
    "{name} plays a {job} in {place} in {title}. We spoke to her.",
    "{title} opens on {month} {d}. A conversation with director {name}.",
    "",
]

PLAIN_INTERVIEW_LABELS = [("", ""), ("Q", "A"), ("", "{surname}")]

#: News quoting people who speak in everyday words: the quotes carry the stance, the page reports.
PLAIN_NEWS_QUOTES = [
    '"Honestly, we never thought this many people would come," the organiser said.',
    '"It\'s simply a great place to shoot, we hardly had to change anything," {name} said.',
    '"Sadly we couldn\'t do everything people asked for," a spokesperson said.',
    '"Without the fund it just wouldn\'t have happened," said {name2}.',
    '"We\'re really glad it worked out even so," the producer said.',
    '"You can tell audiences want to be back in cinemas," said a cinema owner in {place}.',
]

#: Titles that hold judging words, for lists of titles (a "what's new" list's titles are not praise).
PRAISE_TITLES = [
    "Brilliant Minds",
    "Perfect Strangers",
    "Beautiful Liars",
    "Sweet Dreams",
    "Wild at Heart",
    "Great Expectations",
    "Little Miracles",
    "The Best of Us",
    "Wonderful Days",
    "Glorious Summer",
]

WHATS_NEW_HEADS = ["New on {service} in {month}", "Everything coming to {service} in {month}"]

WHATS_NEW_ITEM = "{title} ({month} {d})"

#: Round 12c: a distributor's short blurb sells as well as praises: calls to the audience and release lines.
SALES_LINES = [
    "In cinemas {month} {d}.",
    "Now on DVD and Blu-ray with exclusive extras.",
    "Experience the event of the year.",
    "Experience the magic on the big screen.",
    "Now streaming on {service}. Watch it tonight.",
    "Book your tickets now.",
    "Fun for the whole family - get your tickets today!",
    "Critics are calling it a triumph.",
]

#: A distributor's praise in critics' words, without a word of reservation.
BLURB_PRAISE = [
    "A thrilling, heartfelt adventure bursting with humour and heart.",
    "Gripping, moving and brilliantly acted, it is cinema that stays with you.",
    "A hilarious, wonderfully warm comedy with a dazzling ensemble.",
    "Breathtakingly directed and suspenseful to the very last minute.",
    "A magical, captivating film with stunning visuals.",
    "Powerful, tender and unforgettable: a masterpiece about {theme}.",
]

BLURB_THEMES = ["friendship", "courage", "love", "growing up", "family and home"]

#: Round 13: a review read out on air, short: the host's opening, remarks that are no questions, more questions
#: that draw a critic out, and the closing line (``{critic}``: the critic's surname).
ON_AIR_OPENINGS = [
    "Our film critic {critic} has seen {title}. {critic}, what's it about?",
    "And now to this week's new films. {critic} is here with {title}. What's the story?",
    "{critic}, you've seen {title}.",
    "Let's talk about {title}, which opens on {day}. What did you make of it?",
]

#: What the critic says the film is about, in a sentence without a synopsis's plot verbs.
ON_AIR_ABOUT = [
    "It's about a {job} in {place} and the year everything changes for her.",
    "It's a {genre} set in {place}, about a {job} and her family.",
    "Basically it's the story of a {job} in {place}, and of a letter from the past.",
    "A {job} in {place}, a family secret, one long winter. That's the set-up.",
]

ON_AIR_REMARKS = [
    "Sounds like a chamber piece.",
    "That sounds pretty bleak.",
    "So not one for the kids, then.",
    "I saw the trailer, it looked fun.",
    "Go on.",
]

ON_AIR_QUESTIONS = [
    "And did it work for you?",
    "Any reservations?",
    "And the lead?",
    "But?",
    "So should people go?",
    "What about the ending?",
    "How does it look?",
    "Is it as funny as it sounds?",
]

ON_AIR_CLOSINGS = ["{critic} on {title}, which opens on {day}.", "Thanks, {critic}.", "{title} is in theaters now."]

#: Round 13: interview answers that praise, in the interviewee's own voice (a director on the cast, an actor on the
#: director): the praise is the maker's, not a critic's.
PRAISE_INTERVIEW = [
    (
        "What was it like working with {name2}?",
        "Wonderful, honestly. She's one of the most generous actors I've ever worked with.",
    ),
    ("How did you find your lead?", "At an open casting. She walked in and I knew immediately. She's extraordinary."),
    ("Are you happy with the film?", "Very. It's the most personal thing I've made, and I'm proud of every frame."),
    ("What was the shoot like?", "Brutal but beautiful. We had four hours of light a day, and our crew was amazing."),
    ("Who surprised you most?", "The kids. We cast them in a school, and they were brilliant, all of them."),
    ("How did you work with the composer?", "Closely. His score is gorgeous, I think it's the heart of our film."),
    ("What was the hardest scene?", "The storm at the end. We shot it in a tank for nine days, and it looks stunning."),
    (
        "What did the festival win mean to you?",
        "Everything. We made it with no money, and I'm so grateful to our team.",
    ),
]

INTERVIEW_HOST_LABELS = [("HOST", "{SURNAME}"), ("Host", "{surname}"), ("INTERVIEWER", "{SURNAME}")]

#: Round 13: distributors' taglines (praise stacked before a genre and a list of themes) with no call to the audience.
TAGLINES = [
    "A {adj}, {adj2} {genre} about {theme}, {theme2} and {theme3}.",
    "A {adj} {genre} of {theme}, {theme2} and {theme3}, featuring a wonderful ensemble cast.",
    "A {adj}, {adj2} {genre} about {theme}, {theme2} and the courage to start again, from the director of {title2}.",
    "From the award-winning team behind {title2} comes a {adj} {genre} about {theme} and {theme2}.",
    "A {adj}, {adj2} {genre} about {theme}, {theme2} and {theme3}, with a star-making turn from {name3}.",
]

TAGLINE_ADJECTIVES = (
    "dazzling heartfelt big-hearted hilarious moving uplifting breathtaking tender gripping joyous".split()
)

TAGLINE_GENRES = "comedy drama adventure story tale thriller romance journey".split()

TAGLINE_THEMES = "family friendship love courage forgiveness hope loss belonging home loyalty".split()

#: A critic's sentence of the same shape, with the critic's reservation after it.
CRITIC_TAGLINES = [
    "It's a {adj} {genre} about {theme}, {theme2} and {theme3}, though it never quite earns its ending.",
    "A {adj} {genre} about {theme} and {theme2}, but the script is too neat by half.",
    "This is a {adj}, {adj2} {genre} about {theme}, {theme2} and {theme3}, and not much more than that.",
]

#: A TV guide's evening with times in words ("8pm, BBC Two"): the time, the channel, a title and a line of plot.
WORD_TIME = "{hour12}{minute}pm"

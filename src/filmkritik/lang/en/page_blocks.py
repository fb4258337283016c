"""English labels of a web page's non-article blocks (see :mod:`filmkritik.read.page_blocks`).

Each label names a box a crawler's text extraction keeps around a review: links to other articles, the
readers' comments, the author's bio, a newsletter box, the previous/next article. Lower case; a label
matches at the start of a line, alone ("Related stories") or before a colon ("Read more: ...").
"""

#: Boxes of links to other articles, lists and galleries: their lines name other films and people.
RELATED = (
    "explore more on these topics",
    "explore more on this topic",
    "more on this story",
    "more on this topic",
    "more like this",
    "similar films",
    "similar movies",
    "you may also enjoy",
    "popular reviews",
    "related posts",
    "more posts",
    "latest posts",
    "popular posts",
    "more stories",
    "related",
    "related articles",
    "related stories",
    "related reviews",
    "related content",
    "related links",
    "more reviews",
    "more movie reviews",
    "more film reviews",
    "latest reviews",
    "you might also like",
    "you may also like",
    "you might like",
    "keep reading",
    "read more",
    "read next",
    "read also",
    "also read",
    "see also",
    "what to read next",
    "recommended",
    "recommended for you",
    "most read",
    "most viewed",
    "most popular",
    "trending",
    "trending now",
    "top stories",
    "top 10 films this week",
    "the best films of the week",
    "photo gallery",
    "gallery",
    "in pictures",
)

#: The readers' comments: their opinions are not the critic's.
COMMENTS = (
    "user reviews",
    "audience reviews",
    "reader reviews",
    "member reviews",
    "user ratings",
    "comments",
    "reader comments",
    "readers' comments",
    "join the discussion",
    "join the conversation",
    "leave a comment",
    "leave a reply",
    "responses",
    "discussion",
)

#: The author's bio.
BIO = ("about the author", "about the writer", "about the critic", "author bio")

#: Newsletter and subscription boxes.
NEWSLETTER = ("newsletter", "sign up", "subscribe", "join our newsletter", "sign up for our newsletter")

#: Links to the neighbouring articles.
NEIGHBOURS = (
    "previous article",
    "next article",
    "previous review",
    "next review",
    "previous",
    "next",
    "previous post",
    "next post",
)

#: A comment's opening without a label above: "moviebuff1984 wrote on 12 March:".
COMMENT_OPENING = r"wrote\s+on|commented\s+on|reply\s+from|replied\s+on"

#: Words of an author's bio: "X is a film critic", "X writes about film and television".
BIO_WORDS = r"film\s+critic|critic\b|journalist\b|writes\s+(?:about|for)|has\s+(?:written|reviewed|covered)"

#: Words of a heading over the film's cast or credits ("The cast at a glance:", "Starring", "Full credits"): a
#: bulleted list under it names the film's people, it is no sidebar of teasers.
CAST_WORDS = ("cast", "starring", "credits", "players", "voices", "voice cast", "ensemble")

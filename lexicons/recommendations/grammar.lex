# grammar.lex -- the closed-class words the recommendations plugin's rules
# look at around a cue.  Each category is one role; the plugin reads them by
# id, so a role's words can be extended here without touching the code.
#   skip      adverbs and fillers between a cue and its verb ("should also
#             further", "must not"); words ending in -ly are skipped too
#   be        present forms of "be" (passive cues: "States are encouraged to")
#   bepast    past forms of "be" and the perfect ("was requested", "should have")
#   intro     words opening an introductory phrase before a UPR imperative
#             ("In line with its Constitution, adopt ...")
#   bound     words that end the object of a verb ("adopt measures to ..."),
#             as punctuation does
#   conj      coordinators joining two actions ("ratify and implement")
#   cond      words that make a "should" conditional ("if they should")
#   det       words that cannot start an action (after "to": "to the")
#   self      first-person subjects of a base-form recommending verb
#             ("I recommend that", "We urge")
#   to        the infinitive marker
#   that      the complementizer of "recommends that"
#   there     "there is a need to"
#   it        the subject of "it is important to"
#   noun      words that, right after a sentence's first word, show it is a
#             noun and not an imperative ("Review of ...", "Support was ...")
@scheme	recommendation-grammar
@version	1
@category	skip	Skipped words
@category	be	Present of be
@category	bepast	Past of be
@category	intro	Introductory phrase
@category	bound	End of object
@category	conj	Coordinator
@category	cond	Conditional
@category	det	Determiners
@category	self	First person
@category	to	Infinitive marker
@category	that	Complementizer
@category	there	Existential there
@category	noun	After a noun
@category	it	Expletive it

skip	also
skip	further
skip	still
skip	jointly
skip	not
skip	therefore
skip	thus
skip	now
skip	again
skip	both
skip	all
skip	equally
skip	likewise
skip	moreover
skip	henceforth
skip	urgently
skip	immediately
skip	swiftly
skip	seriously
skip	strongly
skip	duly
skip	fully
skip	better
skip	today
skip	here
skip	meanwhile
skip	overall
skip	finally
skip	first
skip	second
skip	third
skip	lastly
skip	yet
skip	however
skip	hence
skip	indeed
skip	instead
skip	nevertheless
skip	nonetheless
skip	accordingly
skip	consequently
skip	furthermore

be	be
be	is
be	are
be	am
be	remain
be	remains
bepast	was
bepast	were
bepast	been
bepast	have
bepast	has
bepast	had

intro	in
intro	with
intro	through
intro	within
intro	while
intro	as
intro	given
intro	bearing
intro	taking
intro	on
intro	for
intro	regarding
intro	consistent
intro	under
intro	following
intro	building
intro	recalling
intro	noting
intro	when
intro	after
intro	before
intro	during
intro	upon
intro	by
intro	until
intro	once
intro	despite
intro	whereas
intro	because
intro	though
intro	although
intro	since

bound	to
bound	in
bound	for
bound	with
bound	by
bound	that
bound	on
bound	aimed
bound	so
bound	which
bound	through

conj	and
conj	or

cond	if
cond	whether
cond	unless
cond	lest

det	the
det	a
det	an
det	this
det	that
det	these
det	those
det	its
det	their
det	his
det	her
det	our
det	your
det	my
det	which
det	whom
det	what
det	date
det	such
det	this
det	it
det	them

self	i
self	we

to	to
that	that
there	there
noun	of
noun	was
noun	were
noun	is
noun	are
noun	has
noun	have
noun	had
noun	will
noun	would
noun	can
noun	could
noun	may
noun	might
noun	must
noun	should
noun	shall
it	it

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
#   self      the first person: subjects of a base-form recommending verb
#             ("I recommend that", "We urge"); "Permit me", "Let us" are
#             not imperatives of a recommendation
#   to        the infinitive marker
#   that      the complementizer of "recommends that"
#   there     "there is a need to"
#   it        the subject of "it is important to"
#   art       articles and possessives that follow an imperative ("Transpose
#             the Directive")
#   fn        function words that are never the verb after a cue ("should
#             but promote", "Otherwise the ...", "I should like to")
#   discourse verbs that after "it is necessary to" comment on the text
#             rather than ask for an action ("to stress that", "to point out")
#   incl      words opening a parenthetical list inside a subject ("States,
#             including A, B and C, should"): the addressee is before it
#   neg       negations between a cue and its verb: the action is one to
#             refrain from ("should not criminalize"; attribute negated=yes)
#   noun      words that, right after a sentence's first word, show it is a
#             noun and not an imperative ("Review of ...", "Support was ...")
#   lynoun    nouns and names ending in -ly, which are not skipped as
#             adverbs ("Italy should adopt" is addressed to Italy)
#   nonverb   adjectives, quantifiers and nouns that open noun phrases and
#             have no ending that shows it ("Greater support", "Due
#             regard", "Human rights education"): never taken for a verb
#             actions.lex does not list (after a cue, or opening a UPR
#             recommendation where no rule found an action); "Full
#             implementation of" is still an action named by a noun; also
#             adverbs opening a sentence of a speech ("Then", "Almost")
#   xref      cross-references: "see" before a link, a document symbol, a
#             number or another xref word ("annex", "above") points at
#             something and asks for no action
#   clause    relative words and subordinating conjunctions: a clause of
#             its own starts ("Support the authorities and those who are")
#   modal     modal verbs; with be and bepast, the finite verb that shows a
#             sentence's first word heads its subject ("Work in almost all
#             countries has been", "Change will come"): no imperative
#   lead      words among the first of a UPR list's lead-in ("The
#             recommendations ... enjoy the support of Kenya:", "The response
#             of Somalia to the recommendations"): only such a sentence is
#             read as one
@scheme	recommendation-grammar
@version	2
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
@category	neg	Negation
@category	art	Articles
@category	fn	Function words
@category	discourse	Discourse verbs
@category	incl	Parenthetical lists
@category	lynoun	Nouns in -ly
@category	nonverb	Not verbs
@category	xref	Cross-references
@category	clause	Clause openers
@category	modal	Modal verbs
@category	lead	UPR lead-ins

skip	=also
skip	=further
skip	=still
skip	=jointly
skip	=not
skip	=therefore
skip	=thus
skip	=now
skip	=again
skip	=both
skip	=either
skip	=all
skip	=equally
skip	=likewise
skip	=moreover
skip	=henceforth
skip	=urgently
skip	=immediately
skip	=swiftly
skip	=seriously
skip	=strongly
skip	=duly
skip	=fully
skip	=only
skip	=even
skip	=just
skip	=always
skip	=often
skip	=rather
skip	=perhaps
skip	=better
skip	=today
skip	=here
skip	=meanwhile
skip	=overall
skip	=finally
skip	=first
skip	=second
skip	=third
skip	=lastly
skip	=yet
skip	=however
skip	=hence
skip	=indeed
skip	=instead
skip	=nevertheless
skip	=nonetheless
skip	=accordingly
skip	=consequently
skip	=furthermore

be	=be
be	=is
be	=are
be	=am
be	=remain
be	=remains
bepast	=was
bepast	=were
bepast	=been
bepast	=have
bepast	=has
bepast	=had

intro	=in
intro	=with
intro	=through
intro	=within
intro	=while
intro	=as
intro	=given
intro	=bearing
intro	=taking
intro	=on
intro	=for
intro	=regarding
intro	=consistent
intro	=under
intro	=following
intro	=building
intro	=recalling
intro	=noting
intro	=when
intro	=after
intro	=before
intro	=during
intro	=upon
intro	=by
intro	=until
intro	=once
intro	=despite
intro	=whereas
intro	=because
intro	=though
intro	=although
intro	=since
intro	=whilst
intro	=amid
intro	=amidst
intro	=along
intro	=prior
intro	=without

bound	=to
bound	=in
bound	=for
bound	=with
bound	=by
bound	=that
bound	=on
bound	=aimed
bound	=so
bound	=which
bound	=through

conj	=and
conj	=or

cond	=if
cond	=whether
cond	=unless
cond	=lest

det	=the
det	=a
det	=an
det	=this
det	=that
det	=these
det	=those
det	=its
det	=their
det	=his
det	=her
det	=our
det	=your
det	=my
det	=which
det	=whom
det	=what
det	=date
det	=such
det	=it
det	=them

self	=i
self	=we
self	=me
self	=us

to	=to
that	=that
there	=there
noun	=of
noun	=was
noun	=were
noun	=is
noun	=are
noun	=has
noun	=have
noun	=had
noun	=will
noun	=would
noun	=can
noun	=could
noun	=may
noun	=might
noun	=must
noun	=should
noun	=shall
it	=it
neg	=not
neg	=never
skip	=never
art	=the
art	=a
art	=an
art	=its
art	=their
art	=his
art	=her
art	=our
fn	=but
fn	=nor
fn	=like
fn	=than
fn	=of
fn	=from
fn	=without
fn	=into
fn	=onto
fn	=upon
fn	=about
fn	=otherwise
fn	=unless
fn	=whereby
fn	=thereby
discourse	=stress
discourse	=point
discourse	=note
discourse	=recall
discourse	=underline
discourse	=underscore
discourse	=mention
discourse	=say
discourse	=reiterate
discourse	=repeat
discourse	=emphasize
discourse	=emphasise
discourse	=highlight
discourse	=remember
discourse	=bear
discourse	=noted
discourse	=stressed
discourse	=recalled
discourse	=emphasized
discourse	=emphasised
discourse	=underlined
discourse	=mentioned
discourse	=said
discourse	=pointed
discourse	=borne
discourse	=highlighted
discourse	=recognized
discourse	=recognised
discourse	=remembered
fn	=over
fn	=across
fn	=among
fn	=amongst
fn	=between
fn	=toward
fn	=towards
fn	=via
fn	=per
fn	=beyond
fn	=amid
fn	=around
fn	=against
fn	=behind
fn	=below
fn	=above
fn	=along
fn	=beside
fn	=besides
fn	=throughout
discourse	=read
incl	=including
incl	=notably
incl	=particularly
incl	=especially
incl	=namely
incl	=such
lynoun	=italy
lynoun	=sicily
lynoun	=family
lynoun	=assembly
lynoun	=supply
lynoun	=reply
lynoun	=anomaly
lynoun	=monopoly
lynoun	=ally
lynoun	=rally
lynoun	=july
lynoun	=homily

nonverb	=due
nonverb	=prior
nonverb	=most
nonverb	=many
nonverb	=several
nonverb	=some
nonverb	=any
nonverb	=each
nonverb	=every
nonverb	=other
nonverb	=another
nonverb	=greater
nonverb	=higher
nonverb	=wider
nonverb	=broader
nonverb	=stronger
nonverb	=larger
nonverb	=closer
nonverb	=deeper
nonverb	=new
nonverb	=certain
nonverb	=same
nonverb	=whole
nonverb	=main
nonverb	=major
nonverb	=key
nonverb	=human
nonverb	=gender
nonverb	=genuine
nonverb	=full
nonverb	=people
nonverb	=women
nonverb	=men
nonverb	=youth
nonverb	=children
nonverb	=law
nonverb	=country
nonverb	=society
nonverb	=justice
nonverb	=health
nonverb	=poverty
nonverb	=labour
nonverb	=labor
nonverb	=school
nonverb	=child
nonverb	=land
nonverb	=food
nonverb	=death
nonverb	=birth
nonverb	=freedom
nonverb	=media
nonverb	=press
# adverbs and other words that open a sentence of a speech and are no
# verb ("Almost a year later", "Then the third stage", "None the less")
nonverb	=then
nonverb	=where
nonverb	=none
nonverb	=neither
nonverb	=later
nonverb	=almost
nonverb	=yesterday
nonverb	=unlike
nonverb	=soon
nonverb	=quite
nonverb	=how
nonverb	=why
nonverb	=outside
nonverb	=alongside
nonverb	=ever
nonverb	=too
nonverb	=very

# cross-references: "see" or "cf." before a link, a document symbol, a
# number or one of these words is a pointer, not an action ("See
# https://...", "(see A/77/PV.6)", "see annex to the present report")
xref	=see
xref	=cf
xref	=annex
xref	=annexes
xref	=chapter
xref	=chapters
xref	=section
xref	=sections
xref	=table
xref	=tables
xref	=figure
xref	=figures
xref	=paragraph
xref	=paragraphs
xref	=para
xref	=paras
xref	=footnote
xref	=footnotes
xref	=note
xref	=box
xref	=above
xref	=below
xref	=appendix
xref	=recommendation
xref	=recommendations
clause	=which
clause	=who
clause	=whose
clause	=whom
clause	=where
clause	=when
clause	=if
clause	=so
clause	=because
clause	=while
clause	=until
clause	=unless
clause	=as
clause	=since
clause	=once
clause	=whether
clause	=before
clause	=after
modal	=will
modal	=would
modal	=can
modal	=could
modal	=must
modal	=should
modal	=may
modal	=might
modal	=shall
lead	=recommendations
lead	=recommendation
lead	=response

# cues.lex -- what makes a sentence recommend an action, and how binding it is.
#
# Categories are the strength axis of DESIGN.md (binding > strong > soft);
# `kind=` says how the recommendations plugin finds the action a cue governs:
#   modal  the cue is followed by the action verb, optionally after adverbs
#          or "be" for a passive: "States should adopt", "must be repealed",
#          "needs to consider", "may wish to explore".
#   verb   a recommending verb in the present tense, with the addressee
#          after it and the action after "to" or in a "that" clause:
#          "calls upon all Member States to ratify", "recommends that the
#          State party adopt".  Its past tense is narrative, not a cue
#          ("requested the High Commissioner to report"), except in the
#          passive present ("States are encouraged to", "is requested to")
#          and as the first word of a list item ("Recommended that ..."),
#          and in a reported proposal ("It was proposed that X be Y").
#          `passive=only` restricts the verb to that passive use.
#   self=no  not a cue after "I" or "we" ("I shall not dwell on": future).
#   det=no   not a cue within two words after a determiner (the noun:
#            "the need to", "an urgent need to").
#   adj    "it is important / crucial / essential ... to" + action, with
#          "it" as the subject ("cooperation is essential to X" evaluates).
#   need   "there is a need to" + action (the noun, not the modal), and
#          "X is / are needed to" + action.
# Terms are lemmas written as exact words (`=`): the plugin derives their
# regular inflections itself.
@scheme	recommendation-cues
@version	1
@category	binding	Binding	strength=binding
@category	strong	Strong	strength=strong
@category	soft	Soft	strength=soft

binding	=must	kind=modal
binding	=shall	kind=modal	self=no
binding	=have =to	kind=modal
binding	=has =to	kind=modal
strong	=should	kind=modal
strong	=ought =to	kind=modal
strong	=need =to	kind=modal	det=no
soft	=may =wish =to	kind=modal
soft	=might =wish =to	kind=modal
soft	=may =want =to	kind=modal

binding	=decide	kind=verb
binding	=demand	kind=verb
binding	=require	kind=verb	passive=only
binding	=oblige	kind=verb	passive=only
binding	=obligate	kind=verb	passive=only
strong	=urge	kind=verb
strong	=call =upon	kind=verb
strong	=call =on	kind=verb
strong	=recommend	kind=verb
strong	=request	kind=verb
strong	=exhort	kind=verb
strong	=appeal =to	kind=verb
strong	=ask	kind=verb	passive=only
soft	=encourage	kind=verb
soft	=invite	kind=verb
soft	=propose	kind=verb
soft	=suggest	kind=verb
soft	=advise	kind=verb

strong	=important	kind=adj
strong	=crucial	kind=adj
strong	=essential	kind=adj
strong	=imperative	kind=adj
strong	=urgent	kind=adj
strong	=necessary	kind=adj
strong	=vital	kind=adj
strong	=critical	kind=adj
strong	=indispensable	kind=adj
soft	=advisable	kind=adj
soft	=desirable	kind=adj
soft	=useful	kind=adj

strong	=need	kind=need

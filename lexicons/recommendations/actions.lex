# actions.lex -- action verbs of recommendations, with their UPR Info action
# category (1 minimal ... 5 specific) and lemma.
#
# The recommendations plugin reads the category of a recommended action from
# here: `category=N` on each entry (the entry's @category says the same).
# `object=yes` marks a verb whose category depends on its object (adopt a law
# -> 5, adopt measures -> 4): the plugin then looks the object up in
# objects.lex and falls back to the category given here.  `forms=` lists
# irregular inflections (past tense, past participle) the plugin cannot
# derive from the lemma.  `noun=yes` marks a verb that is also a common
# noun: at the start of a sentence or list item, followed by a preposition
# ("Support for ..."), it is a noun.  `nouns=` lists the verb's
# nominalisations (adopt: `nouns=adoption`; repeal: `nouns=repeal`): at the
# start of a UPR recommendation or list item, or right after a recommending
# verb, "Adoption of a law", "The early ratification of", "recommends the
# establishment of" name the action, annotated on the noun and labelled
# with the verb's lemma.  Phrases (`step up`) are verb + particle(s); the
# plugin also knows their hyphenated spelling (`Speed-up` is one token).
#
# Sources: the category most often given by UPR Info to recommendations that
# start with the verb, counted on the training files only (UPR sessions
# 1-17; sessions 18-20 are kept for the evaluation), then checked by hand
# against UPR Info's published scale (DESIGN.md); verbs UN prose uses after
# "should" or "calls upon ... to" that never start a UPR recommendation were
# added by hand with the category of the scale's definitions.
@scheme	recommendation-actions
@version	1
@category	cat1	Minimal action	category=1
@category	cat2	Continuing action	category=2
@category	cat3	Considering action	category=3
@category	cat4	General action	category=4
@category	cat5	Specific action	category=5

# Phrasal verbs and verb + object idioms (the particle decides the meaning).
cat1	=call =on	lemma=call on	category=1
cat1	=call =upon	lemma=call upon	category=1
cat1	=call =for	lemma=call for	category=1
cat4	=step =up	lemma=step up	category=4
cat4	=speed =up	lemma=speed up	category=4
cat4	=speed	lemma=speed up	category=4
cat4	=scale =up	lemma=scale up	category=4
cat4	=follow =up	lemma=follow up	category=4
cat4	=put =an =end	lemma=put an end	category=4
cat5	=put =in =place	lemma=put in place	category=5
cat5	=put =into =place	lemma=put into place	category=5
cat5	=carry =out	lemma=carry out	category=5	object=yes
cat5	=set =up	lemma=set up	category=5
cat5	=draw =up	lemma=draw up	category=5
cat4	=pay =attention	lemma=pay attention	category=4
cat4	=pay =particular =attention	lemma=pay attention	category=4
cat4	=pay =special =attention	lemma=pay attention	category=4
cat3	=look =into	lemma=look into	category=3
cat4	=fast =track	lemma=fast-track	category=4

# Single verbs, most frequent first.
cat2	=continue	lemma=continue	category=2	nouns=continuation|continuity
cat4	=take	lemma=take	category=4	forms=taken|took
cat3	=consider	lemma=consider	category=3	nouns=consideration
cat5	=ratify	lemma=ratify	category=5	nouns=ratification
cat4	=ensure	lemma=ensure	category=4
cat4	=strengthen	lemma=strengthen	category=4
cat5	=adopt	lemma=adopt	category=5	object=yes	nouns=adoption
cat5	=establish	lemma=establish	category=5	nouns=establishment
cat5	=implement	lemma=implement	category=5	object=yes	nouns=implementation
cat4	=intensify	lemma=intensify	category=4	nouns=intensification
cat5	=sign	lemma=sign	category=5	nouns=signature
cat4	=increase	lemma=increase	category=4	noun=yes
cat5	=develop	lemma=develop	category=5	object=yes	nouns=development
cat5	=accede	lemma=accede	category=5	nouns=accession
cat3	=review	lemma=review	category=3	noun=yes
cat4	=provide	lemma=provide	category=4	object=yes	nouns=provision
cat5	=extend	lemma=extend	category=5	nouns=extension
cat2	=pursue	lemma=pursue	category=2	nouns=pursuit
cat4	=make	lemma=make	category=4	object=yes	forms=made
cat5	=abolish	lemma=abolish	category=5	nouns=abolition|abolishment
cat5	=amend	lemma=amend	category=5	nouns=amendment
cat4	=improve	lemma=improve	category=4	nouns=improvement
cat4	=undertake	lemma=undertake	category=4	object=yes	forms=undertaken|undertook
cat5	=enact	lemma=enact	category=5	nouns=enactment
cat4	=promote	lemma=promote	category=4	nouns=promotion
cat1	=seek	lemma=seek	category=1	forms=sought
cat4	=enhance	lemma=enhance	category=4	nouns=enhancement
cat4	=guarantee	lemma=guarantee	category=4
cat4	=accelerate	lemma=accelerate	category=4	nouns=acceleration
cat5	=repeal	lemma=repeal	category=5	nouns=repeal
cat4	=give	lemma=give	category=4	object=yes	forms=given|gave
cat5	=introduce	lemma=introduce	category=5	object=yes	nouns=introduction
cat5	=issue	lemma=issue	category=5
cat5	=investigate	lemma=investigate	category=5	nouns=investigation
cat1	=share	lemma=share	category=1
cat4	=address	lemma=address	category=4
cat2	=maintain	lemma=maintain	category=2	nouns=maintenance
cat4	=reinforce	lemma=reinforce	category=4	nouns=reinforcement
cat4	=redouble	lemma=redouble	category=4
cat5	=withdraw	lemma=withdraw	category=5	forms=withdrawn|withdrew	nouns=withdrawal
cat5	=bring	lemma=bring	category=5	forms=brought
cat4	=work	lemma=work	category=4
cat5	=complete	lemma=complete	category=5	nouns=completion
cat5	=become	lemma=become	category=5	forms=became
cat5	=include	lemma=include	category=5
cat5	=end	lemma=end	category=5
cat4	=respect	lemma=respect	category=4
cat5	=incorporate	lemma=incorporate	category=5	nouns=incorporation
cat5	=create	lemma=create	category=5	nouns=creation
cat5	=allow	lemma=allow	category=5
cat4	=expedite	lemma=expedite	category=4
cat5	=conduct	lemma=conduct	category=5
cat3	=revise	lemma=revise	category=3	nouns=revision
cat5	=eliminate	lemma=eliminate	category=5	nouns=elimination
cat5	=remove	lemma=remove	category=5	nouns=removal
cat5	=prohibit	lemma=prohibit	category=5	nouns=prohibition
cat4	=cooperate	lemma=cooperate	category=4	nouns=cooperation
cat4	=follow	lemma=follow	category=4
cat3	=study	lemma=study	category=3
cat5	=decriminalize	lemma=decriminalize	category=5	nouns=decriminalization
cat4	=allocate	lemma=allocate	category=4	nouns=allocation
cat3	=reconsider	lemma=reconsider	category=3
cat5	=raise	lemma=raise	category=5
cat5	=proceed	lemma=proceed	category=5
cat4	=protect	lemma=protect	category=4	nouns=protection
cat5	=recognize	lemma=recognize	category=5	nouns=recognition
cat5	=invite	lemma=invite	category=5	nouns=invitation
cat5	=lift	lemma=lift	category=5
cat4	=encourage	lemma=encourage	category=4
cat1	=request	lemma=request	category=1
cat5	=submit	lemma=submit	category=5	nouns=submission
cat4	=engage	lemma=engage	category=4
cat5	=reform	lemma=reform	category=5	nouns=reform
cat4	=facilitate	lemma=facilitate	category=4	nouns=facilitation
cat4	=consolidate	lemma=consolidate	category=4	nouns=consolidation
cat5	=adhere	lemma=adhere	category=5	nouns=adherence
cat5	=release	lemma=release	category=5	nouns=release
cat5	=accept	lemma=accept	category=5	nouns=acceptance
cat5	=finalize	lemma=finalize	category=5	nouns=finalization
cat5	=respond	lemma=respond	category=5
cat5	=harmonize	lemma=harmonize	category=5	nouns=harmonization|harmonisation
cat4	=prioritize	lemma=prioritize	category=4
cat4	=expand	lemma=expand	category=4	nouns=expansion
cat4	=combat	lemma=combat	category=4
cat4	=support	lemma=support	category=4	noun=yes
cat3	=examine	lemma=examine	category=3	nouns=examination
cat5	=reduce	lemma=reduce	category=5	nouns=reduction
cat3	=explore	lemma=explore	category=3	nouns=exploration
cat5	=launch	lemma=launch	category=5
cat5	=grant	lemma=grant	category=5
cat4	=prevent	lemma=prevent	category=4	nouns=prevention
cat5	=pass	lemma=pass	category=5	nouns=passage
cat5	=initiate	lemma=initiate	category=5	nouns=initiation
cat2	=keep	lemma=keep	category=2	forms=kept
cat5	=commit	lemma=commit	category=5	nouns=commitment
cat5	=elaborate	lemma=elaborate	category=5	nouns=elaboration
cat5	=integrate	lemma=integrate	category=5	nouns=integration
cat5	=enforce	lemma=enforce	category=5	nouns=enforcement
cat4	=identify	lemma=identify	category=4	nouns=identification
cat5	=modify	lemma=modify	category=5	nouns=modification
cat5	=formulate	lemma=formulate	category=5	nouns=formulation
cat4	=move	lemma=move	category=4
cat4	=build	lemma=build	category=4	forms=built
cat5	=conclude	lemma=conclude	category=5	nouns=conclusion
cat5	=stop	lemma=stop	category=5
cat5	=cease	lemma=cease	category=5
cat5	=define	lemma=define	category=5
cat3	=envisage	lemma=envisage	category=3
cat4	=uphold	lemma=uphold	category=4
cat4	=fight	lemma=fight	category=4	forms=fought
cat4	=use	lemma=use	category=4	noun=yes
cat5	=criminalize	lemma=criminalize	category=5	nouns=criminalization
cat5	=impose	lemma=impose	category=5
cat5	=commute	lemma=commute	category=5	nouns=commutation
cat4	=fulfil	lemma=fulfil	category=4	nouns=fulfilment
cat2	=remain	lemma=remain	category=2
cat3	=evaluate	lemma=evaluate	category=3	nouns=evaluation
cat4	=refrain	lemma=refrain	category=4
cat5	=declare	lemma=declare	category=5	nouns=declaration
cat5	=design	lemma=design	category=5
cat4	=exert	lemma=exert	category=4
cat5	=approve	lemma=approve	category=5	nouns=approval
cat5	=publish	lemma=publish	category=5	nouns=publication
cat4	=disseminate	lemma=disseminate	category=4	nouns=dissemination
cat4	=hold	lemma=hold	category=4	forms=held
cat4	=devote	lemma=devote	category=4
cat5	=agree	lemma=agree	category=5
cat5	=organize	lemma=organize	category=5
cat4	=focus	lemma=focus	category=4
cat5	=enable	lemma=enable	category=5
cat4	=accomplish	lemma=accomplish	category=4
cat5	=align	lemma=align	category=5	nouns=alignment
cat4	=place	lemma=place	category=4
cat4	=adjust	lemma=adjust	category=4	nouns=adjustment
cat4	=involve	lemma=involve	category=4	nouns=involvement
cat5	=acknowledge	lemma=acknowledge	category=5
cat5	=abrogate	lemma=abrogate	category=5	nouns=abrogation
cat5	=prepare	lemma=prepare	category=5	nouns=preparation
cat2	=renew	lemma=renew	category=2
cat5	=draft	lemma=draft	category=5
cat2	=persevere	lemma=persevere	category=2
cat5	=start	lemma=start	category=5
cat5	=report	lemma=report	category=5	noun=yes
cat5	=revoke	lemma=revoke	category=5	nouns=revocation
cat4	=institute	lemma=institute	category=4
cat5	=adapt	lemma=adapt	category=5	nouns=adaptation
cat4	=deepen	lemma=deepen	category=4
cat5	=halt	lemma=halt	category=5
cat4	=devise	lemma=devise	category=4
cat5	=eradicate	lemma=eradicate	category=5	nouns=eradication
cat5	=inform	lemma=inform	category=5	nouns=information
cat5	=prosecute	lemma=prosecute	category=5	nouns=prosecution
cat4	=find	lemma=find	category=4	forms=found
cat2	=persist	lemma=persist	category=2
cat4	=abide	lemma=abide	category=4
cat4	=monitor	lemma=monitor	category=4
cat4	=safeguard	lemma=safeguard	category=4
cat4	=act	lemma=act	category=4
cat5	=train	lemma=train	category=5
cat5	=join	lemma=join	category=5
cat5	=restore	lemma=restore	category=5	nouns=restoration
cat3	=assess	lemma=assess	category=3	nouns=assessment
cat2	=sustain	lemma=sustain	category=2
cat5	=confirm	lemma=confirm	category=5
cat5	=meet	lemma=meet	category=5	forms=met
cat4	=strive	lemma=strive	category=4
cat4	=reach	lemma=reach	category=4
cat4	=accord	lemma=accord	category=4
cat4	=begin	lemma=begin	category=4	forms=begun|began
cat4	=foster	lemma=foster	category=4
cat4	=resolve	lemma=resolve	category=4
cat4	=endeavour	lemma=endeavour	category=4
cat5	=open	lemma=open	category=5
cat4	=broaden	lemma=broaden	category=4
cat4	=clarify	lemma=clarify	category=4
cat5	=ban	lemma=ban	category=5
cat5	=reinstate	lemma=reinstate	category=5	nouns=reinstatement
cat5	=designate	lemma=designate	category=5	nouns=designation
cat4	=recommend	lemma=recommend	category=4
cat5	=present	lemma=present	category=5
cat5	=collect	lemma=collect	category=5
cat4	=contribute	lemma=contribute	category=4
cat4	=treat	lemma=treat	category=4
cat4	=advance	lemma=advance	category=4
cat4	=concentrate	lemma=concentrate	category=4
cat5	=change	lemma=change	category=5	noun=yes
cat4	=ease	lemma=ease	category=4
cat5	=criminalise	lemma=criminalise	category=5	nouns=criminalisation
cat4	=demonstrate	lemma=demonstrate	category=4
cat5	=circulate	lemma=circulate	category=5
cat4	=achieve	lemma=achieve	category=4
cat5	=suspend	lemma=suspend	category=5	nouns=suspension
cat5	=endorse	lemma=endorse	category=5	nouns=endorsement
cat4	=permit	lemma=permit	category=4
cat5	=decriminalise	lemma=decriminalise	category=5	nouns=decriminalisation
cat5	=participate	lemma=participate	category=5	nouns=participation
cat4	=embark	lemma=embark	category=4
cat5	=rescind	lemma=rescind	category=5	nouns=rescission
cat4	=invest	lemma=invest	category=4
cat5	=codify	lemma=codify	category=5	nouns=codification
cat4	=condemn	lemma=condemn	category=4
cat5	=update	lemma=update	category=5
cat5	=reiterate	lemma=reiterate	category=5
cat4	=spare	lemma=spare	category=4
cat1	=appeal	lemma=appeal	category=1
cat5	=finalise	lemma=finalise	category=5	nouns=finalisation
cat4	=attach	lemma=attach	category=4
cat3	=analyse	lemma=analyse	category=3
cat5	=resume	lemma=resume	category=5
cat4	=avoid	lemma=avoid	category=4
cat4	=reflect	lemma=reflect	category=4
cat5	=dismantle	lemma=dismantle	category=5
cat4	=limit	lemma=limit	category=4
cat5	=reject	lemma=reject	category=5
cat4	=tackle	lemma=tackle	category=4
cat4	=bolster	lemma=bolster	category=4
cat5	=promulgate	lemma=promulgate	category=5	nouns=promulgation
cat5	=close	lemma=close	category=5	nouns=closure
cat4	=secure	lemma=secure	category=4
cat4	=heed	lemma=heed	category=4
cat5	=specify	lemma=specify	category=5
cat4	=mainstream	lemma=mainstream	category=4
cat4	=deploy	lemma=deploy	category=4	nouns=deployment
cat4	=alleviate	lemma=alleviate	category=4
cat4	=upgrade	lemma=upgrade	category=4
cat5	=enshrine	lemma=enshrine	category=5
cat4	=collaborate	lemma=collaborate	category=4
cat5	=replace	lemma=replace	category=5	nouns=replacement
cat4	=discontinue	lemma=discontinue	category=4	nouns=discontinuation
cat5	=legislate	lemma=legislate	category=5
cat5	=abandon	lemma=abandon	category=5	nouns=abandonment
cat4	=remedy	lemma=remedy	category=4
cat4	=formalize	lemma=formalize	category=4
cat2	=preserve	lemma=preserve	category=2
cat5	=lobby	lemma=lobby	category=5
cat4	=double	lemma=double	category=4
cat4	=educate	lemma=educate	category=4	nouns=education
cat5	=subscribe	lemma=subscribe	category=5
cat4	=streamline	lemma=streamline	category=4
cat1	=ask	lemma=ask	category=1
cat5	=delete	lemma=delete	category=5
cat4	=simplify	lemma=simplify	category=4	nouns=simplification
cat4	=urge	lemma=urge	category=4
cat4	=deal	lemma=deal	category=4
cat4	=realize	lemma=realize	category=4	nouns=realization
cat4	=fulfill	lemma=fulfill	category=4	nouns=fulfillment
cat4	=empower	lemma=empower	category=4	nouns=empowerment
cat5	=authorize	lemma=authorize	category=5
cat5	=transform	lemma=transform	category=5
cat4	=conform	lemma=conform	category=4
cat5	=appoint	lemma=appoint	category=5	nouns=appointment
cat5	=translate	lemma=translate	category=5
cat4	=widen	lemma=widen	category=4
cat4	=coordinate	lemma=coordinate	category=4
cat4	=consult	lemma=consult	category=4	nouns=consultation
cat4	=activate	lemma=activate	category=4
cat5	=transfer	lemma=transfer	category=5
cat4	=modernize	lemma=modernize	category=4
cat4	=prioritise	lemma=prioritise	category=4
cat4	=solve	lemma=solve	category=4
cat5	=equalize	lemma=equalize	category=5
cat5	=recognise	lemma=recognise	category=5
cat5	=organise	lemma=organise	category=5
cat4	=mobilize	lemma=mobilize	category=4
cat4	=mobilise	lemma=mobilise	category=4
cat4	=leverage	lemma=leverage	category=4
cat4	=harness	lemma=harness	category=4
cat4	=assist	lemma=assist	category=4
cat4	=help	lemma=help	category=4
cat4	=reaffirm	lemma=reaffirm	category=4
cat4	=channel	lemma=channel	category=4
cat4	=play	lemma=play	category=4
cat4	=partner	lemma=partner	category=4
cat4	=comply	lemma=comply	category=4
cat4	=counter	lemma=counter	category=4
cat4	=apply	lemma=apply	category=4
cat4	=deliver	lemma=deliver	category=4
cat4	=fund	lemma=fund	category=4
cat4	=finance	lemma=finance	category=4
cat4	=resource	lemma=resource	category=4
cat4	=measure	lemma=measure	category=4
cat4	=learn	lemma=learn	category=4
cat4	=seize	lemma=seize	category=4
cat4	=stand	lemma=stand	category=4
cat4	=listen	lemma=listen	category=4
cat4	=offer	lemma=offer	category=4
cat4	=explain	lemma=explain	category=4
cat4	=discuss	lemma=discuss	category=4
cat5	=punish	lemma=punish	category=5
cat5	=sanction	lemma=sanction	category=5
cat5	=convene	lemma=convene	category=5
cat5	=regulate	lemma=regulate	category=5	nouns=regulation
cat3	=analyze	lemma=analyze	category=3
cat3	=think	lemma=think	category=3
cat3	=weigh	lemma=weigh	category=3
cat1	=exchange	lemma=exchange	category=1

# Less frequent first words of the training recommendations (2-3 each).
cat4	=further	lemma=further	category=4
cat5	=set	lemma=set	category=5
cat4	=do	lemma=do	category=4	forms=done|did
cat4	=come	lemma=come	category=4	forms=came
cat5	=elevate	lemma=elevate	category=5
cat4	=overcome	lemma=overcome	category=4	forms=overcame
cat4	=turn	lemma=turn	category=4
cat5	=denounce	lemma=denounce	category=5
cat1	=avail	lemma=avail	category=1
cat5	=reopen	lemma=reopen	category=5
cat5	=receive	lemma=receive	category=5
cat5	=execute	lemma=execute	category=5
cat4	=sensitize	lemma=sensitize	category=4	nouns=sensitization
cat4	=sensitise	lemma=sensitise	category=4	nouns=sensitisation
cat4	=show	lemma=show	category=4	forms=shown
cat4	=honour	lemma=honour	category=4
cat4	=add	lemma=add	category=4
cat5	=transmit	lemma=transmit	category=5
cat4	=attain	lemma=attain	category=4
cat3	=revisit	lemma=revisit	category=3
cat5	=lower	lemma=lower	category=5
cat5	=outlaw	lemma=outlaw	category=5
cat5	=restrict	lemma=restrict	category=5
cat5	=communicate	lemma=communicate	category=5
cat3	=go	lemma=go	category=3	forms=gone|went
cat4	=stay	lemma=stay	category=4
cat4	=forbid	lemma=forbid	category=4	forms=forbidden|forbade
cat1	=solicit	lemma=solicit	category=1
cat4	=oversee	lemma=oversee	category=4
cat5	=accredit	lemma=accredit	category=5
cat5	=renounce	lemma=renounce	category=5
cat4	=spread	lemma=spread	category=4
cat5	=unify	lemma=unify	category=5
cat5	=derogate	lemma=derogate	category=5
cat4	=observe	lemma=observe	category=4	nouns=observance
cat4	=institutionalize	lemma=institutionalize	category=4
cat5	=standardize	lemma=standardize	category=5
cat4	=see	lemma=see	category=4	forms=seen|saw
cat5	=associate	lemma=associate	category=5
cat4	=maximize	lemma=maximize	category=4
cat4	=bridge	lemma=bridge	category=4
cat5	=inscribe	lemma=inscribe	category=5
cat5	=install	lemma=install	category=5
cat5	=demobilize	lemma=demobilize	category=5
cat4	=render	lemma=render	category=4
cat5	=compile	lemma=compile	category=5
cat5	=suppress	lemma=suppress	category=5
cat4	=refuse	lemma=refuse	category=4
cat4	=push	lemma=push	category=4
cat4	=curb	lemma=curb	category=4
cat5	=record	lemma=record	category=5	noun=yes
cat5	=drop	lemma=drop	category=5
cat5	=track	lemma=track	category=5
cat4	=defend	lemma=defend	category=4
cat4	=enter	lemma=enter	category=4
cat4	=try	lemma=try	category=4
cat4	=emphasize	lemma=emphasize	category=4
cat5	=separate	lemma=separate	category=5
cat5	=earmark	lemma=earmark	category=5
cat4	=abstain	lemma=abstain	category=4
cat5	=redress	lemma=redress	category=5
cat5	=return	lemma=return	category=5	noun=yes
cat4	=toughen	lemma=toughen	category=4
cat4	=send	lemma=send	category=4	forms=sent
cat5	=publicize	lemma=publicize	category=5
cat4	=employ	lemma=employ	category=4
cat4	=base	lemma=base	category=4
cat5	=restart	lemma=restart	category=5
cat4	=direct	lemma=direct	category=4
cat4	=resort	lemma=resort	category=4
cat4	=face	lemma=face	category=4
cat5	=complement	lemma=complement	category=5
cat4	=produce	lemma=produce	category=4
cat4	=concretize	lemma=concretize	category=4
cat4	=operationalize	lemma=operationalize	category=4	nouns=operationalization
cat5	=brief	lemma=brief	category=5
cat4	=rehabilitate	lemma=rehabilitate	category=4
cat3	=foresee	lemma=foresee	category=3
cat4	=assign	lemma=assign	category=4
cat5	=formalise	lemma=formalise	category=5
cat4	=revitalize	lemma=revitalize	category=4
cat4	=determine	lemma=determine	category=4
cat5	=announce	lemma=announce	category=5
cat5	=convert	lemma=convert	category=5
cat5	=tighten	lemma=tighten	category=5
cat5	=transpose	lemma=transpose	category=5	nouns=transposition
cat5	=form	lemma=form	category=5
cat4	=put	lemma=put	category=4

cat2	=carry =on	lemma=carry on	category=2
cat4	=pay	lemma=pay	category=4	forms=paid
cat3	=look	lemma=look	category=3

# First words of the training recommendations in which the plugin found
# no action (evaluate.py --list-none) and verbs unlisted after "to" in
# them, with the category of the scale's definitions (arrest,
# register: specific acts; multiply, rectify, decrease: general; reassess:
# considering).
cat5	=liberate	lemma=liberate	category=5	nouns=liberation
cat5	=arrest	lemma=arrest	category=5
cat5	=register	lemma=register	category=5	noun=yes
cat5	=recruit	lemma=recruit	category=5
cat5	=hire	lemma=hire	category=5
cat5	=penalize	lemma=penalize	category=5	nouns=penalization
cat5	=encode	lemma=encode	category=5
cat5	=prescribe	lemma=prescribe	category=5
cat5	=cancel	lemma=cancel	category=5	nouns=cancellation
cat5	=disarm	lemma=disarm	category=5	nouns=disarmament
cat5	=declassify	lemma=declassify	category=5
cat5	=domesticate	lemma=domesticate	category=5	nouns=domestication
cat5	=gather	lemma=gather	category=5
cat5	=visit	lemma=visit	category=5	noun=yes
cat5	=vote	lemma=vote	category=5
cat5	=reply	lemma=reply	category=5	noun=yes
cat5	=re-establish	lemma=re-establish	category=5	nouns=re-establishment
cat4	=multiply	lemma=multiply	category=4
cat4	=stimulate	lemma=stimulate	category=4
cat4	=rectify	lemma=rectify	category=4
cat4	=combine	lemma=combine	category=4
cat4	=decrease	lemma=decrease	category=4
cat4	=mitigate	lemma=mitigate	category=4	nouns=mitigation
cat4	=minimize	lemma=minimize	category=4	nouns=minimization
cat4	=rescue	lemma=rescue	category=4
cat4	=supervise	lemma=supervise	category=4	nouns=supervision
cat4	=reverse	lemma=reverse	category=4
cat3	=reassess	lemma=reassess	category=3	nouns=reassessment
cat3	=re-examine	lemma=re-examine	category=3	nouns=re-examination
cat3	=re-evaluate	lemma=re-evaluate	category=3	nouns=re-evaluation

# Verbs with irregular participles, for passives ("must be broken").
cat4	=break	lemma=break	category=4	forms=broken|broke
cat4	=lead	lemma=lead	category=4	forms=led
cat4	=understand	lemma=understand	category=4	forms=understood
cat4	=spend	lemma=spend	category=4	forms=spent
cat4	=lay	lemma=lay	category=4	forms=laid
cat4	=choose	lemma=choose	category=4	forms=chosen|chose
cat4	=know	lemma=know	category=4	forms=known|knew
cat4	=grow	lemma=grow	category=4	forms=grown|grew
cat4	=win	lemma=win	category=4	forms=won
cat4	=hear	lemma=hear	category=4	forms=heard
cat4	=feed	lemma=feed	category=4	forms=fed
cat4	=teach	lemma=teach	category=4	forms=taught

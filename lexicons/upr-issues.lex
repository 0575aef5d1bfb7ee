# upr-issues.lex -- UPR Info's 54 human-rights issues as theme categories.
#
# The categories are the "Issue" labels of the UPR Info database of
# Universal Periodic Review recommendations, with ids made by the rule of
# DESIGN.md: "upr-" + the name lower-cased, apostrophes dropped, every other
# run of non-alphanumerics one "-" ("Women's rights" -> upr-womens-rights).
#
# The terms say what a recommendation on each issue says: the instruments
# it names, the practices it wants ended, the institutions it wants set up.
# Several entries carry two categories where UPR Info files a
# recommendation under both (a call to ratify the Convention against
# Torture is "International instruments" and "Torture and other CID
# treatment").  The terms were chosen and tuned on UPR Info's labels for
# sessions 1-17 (eval/themes/README.md); sessions 18-20 are held out.
#
# "Other" and "General" are declared so that the label set (and the
# columns of `count --wide`) is UPR Info's complete list, but they have no
# terms: UPR Info uses them for recommendations that name no specific
# issue, which a lexicon cannot recognise.  They are never emitted, and the
# evaluation ignores them on both sides.
#
# Reports use many of a recommendation's telling words in other senses:
# "de facto" (authorities), "committee" (any committee), "visit" (any
# visit), "movement" (names, population movements), "opposition"
# (opposition forces), "training" (of anyone, in anything), "call upon",
# "land" (whose stem also matches "landing").  Those are written as the
# phrases a recommendation uses ("de facto abolitionist", the treaty
# bodies' names, "country visit", "movement restrictions", "opposition
# parties", "training of police" ...): in the 25 Secretary-General reports
# of 2025 the bare words matched 823 times, nearly all in other senses,
# while micro-F1 on the tuning sessions rose (0.887 -> 0.889 on 14-17).
#
# Terms are matched by Snowball stem unless written =word (exact folded
# word), word* (prefix) or with case=yes (acronyms).  See
# doc/lexicon-format.md.

@scheme	upr-issues
@title	UPR Info human-rights issues
@version	2026.2
@language	en

@category	upr-asylum-seekers-refugees	Asylum-seekers - refugees
@category	upr-civil-society	Civil society
@category	upr-corruption	Corruption
@category	upr-counter-terrorism	Counter-terrorism
@category	upr-cp-rights-general	CP rights - general
@category	upr-death-penalty	Death penalty
@category	upr-detention	Detention
@category	upr-development	Development
@category	upr-disabilities	Disabilities
@category	upr-elections	Elections
@category	upr-enforced-disappearances	Enforced disappearances
@category	upr-environment	Environment
@category	upr-esc-rights-general	ESC rights - general
@category	upr-extrajudicial-executions	Extrajudicial executions
@category	upr-freedom-of-association-and-peaceful-assembly	Freedom of association and peaceful assembly
@category	upr-freedom-of-movement	Freedom of movement
@category	upr-freedom-of-opinion-and-expression	Freedom of opinion and expression
@category	upr-freedom-of-religion-and-belief	Freedom of religion and belief
@category	upr-freedom-of-the-press	Freedom of the press
@category	upr-general	General
@category	upr-hiv-aids	HIV - Aids
@category	upr-human-rights-defenders	Human rights defenders
@category	upr-human-rights-education-and-training	Human rights education and training
@category	upr-human-rights-violations-by-state-agents	Human rights violations by state agents
@category	upr-impunity	Impunity
@category	upr-indigenous-peoples	Indigenous peoples
@category	upr-internally-displaced-persons	Internally displaced persons
@category	upr-international-humanitarian-law	International humanitarian law
@category	upr-international-instruments	International instruments
@category	upr-justice	Justice
@category	upr-labour	Labour
@category	upr-migrants	Migrants
@category	upr-minorities	Minorities
@category	upr-national-plan-of-action	National plan of action
@category	upr-nhri	NHRI
@category	upr-other	Other
@category	upr-poverty	Poverty
@category	upr-public-security	Public security
@category	upr-racial-discrimination	Racial discrimination
@category	upr-right-to-education	Right to education
@category	upr-right-to-food	Right to food
@category	upr-right-to-health	Right to health
@category	upr-right-to-housing	Right to housing
@category	upr-right-to-land	Right to land
@category	upr-right-to-water	Right to water
@category	upr-rights-of-the-child	Rights of the Child
@category	upr-sexual-orientation-and-gender-identity	Sexual Orientation and Gender Identity
@category	upr-special-procedures	Special procedures
@category	upr-technical-assistance-and-cooperation	Technical assistance and cooperation
@category	upr-torture-and-other-cid-treatment	Torture and other CID treatment
@category	upr-trafficking	Trafficking
@category	upr-treaty-bodies	Treaty bodies
@category	upr-upr-process	UPR process
@category	upr-womens-rights	Women's rights

# ---------------------------------------------------------------- instruments
upr-international-instruments	ratify
upr-international-instruments	ratification
upr-international-instruments	accede
upr-international-instruments	=accession
upr-international-instruments	sign
upr-international-instruments	signatory
upr-international-instruments	convention
upr-international-instruments	covenant
upr-international-instruments	optional protocol
upr-international-instruments	protocol
upr-international-instruments	instrument
upr-international-instruments	become party
upr-international-instruments	state party
upr-international-instruments	=reservations
upr-international-instruments	=reservation
upr-international-instruments	OP	case=yes
upr-international-instruments,upr-torture-and-other-cid-treatment,upr-detention	OPCAT	case=yes
upr-international-instruments,upr-torture-and-other-cid-treatment,upr-detention	OP-CAT	case=yes
upr-international-instruments	OP-CRC	case=yes
upr-international-instruments,upr-esc-rights-general	OP-ICESCR	case=yes
upr-international-instruments,upr-labour	ILO	case=yes
upr-international-instruments,upr-cp-rights-general	ICCPR	case=yes
upr-international-instruments	International Covenant on Civil and Political Rights
upr-international-instruments,upr-esc-rights-general	ICESCR	case=yes
upr-international-instruments,upr-esc-rights-general	International Covenant on Economic, Social and Cultural Rights
upr-international-instruments,upr-torture-and-other-cid-treatment	CAT	case=yes
upr-international-instruments,upr-torture-and-other-cid-treatment	Convention against Torture
upr-international-instruments,upr-rights-of-the-child	CRC	case=yes
upr-international-instruments,upr-rights-of-the-child	Convention on the Rights of the Child
upr-international-instruments,upr-womens-rights	CEDAW	case=yes
upr-international-instruments,upr-disabilities	CRPD	case=yes
upr-international-instruments,upr-disabilities	Convention on the Rights of Persons with Disabilities
upr-international-instruments,upr-enforced-disappearances	CED	case=yes
upr-international-instruments,upr-enforced-disappearances	CPED	case=yes
upr-international-instruments,upr-enforced-disappearances	ICPPED	case=yes
upr-international-instruments,upr-migrants,upr-labour	ICRMW	case=yes
upr-international-instruments,upr-migrants,upr-labour	ICMW	case=yes
upr-international-instruments,upr-migrants,upr-labour	Migrant Workers and Members of Their Families
upr-international-instruments,upr-racial-discrimination	ICERD	case=yes
upr-international-instruments,upr-justice	Rome Statute
upr-international-instruments,upr-asylum-seekers-refugees	1951 Convention
upr-international-instruments,upr-asylum-seekers-refugees	Convention relating to the Status of Refugees
upr-international-instruments,upr-asylum-seekers-refugees	1967 Protocol

# ---------------------------------------------------------------- women
upr-womens-rights	women
upr-womens-rights	woman
upr-womens-rights,upr-rights-of-the-child	girls
upr-womens-rights	gender
upr-womens-rights,upr-rights-of-the-child	domestic violence
upr-womens-rights	female
upr-womens-rights	maternal
upr-womens-rights	marital rape
upr-womens-rights,upr-rights-of-the-child	rape
upr-womens-rights	sexual harassment
upr-womens-rights	men and women
upr-womens-rights	between men
upr-womens-rights	equality between
upr-womens-rights	honour crimes
upr-womens-rights	honor crimes
upr-womens-rights	polygamy
upr-womens-rights	dowry
upr-womens-rights	widows
upr-womens-rights	mothers
upr-womens-rights	pregnant
upr-womens-rights	femicide
upr-womens-rights	feminicide
upr-womens-rights,upr-rights-of-the-child	child marriage
upr-womens-rights,upr-rights-of-the-child	early marriage
upr-womens-rights,upr-rights-of-the-child	forced marriage
upr-womens-rights,upr-rights-of-the-child,upr-torture-and-other-cid-treatment	female genital mutilation
upr-womens-rights,upr-rights-of-the-child,upr-torture-and-other-cid-treatment	FGM	case=yes
upr-womens-rights,upr-rights-of-the-child,upr-torture-and-other-cid-treatment	genital mutilation
upr-womens-rights,upr-torture-and-other-cid-treatment	harmful traditional practices

# ---------------------------------------------------------------- children
upr-rights-of-the-child	child
upr-rights-of-the-child	children
upr-rights-of-the-child	childhood
upr-rights-of-the-child	juvenile
upr-rights-of-the-child	=minors
upr-rights-of-the-child	adolescents
upr-rights-of-the-child	infant
upr-rights-of-the-child	birth registration
upr-rights-of-the-child	orphans
upr-rights-of-the-child	street children
upr-rights-of-the-child	age of criminal responsibility
upr-rights-of-the-child	minimum age
upr-rights-of-the-child	pornography
upr-rights-of-the-child,upr-trafficking	sale of children
upr-rights-of-the-child	sexual exploitation
upr-rights-of-the-child	sexual abuse
upr-rights-of-the-child	paedophilia
upr-rights-of-the-child	pedophilia
upr-rights-of-the-child,upr-torture-and-other-cid-treatment	corporal punishment
upr-rights-of-the-child,upr-labour	child labour
upr-rights-of-the-child,upr-labour	child labor
upr-rights-of-the-child,upr-international-humanitarian-law	child soldiers
upr-rights-of-the-child,upr-international-humanitarian-law	children in armed conflict
upr-rights-of-the-child,upr-international-humanitarian-law	involvement of children in armed conflict
upr-rights-of-the-child,upr-justice	juvenile justice

# ---------------------------------------------------------------- justice
upr-justice	court
upr-justice	judicial
upr-justice	judiciary
upr-justice	judges
upr-justice	justice system
upr-justice	administration of justice
upr-justice	access to justice
upr-justice	rule of law
upr-justice	fair trial
upr-justice	trial
upr-justice	lawyers
upr-justice	legal aid
upr-justice	criminal procedure
upr-justice	code of criminal procedure
upr-justice	reconciliation
upr-justice	truth
upr-justice	transitional justice
upr-justice	International Criminal Court
upr-justice	ICC	case=yes
upr-justice	Agreement on the Privileges and Immunities
upr-justice	bilateral immunity
upr-justice	genocide
upr-justice	war crimes
upr-justice	crimes against humanity
upr-justice	military courts
upr-justice	traditional courts
upr-justice	judicial independence
upr-justice	independence of the judiciary

# ---------------------------------------------------------------- torture
upr-torture-and-other-cid-treatment	torture
upr-torture-and-other-cid-treatment	cruel
upr-torture-and-other-cid-treatment	inhuman
upr-torture-and-other-cid-treatment	=degrading
upr-torture-and-other-cid-treatment	ill-treatment
upr-torture-and-other-cid-treatment	flogging
upr-torture-and-other-cid-treatment	lashing
upr-torture-and-other-cid-treatment	=stoning
upr-torture-and-other-cid-treatment	amputation
upr-torture-and-other-cid-treatment	harmful practices
upr-torture-and-other-cid-treatment,upr-detention	national preventive mechanism
upr-torture-and-other-cid-treatment	Committee against Torture
upr-torture-and-other-cid-treatment	Subcommittee on Prevention of Torture

# ---------------------------------------------------------------- detention
upr-detention	detention
upr-detention	detainees
upr-detention	detained
upr-detention	prison
upr-detention	penitentiary
upr-detention	custody
upr-detention	overcrowding
upr-detention	pretrial
upr-detention	pre-trial
upr-detention	remand
upr-detention	arrest
upr-detention	incarceration
upr-detention	places of deprivation of liberty
upr-detention	deprived of their liberty
upr-detention	Standard Minimum Rules for the Treatment of Prisoners
upr-detention	Bangkok Rules
upr-detention	habeas corpus
upr-detention	incommunicado
upr-detention	administrative detention

# ---------------------------------------------------------------- education
upr-right-to-education	education	not=human rights education|re-education|education on human rights|education and training|education and awareness|educational initiatives
upr-right-to-education	school
upr-right-to-education	secondary
upr-right-to-education	illiteracy
upr-right-to-education	literacy
upr-right-to-education	enrolment
upr-right-to-education	students
upr-right-to-education	teachers
upr-right-to-education	dropout
upr-right-to-education	drop-out
upr-right-to-education	Convention against Discrimination in Education
upr-right-to-education	UNESCO	case=yes

# ---------------------------------------------------------------- human rights education
upr-human-rights-education-and-training	human rights education
upr-human-rights-education-and-training	human rights training
upr-human-rights-education-and-training	awareness
upr-human-rights-education-and-training	awareness-raising
upr-human-rights-education-and-training	training on human rights
upr-human-rights-education-and-training	training in human rights
upr-human-rights-education-and-training	training on the rights
upr-human-rights-education-and-training	training of law enforcement
upr-human-rights-education-and-training	training for law enforcement
upr-human-rights-education-and-training	training of police
upr-human-rights-education-and-training	training for police
upr-human-rights-education-and-training	training to police
upr-human-rights-education-and-training	training of the police
upr-human-rights-education-and-training	training for the police
upr-human-rights-education-and-training	training of judges
upr-human-rights-education-and-training	training for judges
upr-human-rights-education-and-training	training of security forces
upr-human-rights-education-and-training	training for security forces
upr-human-rights-education-and-training	training of officials
upr-human-rights-education-and-training	training for officials
upr-human-rights-education-and-training	training to law enforcement
upr-human-rights-education-and-training	training of public officials
upr-human-rights-education-and-training	training for public officials
upr-human-rights-education-and-training	training programmes for
upr-human-rights-education-and-training	training of prison
upr-human-rights-education-and-training	training for prison
upr-human-rights-education-and-training	training of military
upr-human-rights-education-and-training	training for military
upr-human-rights-education-and-training	training of teachers
upr-human-rights-education-and-training	training for teachers
upr-human-rights-education-and-training	training of civil servants
upr-human-rights-education-and-training	training for civil servants
upr-human-rights-education-and-training	campaign
upr-human-rights-education-and-training	=sensitization
upr-human-rights-education-and-training	=sensitisation
upr-human-rights-education-and-training	=sensitize
upr-human-rights-education-and-training	curricula
upr-human-rights-education-and-training	curriculum
upr-human-rights-education-and-training	culture of human rights
upr-human-rights-education-and-training	World Programme for Human Rights Education
upr-human-rights-education-and-training	raise awareness
upr-human-rights-education-and-training	public education
upr-human-rights-education-and-training	information campaigns

# ---------------------------------------------------------------- minorities
upr-minorities	=minority
upr-minorities	=minorities
upr-minorities	Roma
upr-minorities	Sinti
upr-minorities	ethnic
upr-minorities	linguistic
upr-minorities	Dalits
upr-minorities	=caste
upr-minorities	=castes
upr-minorities	Bedouin
upr-minorities	Afro-descendants
upr-minorities,upr-racial-discrimination	African descent
upr-minorities	Framework Convention for the Protection of National Minorities

# ---------------------------------------------------------------- labour
upr-labour	labour
upr-labour	labor
upr-labour	workers
upr-labour	employment
upr-labour	decent work
upr-labour	conditions of work
upr-labour	wage
upr-labour	trade union
upr-labour	collective bargaining
upr-labour	forced labour
upr-labour	domestic workers
upr-labour	kafala
upr-labour	sponsorship system
upr-labour	worst forms of child labour
upr-labour	right to work

# ---------------------------------------------------------------- migrants
upr-migrants	migrant
upr-migrants	migration
upr-migrants	immigrants
upr-migrants	=irregular
upr-migrants	undocumented
upr-migrants	=foreigners
upr-migrants	foreign workers
upr-migrants	migrant workers
upr-migrants	non-nationals

# ---------------------------------------------------------------- death penalty
upr-death-penalty	death penalty
upr-death-penalty	capital punishment
upr-death-penalty	moratorium
upr-death-penalty	death sentence
upr-death-penalty	death row
upr-death-penalty	abolish the death penalty
upr-death-penalty	abolition
upr-death-penalty	commute
upr-death-penalty	capital offences
upr-death-penalty	capital crimes
upr-death-penalty	de facto abolitionist
upr-death-penalty	de jure
upr-death-penalty	second optional protocol
upr-death-penalty	OP2	case=yes
upr-death-penalty	ICCPR-OP2	case=yes
upr-death-penalty	aiming at the abolition

# ---------------------------------------------------------------- racial discrimination
upr-racial-discrimination	racial
upr-racial-discrimination,upr-treaty-bodies	CERD	case=yes
upr-racial-discrimination	=ethnicity
upr-racial-discrimination	ethnic discrimination
upr-racial-discrimination	nazism
upr-racial-discrimination	neo-nazi*
upr-racial-discrimination	caste-based
# discrimination on ethnic (national, caste) grounds, a few words apart:
# "discrimination based on ethnic origin", "discrimination against ethnic
# minorities", "discrimination on grounds of caste or descent"
upr-racial-discrimination	re:(?i)\bdiscriminat\w*(?:\W+\w+){0,5}?\W+(?:ethnic\w*|national origin|caste|descent)\b
upr-racial-discrimination	racism
upr-racial-discrimination	racist
upr-racial-discrimination	xenophobia
upr-racial-discrimination	xenophobic
upr-racial-discrimination	intolerance
upr-racial-discrimination	hate
upr-racial-discrimination	hatred
upr-racial-discrimination	hate speech
upr-racial-discrimination	hate crimes
upr-racial-discrimination	incitement
upr-racial-discrimination	racially motivated
upr-racial-discrimination	racial profiling
upr-racial-discrimination	=profiling
upr-racial-discrimination	Durban
upr-racial-discrimination	anti-Semitism
upr-racial-discrimination	antisemitism
upr-racial-discrimination	Islamophobia
upr-racial-discrimination	race

# ---------------------------------------------------------------- special procedures
upr-special-procedures	special procedures
upr-special-procedures	special rapporteur
upr-special-procedures	standing invitation
upr-special-procedures	open invitation
upr-special-procedures	mandate holders
upr-special-procedures	=invitation
upr-special-procedures	=invitations
upr-special-procedures	country visit
upr-special-procedures	visit the country
upr-special-procedures	request to visit
upr-special-procedures	visit request
upr-special-procedures	working group on
upr-special-procedures	independent expert
upr-special-procedures	requests for visits
upr-special-procedures	pending requests

# ---------------------------------------------------------------- NHRI
upr-nhri	national human rights institution
upr-nhri	national human rights commission
upr-nhri	human rights commission
upr-nhri	Paris Principles
upr-nhri	ombudsman
upr-nhri	ombudsperson
upr-nhri	ombudsman's office
upr-nhri	public defender
upr-nhri	defensor del pueblo
upr-nhri	NHRI	case=yes
upr-nhri	NHRC	case=yes
upr-nhri	accreditation
upr-nhri	International Coordinating Committee
upr-nhri	human rights institution
upr-nhri	=national =institution
upr-nhri	=national =institutions

# ---------------------------------------------------------------- trafficking
upr-trafficking	trafficking
upr-trafficking	trafficking in persons
upr-trafficking	human trafficking
upr-trafficking	trafficking in human beings
upr-trafficking	Palermo Protocol
upr-trafficking	child prostitution
upr-trafficking	forced prostitution
upr-trafficking	smuggling
upr-trafficking	Protocol to Prevent, Suppress and Punish

# ---------------------------------------------------------------- disabilities
upr-disabilities	disability
upr-disabilities	persons with disabilities
upr-disabilities	handicapped
upr-disabilities	mental illness
upr-disabilities	psychosocial
upr-disabilities	intellectual disabilities
upr-disabilities	=accessibility

# ---------------------------------------------------------------- ESC rights
upr-esc-rights-general	economic, social and cultural rights
upr-esc-rights-general	economic and social rights
upr-esc-rights-general	social and economic rights
upr-esc-rights-general	cultural rights
upr-esc-rights-general	social rights
upr-esc-rights-general	economic rights
upr-esc-rights-general,upr-treaty-bodies	CESCR	case=yes
upr-esc-rights-general	social security
upr-esc-rights-general	social protection

# ---------------------------------------------------------------- CP rights
upr-cp-rights-general	first optional protocol
upr-cp-rights-general	OP1	case=yes

# ---------------------------------------------------------------- health
upr-right-to-health	health
upr-right-to-health	healthcare
upr-right-to-health	health care
upr-right-to-health	health services
upr-right-to-health	maternal mortality
upr-right-to-health	infant mortality
upr-right-to-health	child mortality
upr-right-to-health	mortality
upr-right-to-health	reproductive
upr-right-to-health	sexual and reproductive health
upr-right-to-health	medical
upr-right-to-health	medicine
upr-right-to-health	hospitals
upr-right-to-health	disease
upr-right-to-health	malaria
upr-right-to-health	tuberculosis
upr-right-to-health	vaccination
upr-right-to-health	family planning
upr-right-to-health	contraception
upr-right-to-health	health insurance
upr-right-to-health	mental health

# ---------------------------------------------------------------- expression
upr-freedom-of-opinion-and-expression	freedom of expression
upr-freedom-of-opinion-and-expression	freedom of opinion
upr-freedom-of-opinion-and-expression	freedom of speech
upr-freedom-of-opinion-and-expression	free speech
upr-freedom-of-opinion-and-expression	=expression
upr-freedom-of-opinion-and-expression	=expressions
upr-freedom-of-opinion-and-expression	opinion
upr-freedom-of-opinion-and-expression	defamation
upr-freedom-of-opinion-and-expression,upr-freedom-of-the-press	libel
upr-freedom-of-opinion-and-expression,upr-freedom-of-religion-and-belief	blasphemy
upr-freedom-of-opinion-and-expression	insult
upr-freedom-of-opinion-and-expression	internet
upr-freedom-of-opinion-and-expression	access to information
upr-freedom-of-opinion-and-expression	freedom of information
upr-freedom-of-opinion-and-expression	political prisoners
upr-freedom-of-opinion-and-expression	prisoners of conscience
upr-freedom-of-opinion-and-expression,upr-freedom-of-the-press	censorship

# ---------------------------------------------------------------- press
upr-freedom-of-the-press	journalists
upr-freedom-of-the-press	media
upr-freedom-of-the-press	=press
upr-freedom-of-the-press	freedom of the press
upr-freedom-of-the-press	press freedom
upr-freedom-of-the-press	media workers
upr-freedom-of-the-press	newspapers
upr-freedom-of-the-press	broadcast*
upr-freedom-of-the-press	radio
upr-freedom-of-the-press	television
upr-freedom-of-the-press	bloggers
upr-freedom-of-the-press	media outlets
upr-freedom-of-the-press	sedition

# ---------------------------------------------------------------- religion
upr-freedom-of-religion-and-belief	religion
upr-freedom-of-religion-and-belief	religious
upr-freedom-of-religion-and-belief	belief
upr-freedom-of-religion-and-belief	worship
upr-freedom-of-religion-and-belief	conscience
upr-freedom-of-religion-and-belief	conscientious objection
upr-freedom-of-religion-and-belief	conscientious objectors
upr-freedom-of-religion-and-belief	=faith
upr-freedom-of-religion-and-belief	=faiths
upr-freedom-of-religion-and-belief,upr-minorities	Muslims
upr-freedom-of-religion-and-belief	Christians
upr-freedom-of-religion-and-belief	Baha'i
upr-freedom-of-religion-and-belief	Bahá'í
upr-freedom-of-religion-and-belief	Baha'is
upr-freedom-of-religion-and-belief	Jehovah's Witnesses
upr-freedom-of-religion-and-belief	apostasy
upr-freedom-of-religion-and-belief	churches
upr-freedom-of-religion-and-belief	mosques
upr-freedom-of-religion-and-belief	interfaith
upr-freedom-of-religion-and-belief	inter-religious
upr-freedom-of-religion-and-belief	headscarf
upr-freedom-of-religion-and-belief	proselytism

# ---------------------------------------------------------------- SOGI
upr-sexual-orientation-and-gender-identity	sexual orientation
upr-sexual-orientation-and-gender-identity	gender identity
upr-sexual-orientation-and-gender-identity	LGBT	case=yes
upr-sexual-orientation-and-gender-identity	LGBTI	case=yes
upr-sexual-orientation-and-gender-identity	LGBTQ	case=yes
upr-sexual-orientation-and-gender-identity	LGBTIQ	case=yes
upr-sexual-orientation-and-gender-identity	lesbian
upr-sexual-orientation-and-gender-identity	gay
upr-sexual-orientation-and-gender-identity	bisexual
upr-sexual-orientation-and-gender-identity	transgender
upr-sexual-orientation-and-gender-identity	intersex
upr-sexual-orientation-and-gender-identity	homosexual
upr-sexual-orientation-and-gender-identity	same-sex
upr-sexual-orientation-and-gender-identity	consenting adults
upr-sexual-orientation-and-gender-identity	consensual sexual
upr-sexual-orientation-and-gender-identity	between consenting
upr-sexual-orientation-and-gender-identity	Yogyakarta Principles
upr-sexual-orientation-and-gender-identity	sodomy

# ---------------------------------------------------------------- poverty
upr-poverty	poverty
upr-poverty	poor
upr-poverty	extreme poverty
upr-poverty	poverty reduction
upr-poverty	social exclusion
upr-poverty,upr-right-to-food	hunger

# ---------------------------------------------------------------- development
upr-development	Millennium Development Goals
upr-development	MDGs	case=yes
upr-development	MDG	case=yes
upr-development	economic development
upr-development	social development
upr-development	sustainable development
upr-development	right to development
upr-development	official development assistance
upr-development	ODA	case=yes
upr-development	development assistance
upr-development	economic growth
upr-development	job creation
upr-development	development goals
upr-development	development plan

# ---------------------------------------------------------------- civil society
upr-civil-society	civil society
upr-civil-society	NGOs	case=yes
upr-civil-society	NGO	case=yes
upr-civil-society	non-governmental organizations
upr-civil-society	non-governmental organisations
upr-civil-society	nongovernmental organizations

# ---------------------------------------------------------------- enforced disappearances
upr-enforced-disappearances	disappearance
upr-enforced-disappearances	enforced disappearance
upr-enforced-disappearances	Protection of All Persons from Enforced Disappearance
upr-enforced-disappearances	missing persons

# ---------------------------------------------------------------- indigenous
upr-indigenous-peoples	indigenous
upr-indigenous-peoples	aboriginal
upr-indigenous-peoples	tribal
upr-indigenous-peoples	First Nations
upr-indigenous-peoples	ILO Convention No. 169
upr-indigenous-peoples	ILO 169
upr-indigenous-peoples	Convention 169
upr-indigenous-peoples	Convention No. 169
upr-indigenous-peoples	Declaration on the Rights of Indigenous Peoples
upr-indigenous-peoples	UNDRIP	case=yes
upr-indigenous-peoples	Torres Strait
upr-indigenous-peoples	Maori
upr-indigenous-peoples	Sami
upr-indigenous-peoples	Pygmies
upr-indigenous-peoples	Batwa
upr-indigenous-peoples	native
upr-indigenous-peoples	free, prior and informed consent
upr-indigenous-peoples	prior consultation
upr-indigenous-peoples	ancestral

# ---------------------------------------------------------------- assembly, association
upr-freedom-of-association-and-peaceful-assembly	freedom of association
upr-freedom-of-association-and-peaceful-assembly	freedom of assembly
upr-freedom-of-association-and-peaceful-assembly	peaceful assembly
upr-freedom-of-association-and-peaceful-assembly	=association
upr-freedom-of-association-and-peaceful-assembly	=associations
upr-freedom-of-association-and-peaceful-assembly	assembly	case=yes	not=general assembly|national assembly|parliamentary assembly|legislative assembly
upr-freedom-of-association-and-peaceful-assembly	=demonstrations
upr-freedom-of-association-and-peaceful-assembly	=demonstration
upr-freedom-of-association-and-peaceful-assembly	=demonstrators
upr-freedom-of-association-and-peaceful-assembly	protests
upr-freedom-of-association-and-peaceful-assembly	political parties
upr-freedom-of-association-and-peaceful-assembly	political opposition
upr-freedom-of-association-and-peaceful-assembly	opposition party
upr-freedom-of-association-and-peaceful-assembly	members of the opposition
upr-freedom-of-association-and-peaceful-assembly	opposition members
upr-freedom-of-association-and-peaceful-assembly	opposition leaders
upr-freedom-of-association-and-peaceful-assembly	opposition figures
upr-freedom-of-association-and-peaceful-assembly	opposition politicians
upr-freedom-of-association-and-peaceful-assembly	opposition activists
upr-freedom-of-association-and-peaceful-assembly	opposition supporters
upr-freedom-of-association-and-peaceful-assembly	trade union rights
upr-freedom-of-association-and-peaceful-assembly	registration of associations
upr-freedom-of-association-and-peaceful-assembly	foreign funding
upr-freedom-of-association-and-peaceful-assembly	foreign agents
upr-freedom-of-association-and-peaceful-assembly	peaceful protest

# ---------------------------------------------------------------- movement
upr-freedom-of-movement	freedom of movement
upr-freedom-of-movement	movement restrictions
upr-freedom-of-movement	restrictions on movement
upr-freedom-of-movement	restrictions on the movement
upr-freedom-of-movement	movement of persons
upr-freedom-of-movement	movement of people
upr-freedom-of-movement	right to leave
upr-freedom-of-movement	travel ban
upr-freedom-of-movement	exit visa
upr-freedom-of-movement	checkpoints
upr-freedom-of-movement	restrictions on travel
upr-freedom-of-movement	leave the country
upr-freedom-of-movement	residence permit
upr-freedom-of-movement	hukou
upr-freedom-of-movement	propiska

# ---------------------------------------------------------------- asylum
upr-asylum-seekers-refugees	refugee
upr-asylum-seekers-refugees	asylum
upr-asylum-seekers-refugees	asylum-seekers
upr-asylum-seekers-refugees	non-refoulement
upr-asylum-seekers-refugees	refoulement
upr-asylum-seekers-refugees	UNHCR	case=yes
upr-asylum-seekers-refugees	stateless persons
upr-asylum-seekers-refugees	international protection
upr-asylum-seekers-refugees	durable solutions

# ---------------------------------------------------------------- IDPs
upr-internally-displaced-persons	internally displaced
upr-internally-displaced-persons	IDPs	case=yes
upr-internally-displaced-persons	displaced persons
upr-internally-displaced-persons	displaced
upr-internally-displaced-persons	Guiding Principles on Internal Displacement
upr-internally-displaced-persons	Kampala Convention

# ---------------------------------------------------------------- defenders
upr-human-rights-defenders	human rights defenders
upr-human-rights-defenders	=defenders
upr-human-rights-defenders	human rights activists
upr-human-rights-defenders	Declaration on Human Rights Defenders

# ---------------------------------------------------------------- state agents
upr-human-rights-violations-by-state-agents	security forces
upr-human-rights-violations-by-state-agents	excessive use of force
upr-human-rights-violations-by-state-agents	excessive force
upr-human-rights-violations-by-state-agents	police brutality
upr-human-rights-violations-by-state-agents	police violence
upr-human-rights-violations-by-state-agents	police abuse
upr-human-rights-violations-by-state-agents	police misconduct
upr-human-rights-violations-by-state-agents	misconduct
upr-human-rights-violations-by-state-agents	by the police
upr-human-rights-violations-by-state-agents	by police
upr-human-rights-violations-by-state-agents	by law enforcement
upr-human-rights-violations-by-state-agents	by security
upr-human-rights-violations-by-state-agents	by state agents
upr-human-rights-violations-by-state-agents	by the security
upr-human-rights-violations-by-state-agents	by members of
upr-human-rights-violations-by-state-agents	by the military
upr-human-rights-violations-by-state-agents	by the armed forces
upr-human-rights-violations-by-state-agents	state agents
upr-human-rights-violations-by-state-agents	committed by

# ---------------------------------------------------------------- national plans
upr-national-plan-of-action	national action plan
upr-national-plan-of-action	national plan of action
upr-national-plan-of-action	national plan
upr-national-plan-of-action	national human rights action plan
upr-national-plan-of-action	NHRAP	case=yes
upr-national-plan-of-action	NAP	case=yes

# ---------------------------------------------------------------- UPR process
upr-upr-process	UPR	case=yes
upr-upr-process	universal periodic review
upr-upr-process	follow-up
upr-upr-process	this review
upr-upr-process	the review process
upr-upr-process	mid-term report
upr-upr-process	midterm report
upr-upr-process	the next review
upr-upr-process	review recommendations
upr-upr-process	UPR recommendations
upr-upr-process	outcome of the review
upr-upr-process	the present review

# ---------------------------------------------------------------- IHL
upr-international-humanitarian-law	international humanitarian law
upr-international-humanitarian-law	humanitarian law
upr-international-humanitarian-law	armed conflict
upr-international-humanitarian-law	Geneva Conventions
upr-international-humanitarian-law	Additional Protocol
upr-international-humanitarian-law	landmines
upr-international-humanitarian-law	cluster munitions
upr-international-humanitarian-law	militias
upr-international-humanitarian-law	armed groups
upr-international-humanitarian-law	demobilization

# ---------------------------------------------------------------- impunity
upr-impunity	impunity
upr-impunity	amnesty law

# ---------------------------------------------------------------- public security
upr-public-security	public security
upr-public-security	public safety
upr-public-security	organized crime
upr-public-security	organised crime
upr-public-security	drug trafficking
upr-public-security	gangs
upr-public-security	crime rate
upr-public-security	citizen security
upr-public-security	national security act
upr-public-security	small arms
upr-public-security	disarmament
upr-public-security	violent crime
upr-public-security	emergency law

# ---------------------------------------------------------------- food
upr-right-to-food	food
upr-right-to-food	right to food
upr-right-to-food	food security
upr-right-to-food	malnutrition
upr-right-to-food	nutrition
upr-right-to-food	agricultural
upr-right-to-food	famine
upr-right-to-food	undernourishment

# ---------------------------------------------------------------- elections
upr-elections	election
upr-elections	electoral
upr-elections	vote
upr-elections	voters
upr-elections	ballot
upr-elections	polling
upr-elections	free and fair
upr-elections	electoral observation

# ---------------------------------------------------------------- HIV
upr-hiv-aids	HIV
upr-hiv-aids	AIDS	case=yes
upr-hiv-aids	HIV/AIDS
upr-hiv-aids	living with HIV
upr-hiv-aids	sexually transmitted
upr-hiv-aids	antiretroviral

# ---------------------------------------------------------------- extrajudicial executions
upr-extrajudicial-executions	extrajudicial
upr-extrajudicial-executions	extra-judicial
upr-extrajudicial-executions	summary executions
upr-extrajudicial-executions	arbitrary executions
upr-extrajudicial-executions	extrajudicial killings
upr-extrajudicial-executions	unlawful killings
upr-extrajudicial-executions	killings
upr-extrajudicial-executions	death squads
upr-extrajudicial-executions	deaths in custody
upr-extrajudicial-executions	targeted killings

# ---------------------------------------------------------------- corruption
upr-corruption	corruption
upr-corruption	anti-corruption
upr-corruption	bribery
upr-corruption	embezzlement
upr-corruption	Convention against Corruption

# ---------------------------------------------------------------- housing
upr-right-to-housing	=housing
upr-right-to-housing	adequate housing
upr-right-to-housing	homeless
upr-right-to-housing	forced evictions
upr-right-to-housing	evictions
upr-right-to-housing	social housing
upr-right-to-housing	slums
upr-right-to-housing	informal settlements

# ---------------------------------------------------------------- land
upr-right-to-land	=land
upr-right-to-land	=lands
upr-right-to-land	land rights
upr-right-to-land	land reform
upr-right-to-land	land tenure
upr-right-to-land	restitution
upr-right-to-land	land grabbing
upr-right-to-land	ancestral lands

# ---------------------------------------------------------------- environment
upr-environment	environmental
upr-environment	climate change
upr-environment	emissions
upr-environment	greenhouse
upr-environment	global warming
upr-environment	natural disasters
upr-environment	disasters
upr-environment	disaster risk
upr-environment	pollution
upr-environment	deforestation
upr-environment	sea level

# ---------------------------------------------------------------- water
upr-right-to-water	water
upr-right-to-water	drinking water
upr-right-to-water	safe drinking water
upr-right-to-water	sanitation
upr-right-to-water	clean water

# ---------------------------------------------------------------- counter-terrorism
upr-counter-terrorism	terrorism
upr-counter-terrorism	terrorist
upr-counter-terrorism	counter-terrorism
upr-counter-terrorism	counterterrorism
upr-counter-terrorism	anti-terrorism
upr-counter-terrorism	rendition
upr-counter-terrorism	secret detention
upr-counter-terrorism	Guantanamo

# ---------------------------------------------------------------- treaty bodies
upr-treaty-bodies	treaty bodies
upr-treaty-bodies	Committee on the Rights of the Child
upr-treaty-bodies	Committee on the Elimination of
upr-treaty-bodies	Committee on Economic, Social and Cultural Rights
upr-treaty-bodies	Committee on the Rights of Persons with Disabilities
upr-treaty-bodies	Committee on Migrant Workers
upr-treaty-bodies	Committee on Enforced Disappearances
upr-treaty-bodies	recommendations of the committee
upr-treaty-bodies	the committee's recommendations
upr-treaty-bodies	periodic reports
upr-treaty-bodies	overdue
upr-treaty-bodies	reporting obligations
upr-treaty-bodies	submit its
upr-treaty-bodies	concluding observations
upr-treaty-bodies	recommendations made by
upr-treaty-bodies	recommended by
upr-treaty-bodies	competence of the committee
upr-treaty-bodies	Human Rights Committee

# ---------------------------------------------------------------- technical assistance
upr-technical-assistance-and-cooperation	technical assistance
upr-technical-assistance-and-cooperation	technical cooperation
upr-technical-assistance-and-cooperation	technical support
upr-technical-assistance-and-cooperation	international community
upr-technical-assistance-and-cooperation	OHCHR	case=yes
upr-technical-assistance-and-cooperation	Office of the High Commissioner
upr-technical-assistance-and-cooperation	capacity-building
upr-technical-assistance-and-cooperation	donors
upr-technical-assistance-and-cooperation	development partners
upr-technical-assistance-and-cooperation	financial support
upr-technical-assistance-and-cooperation	specialized agencies
# ---------------------------------------------------------------- added in tuning (sessions 1-17)
upr-rights-of-the-child,upr-justice	criminal responsibility
upr-development	unemployment
upr-development	development aid
upr-international-instruments	international human rights
upr-international-instruments	human rights standards
upr-international-instruments	human rights law
upr-international-instruments	human rights obligations
upr-international-instruments	human rights norms
upr-international-instruments	obligations under
upr-international-instruments	Declaration on
upr-international-instruments	United Nations Declaration
upr-justice	good governance
upr-justice	tribunal
upr-justice	criminal justice
upr-justice	legal system
upr-justice	judicial reform
upr-justice	justice sector
upr-labour	trade unionists
upr-labour	begging
upr-minorities	afro*
upr-national-plan-of-action	human rights plan
upr-nhri	commission for human rights
upr-special-procedures,upr-treaty-bodies	human rights mechanisms
upr-technical-assistance-and-cooperation	international assistance
upr-technical-assistance-and-cooperation	financial assistance
upr-technical-assistance-and-cooperation	assistance from
upr-technical-assistance-and-cooperation	assistance of
upr-technical-assistance-and-cooperation	seek international
upr-torture-and-other-cid-treatment	sterilization
upr-torture-and-other-cid-treatment	sterilisation
upr-treaty-bodies	common core document
upr-treaty-bodies	treaty reporting
upr-womens-rights	sexual violence
upr-womens-rights	spouse
upr-womens-rights	spousal
upr-womens-rights	abortion
upr-environment	the environment
upr-environment	healthy environment
upr-right-to-land	occupied Palestinian territory
upr-international-humanitarian-law,upr-rights-of-the-child	OP-AC	case=yes
upr-trafficking,upr-rights-of-the-child	OP-SC	case=yes
upr-freedom-of-movement	wall
upr-sexual-orientation-and-gender-identity	sexual minorities
upr-indigenous-peoples	Hmong
upr-detention	inmates

# sdg.lex -- the 17 Sustainable Development Goals as theme categories.
#
# One category per Goal, sdg1 ... sdg17 (DESIGN.md).  The terms are the
# vocabulary UN reports use when they speak of a Goal: the Goal's own name,
# the subjects of its targets and indicators (A/RES/71/313, 2023
# refinement), and the standing phrases of the reports that review them.
# They were written for precision: a term belongs here only if a sentence
# that contains it is, nearly always, about that Goal.  Words that every
# report uses in passing ("development", "women", "water", "data",
# "partnership") appear only inside phrases that pin them to a Goal.
#
# "SDG 5", "Goal 5" and "Sustainable Development Goal 5" name a Goal
# directly; they are matched as phrases ("SDG 5" also as "SDG5" and
# "SDG-5").  So do the Goal's 169 targets, listed by number ("target 5.2",
# "SDG target 5.c"; in "targets 5.2 and 5.3" the first one).  A mention of the Goals in general ("the Sustainable
# Development Goals") is not a mention of any one of them.
#
# Terms are matched by Snowball stem unless written =word (exact folded
# word), word* (prefix) or with case=yes.  See doc/lexicon-format.md.

@scheme	sdg
@title	Sustainable Development Goals
@version	2026.1
@language	en

@category	sdg1	No poverty
@category	sdg2	Zero hunger
@category	sdg3	Good health and well-being
@category	sdg4	Quality education
@category	sdg5	Gender equality
@category	sdg6	Clean water and sanitation
@category	sdg7	Affordable and clean energy
@category	sdg8	Decent work and economic growth
@category	sdg9	Industry, innovation and infrastructure
@category	sdg10	Reduced inequalities
@category	sdg11	Sustainable cities and communities
@category	sdg12	Responsible consumption and production
@category	sdg13	Climate action
@category	sdg14	Life below water
@category	sdg15	Life on land
@category	sdg16	Peace, justice and strong institutions
@category	sdg17	Partnerships for the Goals

# ---------------------------------------------------------------- Goal 1
sdg1	=SDG1
sdg1	SDG 1
sdg1	Goal 1
sdg1	target 1.1
sdg1	target 1.2
sdg1	target 1.3
sdg1	target 1.4
sdg1	target 1.5
sdg1	target 1.a
sdg1	target 1.b
sdg1	no poverty
sdg1	poverty
sdg1	extreme poverty
sdg1	poverty eradication
sdg1	eradicate poverty
sdg1	eradication of poverty
sdg1	poverty reduction
sdg1	poverty line
sdg1	multidimensional poverty
sdg1	the poor
sdg1	poorest
sdg1	destitution
sdg1	living on less than
sdg1	$1.90 a day
sdg1	$1.25 a day
sdg1	social protection
sdg1	social protection floors
sdg1	social protection systems
sdg1	social safety nets
sdg1	safety nets
sdg1	cash transfers
sdg1	basic services
sdg1	basic income
sdg1	social security

# ---------------------------------------------------------------- Goal 2
sdg2	=SDG2
sdg2	SDG 2
sdg2	Goal 2
sdg2	target 2.1
sdg2	target 2.2
sdg2	target 2.3
sdg2	target 2.4
sdg2	target 2.5
sdg2	target 2.a
sdg2	target 2.b
sdg2	target 2.c
sdg2	zero hunger
sdg2	hunger
sdg2	food security
sdg2	food insecurity
sdg2	food systems
sdg2	food production
sdg2	food prices
sdg2	right to food
sdg2	malnutrition
sdg2	undernourishment
sdg2	nutrition
sdg2	stunting
sdg2	=wasting
sdg2	famine
sdg2	smallholder
sdg2	smallholder farmers
sdg2	small-scale food producers
sdg2	family farmers
sdg2	pastoralists
sdg2	agriculture
sdg2	agricultural productivity
sdg2	sustainable agriculture
sdg2	agrifood
sdg2	crop
sdg2	livestock
sdg2	seeds
sdg2	small-scale producers
sdg2	overweight
sdg2	anaemia
sdg2	anemia

# ---------------------------------------------------------------- Goal 3
sdg3	=SDG3
sdg3	SDG 3
sdg3	Goal 3
sdg3	target 3.1
sdg3	target 3.2
sdg3	target 3.3
sdg3	target 3.4
sdg3	target 3.5
sdg3	target 3.6
sdg3	target 3.7
sdg3	target 3.8
sdg3	target 3.9
sdg3	target 3.a
sdg3	target 3.b
sdg3	target 3.c
sdg3	target 3.d
sdg3	good health and well-being
sdg3	health
sdg3	healthy lives
sdg3	public health
sdg3	health systems
sdg3	health care
sdg3	healthcare
sdg3	health services
sdg3	health workers
sdg3	universal health coverage
sdg3	right to health
sdg3	maternal mortality
sdg3	maternal health
sdg3	neonatal
sdg3	newborn
sdg3	under-five mortality
sdg3	child mortality
sdg3	infant mortality
sdg3	epidemic
sdg3	pandemic
sdg3	COVID-19
sdg3	COVID	case=yes
sdg3	coronavirus
sdg3	HIV
sdg3	AIDS	case=yes
sdg3	HIV/AIDS
sdg3	tuberculosis
sdg3	malaria
sdg3	hepatitis
sdg3	neglected tropical diseases
sdg3	communicable diseases
sdg3	non-communicable diseases
sdg3	noncommunicable diseases
sdg3	disease
sdg3	vaccine
sdg3	=immunization
sdg3	=immunisation
sdg3	essential medicines
sdg3	medicines
sdg3	mental health
sdg3	substance abuse
sdg3	drug abuse
sdg3	harmful use of alcohol
sdg3	road traffic
sdg3	tobacco
sdg3	sexual and reproductive health
sdg3	reproductive health
sdg3	family planning
sdg3	World Health Organization
sdg3	WHO	case=yes
sdg3	hospitals
sdg3	health emergencies
sdg3	under-5 mortality
sdg3	under-5 deaths
sdg3	adolescent birth rate
sdg3	health workforce

# ---------------------------------------------------------------- Goal 4
sdg4	=SDG4
sdg4	SDG 4
sdg4	Goal 4
sdg4	target 4.1
sdg4	target 4.2
sdg4	target 4.3
sdg4	target 4.4
sdg4	target 4.5
sdg4	target 4.6
sdg4	target 4.7
sdg4	target 4.a
sdg4	target 4.b
sdg4	target 4.c
sdg4	quality education
sdg4	education
sdg4	inclusive education
sdg4	right to education
sdg4	primary education
sdg4	secondary education
sdg4	tertiary education
sdg4	higher education
sdg4	early childhood education
sdg4	pre-primary
sdg4	vocational training
sdg4	technical and vocational
sdg4	schools
sdg4	out-of-school
sdg4	school enrolment
sdg4	enrolment
sdg4	literacy
sdg4	illiteracy
sdg4	numeracy
sdg4	learning outcomes
sdg4	lifelong learning
sdg4	teachers
sdg4	teacher training
sdg4	scholarships
sdg4	students
sdg4	pupils
sdg4	curricula
sdg4	curriculum
sdg4	=universities
sdg4	=university

# ---------------------------------------------------------------- Goal 5
sdg5	=SDG5
sdg5	SDG 5
sdg5	Goal 5
sdg5	target 5.1
sdg5	target 5.2
sdg5	target 5.3
sdg5	target 5.4
sdg5	target 5.5
sdg5	target 5.6
sdg5	target 5.a
sdg5	target 5.b
sdg5	target 5.c
sdg5	gender equality
sdg5	gender inequality
sdg5	gender parity
sdg5	gender justice
sdg5	gender gap
sdg5	gender-based violence
sdg5	gender perspective
sdg5	gender mainstreaming
sdg5	gender-responsive
sdg5	gender-sensitive
sdg5	empowerment of women
sdg5	women's empowerment
sdg5	empower women
sdg5	women and girls
sdg5	rights of women
sdg5	rights for women
sdg5	women's rights
sdg5	women's participation
sdg5	participation of women
sdg5	violence against women
sdg5	discrimination against women
sdg5	sexual violence
sdg5	sexual harassment
sdg5	domestic violence
sdg5	intimate partner violence
sdg5	femicide
sdg5	female genital mutilation
sdg5	child marriage
sdg5	early marriage
sdg5	forced marriage
sdg5	child, early and forced marriage
sdg5	unpaid care
sdg5	unpaid care and domestic work
sdg5	women in leadership
sdg5	women leaders
sdg5	=maternity
sdg5	reproductive rights
sdg5	Beijing Declaration and Platform for Action
sdg5	Beijing Platform for Action
sdg5	CEDAW	case=yes
sdg5	Convention on the Elimination of All Forms of Discrimination against Women
sdg5	UN-Women	case=yes
sdg5	care work
sdg5	unpaid domestic and care work
sdg5	women's land rights
sdg5	seats held by women
sdg5	women in parliament
sdg5	care economy
sdg5	girls' rights
sdg5	women's leadership
sdg5	gender employment gap

# ---------------------------------------------------------------- Goal 6
sdg6	=SDG6
sdg6	SDG 6
sdg6	Goal 6
sdg6	target 6.1
sdg6	target 6.2
sdg6	target 6.3
sdg6	target 6.4
sdg6	target 6.5
sdg6	target 6.6
sdg6	target 6.a
sdg6	target 6.b
sdg6	clean water and sanitation
sdg6	drinking water
sdg6	safe water
sdg6	clean water
sdg6	water supply
sdg6	access to water
sdg6	right to water
sdg6	rights to water and sanitation
sdg6	water and sanitation
sdg6	sanitation
sdg6	hygiene
sdg6	WASH	case=yes
sdg6	open defecation
sdg6	wastewater
sdg6	water quality
sdg6	water scarcity
sdg6	water stress
sdg6	water-use efficiency
sdg6	water resources
sdg6	water resources management
sdg6	freshwater
sdg6	aquifers
sdg6	transboundary waters
sdg6	water management

# ---------------------------------------------------------------- Goal 7
sdg7	=SDG7
sdg7	SDG 7
sdg7	Goal 7
sdg7	target 7.1
sdg7	target 7.2
sdg7	target 7.3
sdg7	target 7.a
sdg7	target 7.b
sdg7	affordable and clean energy
sdg7	energy
sdg7	renewable energy
sdg7	=renewables
sdg7	clean energy
sdg7	energy efficiency
sdg7	access to electricity
sdg7	electricity
sdg7	electrification
sdg7	clean cooking
sdg7	solar
sdg7	wind power
sdg7	hydropower
sdg7	energy transition
sdg7	energy access
sdg7	fossil fuels

# ---------------------------------------------------------------- Goal 8
sdg8	=SDG8
sdg8	SDG 8
sdg8	Goal 8
sdg8	target 8.1
sdg8	target 8.2
sdg8	target 8.3
sdg8	target 8.4
sdg8	target 8.5
sdg8	target 8.6
sdg8	target 8.7
sdg8	target 8.8
sdg8	target 8.9
sdg8	target 8.10
sdg8	target 8.a
sdg8	target 8.b
sdg8	decent work
sdg8	economic growth
sdg8	full and productive employment
sdg8	employment
sdg8	unemployment
sdg8	youth employment
sdg8	jobs
sdg8	job creation
sdg8	labour market
sdg8	labour rights
sdg8	labor rights
sdg8	workers
sdg8	migrant workers
sdg8	forced labour
sdg8	forced labor
sdg8	child labour
sdg8	child labor
sdg8	modern slavery
sdg8	equal pay
sdg8	wages
sdg8	minimum wage
sdg8	informal economy
sdg8	informal sector
sdg8	entrepreneurship
sdg8	small and medium-sized enterprises
sdg8	micro, small and medium-sized enterprises
sdg8	MSMEs	case=yes
sdg8	SMEs	case=yes
sdg8	=productivity
sdg8	labour productivity
sdg8	tourism
sdg8	financial inclusion
sdg8	GDP	case=yes
sdg8	gross domestic product
sdg8	per capita growth
sdg8	International Labour Organization
sdg8	ILO	case=yes
sdg8	occupational safety
sdg8	not in employment, education or training

# ---------------------------------------------------------------- Goal 9
sdg9	=SDG9
sdg9	SDG 9
sdg9	Goal 9
sdg9	target 9.1
sdg9	target 9.2
sdg9	target 9.3
sdg9	target 9.4
sdg9	target 9.5
sdg9	target 9.a
sdg9	target 9.b
sdg9	target 9.c
sdg9	industry, innovation and infrastructure
sdg9	infrastructure
sdg9	resilient infrastructure
sdg9	industrialization	not=industrialized countries|industrialized nations|industrialized states|industrialized world|industrialised countries|industrialised nations|industrialised states|industrialised world
sdg9	industrialisation	not=industrialized countries|industrialized nations|industrialized states|industrialized world|industrialised countries|industrialised nations|industrialised states|industrialised world
sdg9	industrial development
sdg9	manufacturing
sdg9	innovation
sdg9	research and development
sdg9	broadband
sdg9	mobile network
sdg9	internet access
sdg9	access to the Internet
sdg9	information and communications technology
sdg9	ICT	case=yes
sdg9	digital divide
sdg9	=connectivity
sdg9	value chains
sdg9	UNIDO	case=yes
sdg9	transport infrastructure
sdg9	freight
sdg9	mobile broadband

# ---------------------------------------------------------------- Goal 10
sdg10	=SDG10
sdg10	SDG 10
sdg10	Goal 10
sdg10	target 10.1
sdg10	target 10.2
sdg10	target 10.3
sdg10	target 10.4
sdg10	target 10.5
sdg10	target 10.6
sdg10	target 10.7
sdg10	target 10.a
sdg10	target 10.b
sdg10	target 10.c
sdg10	reduced inequalities
sdg10	inequality
sdg10	income inequality
sdg10	inequalities within and among countries
sdg10	social inclusion
sdg10	economic inclusion
sdg10	leave no one behind
sdg10	no one is left behind
sdg10	=marginalized
sdg10	=marginalization
sdg10	=marginalised
sdg10	discrimination
sdg10	discriminatory
sdg10	equal opportunity
sdg10	equality of opportunity
sdg10	migration
sdg10	migrants
sdg10	safe, orderly and regular migration
sdg10	remittances
sdg10	refugees
sdg10	persons with disabilities
sdg10	disabilities
sdg10	racism
sdg10	racial justice
sdg10	racial discrimination
sdg10	xenophobia
sdg10	fiscal policies
sdg10	representation of developing countries
sdg10	voice of developing countries
sdg10	special and differential treatment
sdg10	median income

# ---------------------------------------------------------------- Goal 11
sdg11	=SDG11
sdg11	SDG 11
sdg11	Goal 11
sdg11	target 11.1
sdg11	target 11.2
sdg11	target 11.3
sdg11	target 11.4
sdg11	target 11.5
sdg11	target 11.6
sdg11	target 11.7
sdg11	target 11.a
sdg11	target 11.b
sdg11	target 11.c
sdg11	sustainable cities and communities
sdg11	sustainable cities
sdg11	cities
sdg11	urban
sdg11	urbanisation
sdg11	human settlements
sdg11	slums
sdg11	informal settlements
sdg11	adequate housing
sdg11	=housing
sdg11	affordable housing
sdg11	homelessness
sdg11	public transport
sdg11	road safety
sdg11	air quality
sdg11	waste management
sdg11	public spaces
sdg11	green spaces
sdg11	cultural heritage
sdg11	natural heritage
sdg11	disaster risk reduction
sdg11	Sendai Framework
sdg11	New Urban Agenda
sdg11	UN-Habitat	case=yes
sdg11	local governments
sdg11	world heritage

# ---------------------------------------------------------------- Goal 12
sdg12	=SDG12
sdg12	SDG 12
sdg12	Goal 12
sdg12	target 12.1
sdg12	target 12.2
sdg12	target 12.3
sdg12	target 12.4
sdg12	target 12.5
sdg12	target 12.6
sdg12	target 12.7
sdg12	target 12.8
sdg12	target 12.a
sdg12	target 12.b
sdg12	target 12.c
sdg12	responsible consumption and production
sdg12	consumption and production
sdg12	sustainable consumption
sdg12	sustainable production
sdg12	consumption patterns
sdg12	production patterns
sdg12	food waste
sdg12	food loss
sdg12	waste generation
sdg12	recycling
sdg12	reuse
sdg12	circular economy
sdg12	hazardous chemicals
sdg12	chemicals and waste
sdg12	hazardous waste
sdg12	plastic
sdg12	material footprint
sdg12	resource efficiency
sdg12	natural resources
sdg12	sustainable lifestyles
sdg12	sustainability reporting
sdg12	sustainable public procurement
sdg12	fossil-fuel subsidies
sdg12	sustainable tourism
sdg12	business and human rights
sdg12	Guiding Principles on Business and Human Rights
sdg12	corporate social responsibility
sdg12	supply chains
sdg12	e-waste
sdg12	electronic waste

# ---------------------------------------------------------------- Goal 13
sdg13	=SDG13
sdg13	SDG 13
sdg13	Goal 13
sdg13	target 13.1
sdg13	target 13.2
sdg13	target 13.3
sdg13	target 13.a
sdg13	target 13.b
sdg13	climate action
sdg13	climate justice
sdg13	climate change
sdg13	climate
sdg13	climate crisis
sdg13	climate emergency
sdg13	climate finance
sdg13	climate-related
sdg13	global warming
sdg13	greenhouse gas
sdg13	greenhouse gases
sdg13	greenhouse gas emissions
sdg13	emissions
sdg13	carbon
sdg13	decarbonization
sdg13	net zero
sdg13	climate change mitigation
sdg13	mitigation and adaptation
sdg13	climate change adaptation
sdg13	adaptation to climate change
sdg13	adaptation and mitigation
sdg13	Paris Agreement
sdg13	United Nations Framework Convention on Climate Change
sdg13	UNFCCC	case=yes
sdg13	Kyoto Protocol
sdg13	Conference of the Parties
sdg13	nationally determined contributions
sdg13	early warning systems
sdg13	natural disasters
sdg13	extreme weather
sdg13	sea-level rise
sdg13	Green Climate Fund
sdg13	loss and damage
sdg13	disasters

# ---------------------------------------------------------------- Goal 14
sdg14	=SDG14
sdg14	SDG 14
sdg14	Goal 14
sdg14	target 14.1
sdg14	target 14.2
sdg14	target 14.3
sdg14	target 14.4
sdg14	target 14.5
sdg14	target 14.6
sdg14	target 14.7
sdg14	target 14.a
sdg14	target 14.b
sdg14	target 14.c
sdg14	life below water
sdg14	ocean
sdg14	=seas
sdg14	high seas
sdg14	marine
sdg14	coastal
sdg14	coral reefs
sdg14	fisheries
sdg14	fishing
sdg14	overfishing
sdg14	fish stocks
sdg14	fishers
sdg14	aquaculture
sdg14	ocean acidification
sdg14	marine pollution
sdg14	marine debris
sdg14	plastic pollution
sdg14	marine protected areas
sdg14	blue economy
sdg14	Law of the Sea
sdg14	UNCLOS	case=yes
sdg14	illegal, unreported and unregulated fishing

# ---------------------------------------------------------------- Goal 15
sdg15	=SDG15
sdg15	SDG 15
sdg15	Goal 15
sdg15	target 15.1
sdg15	target 15.2
sdg15	target 15.3
sdg15	target 15.4
sdg15	target 15.5
sdg15	target 15.6
sdg15	target 15.7
sdg15	target 15.8
sdg15	target 15.9
sdg15	target 15.a
sdg15	target 15.b
sdg15	target 15.c
sdg15	life on land
sdg15	biodiversity
sdg15	biological diversity
sdg15	ecosystems
sdg15	terrestrial
sdg15	forests
sdg15	deforestation
sdg15	reforestation
sdg15	afforestation
sdg15	desertification
sdg15	land degradation
sdg15	drought
sdg15	wetlands
sdg15	mountain ecosystems
sdg15	wildlife
sdg15	poaching
sdg15	endangered species
sdg15	threatened species
sdg15	extinction
sdg15	invasive alien species
sdg15	=habitats
sdg15	natural habitats
sdg15	genetic resources
sdg15	Convention on Biological Diversity
sdg15	Nagoya Protocol
sdg15	protected areas

# ---------------------------------------------------------------- Goal 16
sdg16	=SDG16
sdg16	SDG 16
sdg16	Goal 16
sdg16	target 16.1
sdg16	target 16.2
sdg16	target 16.3
sdg16	target 16.4
sdg16	target 16.5
sdg16	target 16.6
sdg16	target 16.7
sdg16	target 16.8
sdg16	target 16.9
sdg16	target 16.10
sdg16	target 16.a
sdg16	target 16.b
sdg16	peace, justice and strong institutions
sdg16	peaceful and inclusive societies
sdg16	peaceful societies
sdg16	peace
sdg16	peacebuilding
sdg16	peacekeeping
sdg16	conflict prevention
sdg16	armed conflict
sdg16	armed violence
sdg16	violence	not=violence against women|gender-based violence|gender based violence|domestic violence|sexual violence|intimate partner violence
sdg16	homicide
sdg16	access to justice
sdg16	justice	not=climate justice|racial justice|social justice|economic justice|gender justice|environmental justice
sdg16	rule of law
sdg16	justice systems
sdg16	judiciary
sdg16	judicial
sdg16	courts
sdg16	corruption
sdg16	anti-corruption
sdg16	bribery
sdg16	illicit financial flows
sdg16	illicit arms
sdg16	organized crime
sdg16	organised crime
sdg16	stolen assets
sdg16	accountable institutions
sdg16	transparent institutions
sdg16	effective, accountable and transparent institutions
sdg16	=accountability
sdg16	transparency
sdg16	good governance
sdg16	inclusive institutions
sdg16	participatory decision-making
sdg16	legal identity
sdg16	birth registration
sdg16	access to information
sdg16	fundamental freedoms
sdg16	human rights defenders
sdg16	journalists
sdg16	civic space
sdg16	national human rights institutions
sdg16	Paris Principles
sdg16	torture
sdg16	arbitrary detention
sdg16	enforced disappearance
sdg16	trafficking in persons
sdg16	human trafficking
sdg16	violence against children
sdg16	terrorism
sdg16	counter-terrorism
sdg16	impunity
sdg16	non-discriminatory laws
sdg16	conflict-related deaths
sdg16	births registered
sdg16	violent discipline
sdg16	violent punishment
sdg16	unsentenced detainees

# ---------------------------------------------------------------- Goal 17
sdg17	=SDG17
sdg17	SDG 17
sdg17	Goal 17
sdg17	target 17.1
sdg17	target 17.2
sdg17	target 17.3
sdg17	target 17.4
sdg17	target 17.5
sdg17	target 17.6
sdg17	target 17.7
sdg17	target 17.8
sdg17	target 17.9
sdg17	target 17.10
sdg17	target 17.11
sdg17	target 17.12
sdg17	target 17.13
sdg17	target 17.14
sdg17	target 17.15
sdg17	target 17.16
sdg17	target 17.17
sdg17	target 17.18
sdg17	target 17.19
sdg17	partnerships for the Goals
sdg17	Global Partnership
sdg17	global partnership for sustainable development
sdg17	revitalized global partnership
sdg17	means of implementation
sdg17	official development assistance
sdg17	ODA	case=yes
sdg17	0.7 per cent of gross national income
sdg17	development cooperation
sdg17	international cooperation
sdg17	South-South cooperation
sdg17	South-South
sdg17	triangular cooperation
sdg17	North-South
sdg17	domestic resource mobilization
sdg17	resource mobilization
sdg17	tax revenue
sdg17	debt relief
sdg17	debt sustainability
sdg17	debt restructuring
sdg17	external debt
sdg17	foreign direct investment
sdg17	financing for development
sdg17	Addis Ababa Action Agenda
sdg17	technology transfer
sdg17	transfer of technology
sdg17	Technology Bank
sdg17	capacity-building
sdg17	multilateral trading system
sdg17	World Trade Organization
sdg17	WTO	case=yes
sdg17	market access
sdg17	exports
sdg17	policy coherence
sdg17	multi-stakeholder partnerships
sdg17	public-private partnerships
sdg17	statistical capacity
sdg17	disaggregated data
sdg17	data collection
sdg17	technical assistance
sdg17	technical cooperation
sdg17	=multilateralism
sdg17	least developed countries
sdg17	small island developing States
sdg17	landlocked developing countries
sdg17	national statistical plan
sdg17	statistical plans

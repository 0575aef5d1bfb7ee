# lexicons/actors/groups.lex -- collective actors UN documents address or
# speak of: States and their groupings (Member States, States parties,
# least developed countries, small island developing States ...),
# institutional groupings (treaty bodies, special procedures, national
# human rights institutions ...), society (civil society, NGOs, the private
# sector, human rights defenders ...) and rights-holders (indigenous
# peoples, persons with disabilities, children and youth, women and girls,
# migrants, refugees ...).
#
# Ids are lower-case and hyphenated (DESIGN.md).  Single words are matched
# by their exact folded form (=word), never by stem, so that "universities"
# does not catch "universal" nor "minorities" "minor".  "States" and
# "Governments" must be capitalised (case=yes): "the report states" is a
# verb; lower-case "states" counts only after a word that makes it a noun
# ("all states", "other states", "sovereign states").  The plugin's longest-wins policy keeps "United States" (USA) and
# "Member States" from being read as the group "States".
@scheme	actors-groups
@title	Groups of actors
@version	2026.1
@language	en


# States and their groupings
@category	states	States	kind=group
states	=States	case=yes
states	all States
states	=other =States
states	=sovereign =States
states	=neighbouring =States
states	=neighboring =States
states	=small =States
states	=individual =States
states	=many =States
states	=several =States
states	=some =States
states	States Members
@category	member-states	Member States	kind=group
member-states	Member States
member-states	States Members of the United Nations
member-states	States Members of the Organization
member-states	Members of the United Nations
member-states	United Nations Member States
member-states	UN Member States
@category	states-parties	States parties	kind=group
states-parties	States parties
@category	governments	Governments	kind=group
governments	=Governments	case=yes
governments	national Governments
@category	international-community	international community	kind=group
international-community	international community
@category	developing-countries	developing countries	kind=group
developing-countries	=developing =countries
developing-countries	=developing =nations
developing-countries	=developing =States
developing-countries	=developing =economies
developing-countries	Global South
@category	developed-countries	developed countries	kind=group
developed-countries	=developed =countries
developed-countries	=developed =nations
developed-countries	=developed =economies
developed-countries	industrialized countries
@category	least-developed-countries	least developed countries	kind=group
least-developed-countries	least developed countries
least-developed-countries	=LDCs	case=yes
least-developed-countries	=LDC	case=yes
@category	small-island-developing-states	small island developing States	kind=group
small-island-developing-states	small island developing States
small-island-developing-states	=SIDS	case=yes
@category	landlocked-developing-countries	landlocked developing countries	kind=group
landlocked-developing-countries	landlocked developing countries
landlocked-developing-countries	=LLDCs	case=yes
@category	middle-income-countries	middle-income countries	kind=group
middle-income-countries	middle-income countries
@category	donors	donors	kind=group
donors	=donors
donors	donor countries
donors	donor community
donors	donor Governments

# intergovernmental and institutional groupings
@category	international-organizations	international organizations	kind=group
international-organizations	international organizations
international-organizations	international organisations
international-organizations	intergovernmental organizations
international-organizations	intergovernmental organisations
@category	regional-organizations	regional organizations	kind=group
regional-organizations	regional organizations
regional-organizations	regional organisations
regional-organizations	regional and subregional organizations
regional-organizations	subregional organizations
regional-organizations	regional mechanisms
@category	international-financial-institutions	international financial institutions	kind=group
international-financial-institutions	international financial institutions
international-financial-institutions	=IFIs	case=yes
international-financial-institutions	multilateral development banks
international-financial-institutions	=MDBs	case=yes
international-financial-institutions	international and regional financial institutions
international-financial-institutions	multilateral financial institutions
international-financial-institutions	multilateral financing institutions
@category	united-nations-entities	United Nations entities	kind=group
united-nations-entities	United Nations entities
united-nations-entities	United Nations agencies
united-nations-entities	United Nations agencies, funds and programmes
united-nations-entities	funds and programmes
united-nations-entities	specialized agencies
united-nations-entities	UN agencies
united-nations-entities	United Nations bodies
united-nations-entities	United Nations entities and agencies
united-nations-entities	agencies, funds and programmes
@category	treaty-bodies	treaty bodies	kind=group
treaty-bodies	treaty bodies
treaty-bodies	human rights treaty bodies
@category	special-procedures	special procedures	kind=group
special-procedures	special procedures
special-procedures	special procedure mandate holders
special-procedures	mandate holders
@category	human-rights-mechanisms	human rights mechanisms	kind=group
human-rights-mechanisms	human rights mechanisms
human-rights-mechanisms	international human rights mechanisms
@category	national-human-rights-institutions	national human rights institutions	kind=group
national-human-rights-institutions	national human rights institutions
national-human-rights-institutions	=NHRIs	case=yes
national-human-rights-institutions	=NHRI	case=yes
national-human-rights-institutions	national institutions for the promotion and protection of human rights
@category	parliaments	parliaments	kind=group
parliaments	=parliaments
parliaments	=parliamentarians
parliaments	national parliaments
parliaments	members of parliament
parliaments	=legislators
@category	local-governments	local governments	kind=group
local-governments	local governments
local-governments	local authorities
local-governments	local and regional governments
local-governments	=municipalities
local-governments	=cities
@category	judiciary	judiciary	kind=group
judiciary	=judiciary
judiciary	=judges
judiciary	=courts
@category	law-enforcement	law enforcement officials	kind=group
law-enforcement	law enforcement officials
law-enforcement	law enforcement agencies
law-enforcement	=police	not=police reform|police station|police commission|police and prison reform|police reform commission
law-enforcement	security forces
law-enforcement	security sector
@category	armed-groups	armed groups	kind=group
armed-groups	armed groups
armed-groups	non-State armed groups
armed-groups	armed forces and groups
@category	non-state-actors	non-State actors	kind=group
non-state-actors	non-State actors

# society
@category	civil-society	civil society	kind=group
civil-society	civil society
civil-society	civil society organizations
civil-society	civil society organisations
civil-society	civil society actors
civil-society	=CSOs	case=yes
@category	ngos	non-governmental organizations	kind=group
ngos	non-governmental organizations
ngos	non-governmental organisations
ngos	nongovernmental organizations
ngos	=NGOs	case=yes
ngos	=NGO	case=yes
@category	private-sector	private sector	kind=group
private-sector	private sector
private-sector	business enterprises
private-sector	business sector
private-sector	business community
private-sector	=businesses
private-sector	=corporations
private-sector	transnational corporations
@category	academia	academia	kind=group
academia	=academia
academia	=academics
academia	academic institutions
academia	=universities
academia	research institutions
@category	media	media	kind=group
media	=media	not=social media|media platforms|mass media campaign|media literacy
media	=journalists
media	media workers
@category	trade-unions	trade unions	kind=group
trade-unions	trade unions
trade-unions	workers' organizations
trade-unions	employers' organizations
trade-unions	labour unions
@category	faith-based-organizations	faith-based organizations	kind=group
faith-based-organizations	faith-based organizations
faith-based-organizations	faith-based actors
faith-based-organizations	religious leaders
faith-based-organizations	faith leaders
@category	human-rights-defenders	human rights defenders	kind=group
human-rights-defenders	human rights defenders
human-rights-defenders	women human rights defenders
human-rights-defenders	=HRDs	case=yes
human-rights-defenders	environmental human rights defenders
@category	stakeholders	stakeholders	kind=group
stakeholders	=stakeholders
stakeholders	relevant stakeholders
stakeholders	all stakeholders
@category	development-partners	development partners	kind=group
development-partners	development partners
development-partners	international partners

# rights-holders
@category	indigenous-peoples	indigenous peoples	kind=group
indigenous-peoples	indigenous peoples
indigenous-peoples	indigenous communities
@category	persons-with-disabilities	persons with disabilities	kind=group
persons-with-disabilities	persons with disabilities
persons-with-disabilities	people with disabilities
persons-with-disabilities	disabled persons
persons-with-disabilities	children with disabilities
persons-with-disabilities	women with disabilities
@category	children-and-youth	children and youth	kind=group
children-and-youth	children and youth
children-and-youth	children and young people
children-and-youth	=children
children-and-youth	=youth
children-and-youth	young people
children-and-youth	=adolescents
children-and-youth	boys and girls
children-and-youth	girls and boys
children-and-youth	youth organizations
@category	women-and-girls	women and girls	kind=group
women-and-girls	women and girls
women-and-girls	=women
women-and-girls	=girls
women-and-girls	women's organizations
women-and-girls	women's rights organizations
@category	older-persons	older persons	kind=group
older-persons	older persons
older-persons	older people
@category	migrants	migrants	kind=group
migrants	=migrants
migrants	migrant workers
@category	refugees	refugees	kind=group
refugees	=refugees
refugees	asylum-seekers
refugees	refugees and asylum seekers
@category	internally-displaced-persons	internally displaced persons	kind=group
internally-displaced-persons	internally displaced persons
internally-displaced-persons	internally displaced people
internally-displaced-persons	=IDPs	case=yes
internally-displaced-persons	displaced persons
@category	stateless-persons	stateless persons	kind=group
stateless-persons	stateless persons
stateless-persons	stateless people
@category	minorities	minorities	kind=group
minorities	=minorities
minorities	minority groups
minorities	national or ethnic, religious and linguistic minorities
minorities	persons belonging to minorities
minorities	ethnic minorities
minorities	religious minorities
@category	people-of-african-descent	people of African descent	kind=group
people-of-african-descent	people of African descent
people-of-african-descent	persons of African descent
people-of-african-descent	=Afrodescendants
people-of-african-descent	Afro-descendants
@category	lgbti-persons	LGBTI persons	kind=group
lgbti-persons	LGBTI persons	case=yes
lgbti-persons	LGBTI people	case=yes
lgbti-persons	LGBT persons	case=yes
lgbti-persons	lesbian, gay, bisexual, transgender and intersex persons
lgbti-persons	lesbian, gay, bisexual, transgender and intersex people
@category	victims	victims	kind=group
victims	=victims
victims	=survivors
victims	victims and survivors
@category	rural-populations	rural populations	kind=group
rural-populations	rural populations
rural-populations	rural communities
rural-populations	=peasants
rural-populations	smallholder farmers
rural-populations	rural women
@category	workers	workers	kind=group
workers	=workers
workers	domestic workers
workers	informal workers

# addressees.lex -- who a recommendation asks to act: the addressee
# attribute of the recommendations plugin.  The plugin reads this list
# first and the actors lexicons (lexicons/actors/) after it, so where both
# match the same words this list wins: "the State party" is state-party
# here, not the group of States parties.  Alone (without the actors
# lexicons) it covers the addressees UN recommendations name most.  Ids
# follow DESIGN.md: groups are lower-case hyphenated, UN entities their
# usual acronym.  Plural group nouns are `=word` so that "the State" (the
# State under review) is not "States".
@scheme	recommendation-addressees
@version	1
@category	states	States	kind=group
@category	member-states	Member States	kind=group
@category	state-party	State party	kind=group
@category	states-parties	States parties	kind=group
@category	governments	Governments	kind=group
@category	government	Government	kind=group
@category	international-community	International community	kind=group
@category	civil-society	Civil society	kind=group
@category	private-sector	Private sector	kind=group
@category	ngos	Non-governmental organizations	kind=group
@category	donors	Donors	kind=group
@category	development-partners	Development partners	kind=group
@category	international-financial-institutions	International financial institutions	kind=group
@category	national-human-rights-institutions	National human rights institutions	kind=group
@category	regional-organizations	Regional organizations	kind=group
@category	parliaments	Parliaments	kind=group
@category	businesses	Business enterprises	kind=group
@category	united-nations	United Nations	kind=organization
@category	un-system	United Nations system	kind=organization
@category	OHCHR	Office of the United Nations High Commissioner for Human Rights	kind=organization
@category	UNDP	United Nations Development Programme	kind=organization
@category	UNICEF	United Nations Children's Fund	kind=organization
@category	UNHCR	Office of the United Nations High Commissioner for Refugees	kind=organization
@category	UN-WOMEN	UN-Women	kind=organization
@category	UNESCO	UNESCO	kind=organization
@category	WHO	World Health Organization	kind=organization
@category	ILO	International Labour Organization	kind=organization
@category	human-rights-council	Human Rights Council	kind=organization
@category	general-assembly	General Assembly	kind=organization
@category	security-council	Security Council	kind=organization
@category	secretary-general	Secretary-General	kind=person-role
@category	high-commissioner	High Commissioner	kind=person-role

states	=states
member-states	member =states
state-party	=state =party
states-parties	=states =parties
governments	=governments
government	=government
government	the authorities
international-community	international community
civil-society	civil society
private-sector	private sector
ngos	non-governmental organizations
ngos	non-governmental organisations
ngos	NGOs	case=yes
donors	=donors
donors	donor countries
development-partners	development partners
international-financial-institutions	international financial institutions
national-human-rights-institutions	national human rights institutions
regional-organizations	regional organizations
regional-organizations	regional organisations
parliaments	=parliaments
parliaments	=parliament
businesses	business enterprises
businesses	=businesses
united-nations	United Nations	case=yes
un-system	united nations system
un-system	UN system	case=yes
un-system	united nations entities
un-system	united nations agencies
OHCHR	OHCHR	case=yes
OHCHR	office of the high commissioner for human rights
OHCHR	office of the united nations high commissioner for human rights
UNDP	UNDP	case=yes
UNDP	united nations development programme
UNICEF	UNICEF	case=yes
UNHCR	UNHCR	case=yes
UN-WOMEN	UN-Women	case=yes
UNESCO	UNESCO	case=yes
WHO	WHO	case=yes
WHO	world health organization
ILO	ILO	case=yes
ILO	international labour organization
human-rights-council	human rights council
general-assembly	general assembly
security-council	security council
secretary-general	secretary-general
high-commissioner	high commissioner

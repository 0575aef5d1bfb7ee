# lexicons/actors/roles.lex -- persons referred to by their office in UN
# documents: the Secretary-General and senior officials, the High
# Commissioners, special procedures mandate holders (Special Rapporteurs,
# Independent Experts), envoys and representatives of the Secretary-General,
# the Presidents of the principal organs, Resident Coordinators, Heads of
# State and Government.  kind=person-role; ids lower-case and hyphenated.
#
# A role name that contains the name of a body ("President of the General
# Assembly") wins over the body by the longest-match rule; the body name
# inside the title of a mandate ("Special Rapporteur on the situation of
# human rights in Myanmar") is still matched on its own.
@scheme	actors-roles
@title	Roles of persons
@version	2026.1
@language	en

@category	secretary-general	Secretary-General	kind=person-role
secretary-general	Secretary-General
secretary-general	Secretary-General of the United Nations
secretary-general	United Nations Secretary-General
secretary-general	UN Secretary-General
@category	deputy-secretary-general	Deputy Secretary-General	kind=person-role
deputy-secretary-general	Deputy Secretary-General
@category	under-secretary-general	Under-Secretary-General	kind=person-role
under-secretary-general	Under-Secretary-General
@category	assistant-secretary-general	Assistant Secretary-General	kind=person-role
assistant-secretary-general	Assistant Secretary-General
@category	high-commissioner	United Nations High Commissioner for Human Rights	kind=person-role
high-commissioner	High Commissioner
high-commissioner	High Commissioner for Human Rights
high-commissioner	United Nations High Commissioner for Human Rights
high-commissioner	UN High Commissioner for Human Rights
@category	deputy-high-commissioner	Deputy High Commissioner for Human Rights	kind=person-role
deputy-high-commissioner	Deputy High Commissioner
deputy-high-commissioner	Deputy High Commissioner for Human Rights
@category	high-commissioner-for-refugees	United Nations High Commissioner for Refugees	kind=person-role
high-commissioner-for-refugees	High Commissioner for Refugees
high-commissioner-for-refugees	United Nations High Commissioner for Refugees
@category	special-rapporteur	Special Rapporteur	kind=person-role
special-rapporteur	Special Rapporteur
@category	independent-expert	Independent Expert	kind=person-role
independent-expert	Independent Expert
@category	special-envoy	Special Envoy	kind=person-role
special-envoy	Special Envoy
special-envoy	Special Envoy of the Secretary-General
@category	special-representative	Special Representative of the Secretary-General	kind=person-role
special-representative	Special Representative
special-representative	Special Representative of the Secretary-General
special-representative	=SRSG	case=yes
@category	special-adviser	Special Adviser	kind=person-role
special-adviser	Special Adviser
special-adviser	Special Adviser of the Secretary-General
special-adviser	Special Adviser to the Secretary-General
@category	special-coordinator	Special Coordinator	kind=person-role
special-coordinator	Special Coordinator
@category	high-representative	High Representative	kind=person-role
high-representative	High Representative
@category	president-of-the-general-assembly	President of the General Assembly	kind=person-role
president-of-the-general-assembly	President of the General Assembly
president-of-the-general-assembly	=PGA	case=yes
president-of-the-general-assembly	President of this session of the General Assembly
president-of-the-general-assembly	President of the * session of the General Assembly
president-of-the-general-assembly	President of the * * session of the General Assembly
president-of-the-general-assembly	President of the * session of the UN General Assembly
president-of-the-general-assembly	President of the * session of the United Nations General Assembly
@category	president-of-the-security-council	President of the Security Council	kind=person-role
president-of-the-security-council	President of the Security Council
@category	president-of-the-human-rights-council	President of the Human Rights Council	kind=person-role
president-of-the-human-rights-council	President of the Human Rights Council
@category	president-of-ecosoc	President of the Economic and Social Council	kind=person-role
president-of-ecosoc	President of the Economic and Social Council
president-of-ecosoc	ECOSOC President
@category	resident-coordinator	Resident Coordinator	kind=person-role
resident-coordinator	Resident Coordinator
resident-coordinator	United Nations resident coordinators
resident-coordinator	=RCs	case=yes
@category	humanitarian-coordinator	Humanitarian Coordinator	kind=person-role
humanitarian-coordinator	Humanitarian Coordinator
@category	emergency-relief-coordinator	Emergency Relief Coordinator	kind=person-role
emergency-relief-coordinator	Emergency Relief Coordinator
@category	ombudsperson	Ombudsperson	kind=person-role
ombudsperson	=Ombudsperson
ombudsperson	=Ombudsman
@category	heads-of-state-and-government	Heads of State and Government	kind=person-role
heads-of-state-and-government	Heads of State and Government
heads-of-state-and-government	Heads of State or Government
heads-of-state-and-government	Heads of State
heads-of-state-and-government	world leaders
@category	ministers	Ministers	kind=person-role
ministers	Minister for Foreign Affairs
ministers	Foreign Ministers
ministers	Minister of Foreign Affairs
ministers	Prime Minister
@category	chair-of-treaty-body	Chair of a treaty body	kind=person-role
chair-of-treaty-body	chairs of the human rights treaty bodies
chair-of-treaty-body	Chairs of the treaty bodies
chair-of-treaty-body	chairs of treaty bodies

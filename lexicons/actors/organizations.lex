# lexicons/actors/organizations.lex -- the United Nations system (principal
# organs, subsidiary bodies, treaty bodies, Secretariat departments, funds,
# programmes, specialized agencies, regional commissions, peace operations
# and political missions) and other intergovernmental bodies (regional
# organizations, development banks, financing mechanisms).
#
# One category per body; its id is the body's usual acronym (UN-WOMEN for
# UN-Women, UN-HABITAT, ...) or, where it has none, a short upper-case
# hyphenated name.  Entries are the full name, the short names and the
# acronyms UN documents use.  Acronyms are case-sensitive (case=yes), so
# "WHO" is the World Health Organization and "who" is not.  The plugin
# picks the longest of overlapping names, so "United Nations Development
# Programme" is UNDP and not UN, and "Office of the United Nations High
# Commissioner for Human Rights" is OHCHR and not the High Commissioner.
#
# Acronyms that are more often something else in UN prose are left out on
# purpose: ODA (official development assistance, not the Office for
# Disarmament Affairs), CRC / CEDAW / CAT used alone (mostly the
# conventions, not their committees).
@scheme	actors-organizations
@title	United Nations system entities and intergovernmental bodies
@version	2026.1
@language	en


# principal organs and the Organization itself
@category	UN	United Nations	kind=organization
UN	United Nations	not=Charter of the United Nations|United Nations Charter|United Nations Conference|United Nations Sustainable Development Cooperation Framework|United Nations Decade|United Nations Day|United Nations Convention|United Nations Declaration|United Nations Declaration on the Rights|United Nations Principles|United Nations Guiding Principles|United Nations Standard Minimum Rules|United Nations Rules|United Nations Basic Principles|Journal of the United Nations|Yearbook of the United Nations|United Nations Treaty Series
UN	United Nations Organization
UN	United Nations system
UN	United Nations development system
UN	=UN	case=yes
UN	United Nations Secretariat
UN	Secretariat of the United Nations
UN	UN Secretariat
@category	GA	General Assembly	kind=organization
GA	General Assembly	not=Official Records of the General Assembly
GA	United Nations General Assembly
GA	=UNGA	case=yes
@category	UNSC	Security Council	kind=organization
UNSC	Security Council	not=Peace and Security Council|National Security Council
UNSC	United Nations Security Council
UNSC	=UNSC	case=yes
@category	ECOSOC	Economic and Social Council	kind=organization
ECOSOC	Economic and Social Council
ECOSOC	=ECOSOC	case=yes
@category	TC	Trusteeship Council	kind=organization
TC	Trusteeship Council
@category	ICJ	International Court of Justice	kind=organization
ICJ	International Court of Justice
ICJ	=ICJ	case=yes
ICJ	World Court

# General Assembly and Council subsidiary bodies
@category	HRC	Human Rights Council	kind=organization
HRC	Human Rights Council
HRC	UN Human Rights Council
HRC	=HRC	case=yes
HRC	United Nations Human Rights Council
HRC	=UNHRC	case=yes
@category	CHR	Commission on Human Rights	kind=organization
CHR	Commission on Human Rights
CHR	United Nations Commission on Human Rights
@category	HRC-AC	Human Rights Council Advisory Committee	kind=organization
HRC-AC	Human Rights Council Advisory Committee
HRC-AC	Advisory Committee of the Human Rights Council
@category	UPR-WG	Working Group on the Universal Periodic Review	kind=organization
UPR-WG	Working Group on the Universal Periodic Review
UPR-WG	UPR Working Group
@category	PBC	Peacebuilding Commission	kind=organization
PBC	Peacebuilding Commission
PBC	=PBC	case=yes
@category	PBSO	Peacebuilding Support Office	kind=organization
PBSO	Peacebuilding Support Office
PBSO	=PBSO	case=yes
@category	FIRST-COMMITTEE	First Committee	kind=organization
FIRST-COMMITTEE	First Committee
FIRST-COMMITTEE	Disarmament and International Security Committee
@category	SECOND-COMMITTEE	Second Committee	kind=organization
SECOND-COMMITTEE	Second Committee
SECOND-COMMITTEE	Economic and Financial Committee
@category	THIRD-COMMITTEE	Third Committee	kind=organization
THIRD-COMMITTEE	Third Committee
THIRD-COMMITTEE	Social, Humanitarian and Cultural Committee
@category	FOURTH-COMMITTEE	Fourth Committee	kind=organization
FOURTH-COMMITTEE	Fourth Committee
FOURTH-COMMITTEE	Special Political and Decolonization Committee
@category	FIFTH-COMMITTEE	Fifth Committee	kind=organization
FIFTH-COMMITTEE	Fifth Committee
FIFTH-COMMITTEE	Administrative and Budgetary Committee
@category	SIXTH-COMMITTEE	Sixth Committee	kind=organization
SIXTH-COMMITTEE	Sixth Committee
SIXTH-COMMITTEE	Legal Committee
@category	ACABQ	Advisory Committee on Administrative and Budgetary Questions	kind=organization
ACABQ	Advisory Committee on Administrative and Budgetary Questions
ACABQ	=ACABQ	case=yes
@category	CPC	Committee for Programme and Coordination	kind=organization
CPC	Committee for Programme and Coordination
@category	ILC	International Law Commission	kind=organization
ILC	International Law Commission
@category	UNCITRAL	United Nations Commission on International Trade Law	kind=organization
UNCITRAL	United Nations Commission on International Trade Law
UNCITRAL	=UNCITRAL	case=yes
@category	ICSC	International Civil Service Commission	kind=organization
ICSC	International Civil Service Commission
ICSC	=ICSC	case=yes
@category	JIU	Joint Inspection Unit	kind=organization
JIU	Joint Inspection Unit
JIU	=JIU	case=yes
@category	BOA	Board of Auditors	kind=organization
BOA	Board of Auditors
BOA	United Nations Board of Auditors
@category	OIOS	Office of Internal Oversight Services	kind=organization
OIOS	Office of Internal Oversight Services
OIOS	=OIOS	case=yes
@category	CD	Conference on Disarmament	kind=organization
CD	Conference on Disarmament
@category	UNDC	Disarmament Commission	kind=organization
UNDC	Disarmament Commission
UNDC	United Nations Disarmament Commission
@category	C24	Special Committee on Decolonization	kind=organization
C24	Special Committee on Decolonization
C24	Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples
@category	CTC	Counter-Terrorism Committee	kind=organization
CTC	Counter-Terrorism Committee
CTC	Counter-Terrorism Committee Executive Directorate
CTC	=CTED	case=yes
@category	HLPF	High-level Political Forum on Sustainable Development	kind=organization
HLPF	United Nations high-level political forum on sustainable development
HLPF	High-level Political Forum on Sustainable Development
HLPF	high-level political forum
HLPF	=HLPF	case=yes

# ECOSOC functional commissions and expert bodies
@category	CSW	Commission on the Status of Women	kind=organization
CSW	Commission on the Status of Women
CSW	=CSW	case=yes
@category	CSOCD	Commission for Social Development	kind=organization
CSOCD	Commission for Social Development
@category	CPD	Commission on Population and Development	kind=organization
CPD	Commission on Population and Development
@category	CND	Commission on Narcotic Drugs	kind=organization
CND	Commission on Narcotic Drugs
CND	=CND	case=yes
@category	CCPCJ	Commission on Crime Prevention and Criminal Justice	kind=organization
CCPCJ	Commission on Crime Prevention and Criminal Justice
CCPCJ	=CCPCJ	case=yes
@category	CSTD	Commission on Science and Technology for Development	kind=organization
CSTD	Commission on Science and Technology for Development
@category	UNSTATCOM	Statistical Commission	kind=organization
UNSTATCOM	Statistical Commission
UNSTATCOM	United Nations Statistical Commission
@category	UNFF	United Nations Forum on Forests	kind=organization
UNFF	United Nations Forum on Forests
UNFF	=UNFF	case=yes
@category	CDP	Committee for Development Policy	kind=organization
CDP	Committee for Development Policy
@category	CEPA	Committee of Experts on Public Administration	kind=organization
CEPA	Committee of Experts on Public Administration
@category	UN-TAX-COMMITTEE	Committee of Experts on International Cooperation in Tax Matters	kind=organization
UN-TAX-COMMITTEE	Committee of Experts on International Cooperation in Tax Matters
UN-TAX-COMMITTEE	United Nations Tax Committee
UN-TAX-COMMITTEE	UN Tax Committee
@category	UNPFII	Permanent Forum on Indigenous Issues	kind=organization
UNPFII	Permanent Forum on Indigenous Issues
UNPFII	United Nations Permanent Forum on Indigenous Issues
UNPFII	=UNPFII	case=yes
@category	EMRIP	Expert Mechanism on the Rights of Indigenous Peoples	kind=organization
EMRIP	Expert Mechanism on the Rights of Indigenous Peoples
EMRIP	=EMRIP	case=yes
@category	EMRTD	Expert Mechanism on the Right to Development	kind=organization
EMRTD	Expert Mechanism on the Right to Development
@category	CFS	Committee on World Food Security	kind=organization
CFS	Committee on World Food Security

# human rights treaty bodies and mechanisms
@category	CCPR	Human Rights Committee	kind=organization
CCPR	Human Rights Committee
@category	CESCR	Committee on Economic, Social and Cultural Rights	kind=organization
CESCR	Committee on Economic, Social and Cultural Rights
CESCR	=CESCR	case=yes
@category	CERD	Committee on the Elimination of Racial Discrimination	kind=organization
CERD	Committee on the Elimination of Racial Discrimination
@category	CEDAW	Committee on the Elimination of Discrimination against Women	kind=organization
CEDAW	Committee on the Elimination of Discrimination against Women
CEDAW	CEDAW Committee
@category	CAT	Committee against Torture	kind=organization
CAT	Committee against Torture
@category	SPT	Subcommittee on Prevention of Torture	kind=organization
SPT	Subcommittee on Prevention of Torture
SPT	Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment
SPT	Subcommittee for the Prevention of Torture
SPT	=SPT	case=yes
@category	CRC	Committee on the Rights of the Child	kind=organization
CRC	Committee on the Rights of the Child
@category	CMW	Committee on Migrant Workers	kind=organization
CMW	Committee on Migrant Workers
CMW	Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families
@category	CRPD	Committee on the Rights of Persons with Disabilities	kind=organization
CRPD	Committee on the Rights of Persons with Disabilities
@category	CED	Committee on Enforced Disappearances	kind=organization
CED	Committee on Enforced Disappearances
@category	WGAD	Working Group on Arbitrary Detention	kind=organization
WGAD	Working Group on Arbitrary Detention
WGAD	=WGAD	case=yes
@category	WGEID	Working Group on Enforced or Involuntary Disappearances	kind=organization
WGEID	Working Group on Enforced or Involuntary Disappearances
WGEID	=WGEID	case=yes
@category	WG-BHR	Working Group on Business and Human Rights	kind=organization
WG-BHR	Working Group on Business and Human Rights
WG-BHR	Working Group on the issue of human rights and transnational corporations and other business enterprises
@category	WG-RTD	Working Group on the Right to Development	kind=organization
WG-RTD	Working Group on the Right to Development
@category	WG-PAD	Working Group of Experts on People of African Descent	kind=organization
WG-PAD	Working Group of Experts on People of African Descent
@category	WG-MERCENARIES	Working Group on the use of mercenaries	kind=organization
WG-MERCENARIES	Working Group on the use of mercenaries
@category	WG-DAW	Working Group on discrimination against women and girls	kind=organization
WG-DAW	Working Group on discrimination against women and girls
WG-DAW	Working Group on the issue of discrimination against women in law and in practice
@category	FORUM-BHR	Forum on Business and Human Rights	kind=organization
FORUM-BHR	Forum on Business and Human Rights
@category	FORUM-MINORITIES	Forum on Minority Issues	kind=organization
FORUM-MINORITIES	Forum on Minority Issues
@category	SOCIAL-FORUM	Social Forum	kind=organization
SOCIAL-FORUM	Social Forum

# Secretariat departments and offices
@category	OHCHR	Office of the United Nations High Commissioner for Human Rights	kind=organization
OHCHR	Office of the United Nations High Commissioner for Human Rights
OHCHR	Office of the High Commissioner for Human Rights
OHCHR	Office of the High Commissioner
OHCHR	=OHCHR	case=yes
OHCHR	United Nations Human Rights Office
OHCHR	UN Human Rights Office
@category	EOSG	Executive Office of the Secretary-General	kind=organization
EOSG	Executive Office of the Secretary-General
EOSG	=EOSG	case=yes
@category	DESA	Department of Economic and Social Affairs	kind=organization
DESA	Department of Economic and Social Affairs
DESA	=DESA	case=yes
DESA	=UNDESA	case=yes
DESA	UN DESA	case=yes
@category	DPPA	Department of Political and Peacebuilding Affairs	kind=organization
DPPA	Department of Political and Peacebuilding Affairs
DPPA	=DPPA	case=yes
DPPA	Department of Political Affairs
DPPA	=DPA	case=yes
@category	DPO	Department of Peace Operations	kind=organization
DPO	Department of Peace Operations
DPO	=DPO	case=yes
DPO	Department of Peacekeeping Operations
DPO	=DPKO	case=yes
@category	DOS	Department of Operational Support	kind=organization
DOS	Department of Operational Support
DOS	Department of Field Support
DOS	=DFS	case=yes
@category	DMSPC	Department of Management Strategy, Policy and Compliance	kind=organization
DMSPC	Department of Management Strategy, Policy and Compliance
DMSPC	=DMSPC	case=yes
@category	DGACM	Department for General Assembly and Conference Management	kind=organization
DGACM	Department for General Assembly and Conference Management
DGACM	=DGACM	case=yes
@category	DGC	Department of Global Communications	kind=organization
DGC	Department of Global Communications
DGC	Department of Public Information
@category	DSS	Department of Safety and Security	kind=organization
DSS	Department of Safety and Security
@category	OCHA	Office for the Coordination of Humanitarian Affairs	kind=organization
OCHA	Office for the Coordination of Humanitarian Affairs
OCHA	=OCHA	case=yes
OCHA	=UNOCHA	case=yes
@category	OLA	Office of Legal Affairs	kind=organization
OLA	Office of Legal Affairs
@category	UNODA	Office for Disarmament Affairs	kind=organization
UNODA	Office for Disarmament Affairs
UNODA	United Nations Office for Disarmament Affairs
UNODA	=UNODA	case=yes
@category	UNOCT	Office of Counter-Terrorism	kind=organization
UNOCT	Office of Counter-Terrorism
UNOCT	United Nations Office of Counter-Terrorism
UNOCT	=UNOCT	case=yes
@category	OSAA	Office of the Special Adviser on Africa	kind=organization
OSAA	Office of the Special Adviser on Africa
OSAA	=OSAA	case=yes
@category	UN-OHRLLS	Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States	kind=organization
UN-OHRLLS	Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States
UN-OHRLLS	=OHRLLS	case=yes
UN-OHRLLS	UN-OHRLLS	case=yes
@category	UNDRR	United Nations Office for Disaster Risk Reduction	kind=organization
UNDRR	United Nations Office for Disaster Risk Reduction
UNDRR	Office for Disaster Risk Reduction
UNDRR	=UNDRR	case=yes
UNDRR	=UNISDR	case=yes
@category	UNOOSA	United Nations Office for Outer Space Affairs	kind=organization
UNOOSA	United Nations Office for Outer Space Affairs
UNOOSA	Office for Outer Space Affairs
UNOOSA	=UNOOSA	case=yes
@category	UNOSSC	United Nations Office for South-South Cooperation	kind=organization
UNOSSC	United Nations Office for South-South Cooperation
UNOSSC	Office for South-South Cooperation
UNOSSC	=UNOSSC	case=yes
@category	UNOP	United Nations Office for Partnerships	kind=organization
UNOP	United Nations Office for Partnerships
UNOP	Office for Partnerships
@category	UNOG	United Nations Office at Geneva	kind=organization
UNOG	United Nations Office at Geneva
UNOG	=UNOG	case=yes
@category	UNON	United Nations Office at Nairobi	kind=organization
UNON	United Nations Office at Nairobi
UNON	=UNON	case=yes
@category	UNOV	United Nations Office at Vienna	kind=organization
UNOV	United Nations Office at Vienna
UNOV	=UNOV	case=yes
@category	DCO	Development Coordination Office	kind=organization
DCO	Development Coordination Office
DCO	United Nations Development Coordination Office
DCO	=UNDCO	case=yes
@category	UNSDG	United Nations Sustainable Development Group	kind=organization
UNSDG	Sustainable Development Group
UNSDG	United Nations Sustainable Development Group
UNSDG	=UNSDG	case=yes
UNSDG	United Nations Development Group
UNSDG	=UNDG	case=yes
@category	CEB	United Nations System Chief Executives Board for Coordination	kind=organization
CEB	United Nations System Chief Executives Board for Coordination
CEB	Chief Executives Board for Coordination
CEB	Chief Executives Board
@category	IASC	Inter-Agency Standing Committee	kind=organization
IASC	Inter-Agency Standing Committee
IASC	=IASC	case=yes
@category	UNCT	United Nations country team	kind=organization
UNCT	United Nations country team
UNCT	UN country team
UNCT	=UNCT	case=yes
UNCT	=UNCTs	case=yes
@category	UN-GLOBAL-COMPACT	United Nations Global Compact	kind=organization
UN-GLOBAL-COMPACT	United Nations Global Compact
UN-GLOBAL-COMPACT	UN Global Compact
@category	OSRSG-CAAC	Office of the Special Representative of the Secretary-General for Children and Armed Conflict	kind=organization
OSRSG-CAAC	Office of the Special Representative of the Secretary-General for Children and Armed Conflict

# funds, programmes, research and training
@category	UNDP	United Nations Development Programme	kind=organization
UNDP	United Nations Development Programme
UNDP	United Nations Development Program
UNDP	=UNDP	case=yes
@category	UNEP	United Nations Environment Programme	kind=organization
UNEP	United Nations Environment Programme
UNEP	United Nations Environment Program
UNEP	=UNEP	case=yes
UNEP	UN Environment
@category	UNFPA	United Nations Population Fund	kind=organization
UNFPA	United Nations Population Fund
UNFPA	=UNFPA	case=yes
UNFPA	United Nations Fund for Population Activities
@category	UN-HABITAT	United Nations Human Settlements Programme	kind=organization
UN-HABITAT	United Nations Human Settlements Programme
UN-HABITAT	UN-Habitat
UN-HABITAT	=UNHabitat	case=yes
@category	UNICEF	United Nations Children's Fund	kind=organization
UNICEF	United Nations Children's Fund
UNICEF	=UNICEF	case=yes
UNICEF	United Nations International Children's Emergency Fund
@category	WFP	World Food Programme	kind=organization
WFP	World Food Programme
WFP	World Food Program
WFP	=WFP	case=yes
@category	UNRWA	United Nations Relief and Works Agency for Palestine Refugees in the Near East	kind=organization
UNRWA	United Nations Relief and Works Agency for Palestine Refugees in the Near East
UNRWA	United Nations Relief and Works Agency
UNRWA	=UNRWA	case=yes
@category	UNCTAD	United Nations Conference on Trade and Development	kind=organization
UNCTAD	United Nations Conference on Trade and Development
UNCTAD	=UNCTAD	case=yes
@category	UN-WOMEN	United Nations Entity for Gender Equality and the Empowerment of Women	kind=organization
UN-WOMEN	United Nations Entity for Gender Equality and the Empowerment of Women
UN-WOMEN	UN-Women
UN-WOMEN	=UNWomen	case=yes
UN-WOMEN	United Nations Development Fund for Women
UN-WOMEN	=UNIFEM	case=yes
@category	UNODC	United Nations Office on Drugs and Crime	kind=organization
UNODC	United Nations Office on Drugs and Crime
UNODC	=UNODC	case=yes
@category	UNHCR	Office of the United Nations High Commissioner for Refugees	kind=organization
UNHCR	Office of the United Nations High Commissioner for Refugees
UNHCR	=UNHCR	case=yes
UNHCR	UN Refugee Agency
UNHCR	United Nations Refugee Agency
@category	UNAIDS	Joint United Nations Programme on HIV/AIDS	kind=organization
UNAIDS	United Nations Joint Programme on HIV/AIDS
UNAIDS	Joint United Nations Programme on HIV/AIDS
UNAIDS	=UNAIDS	case=yes
@category	UNOPS	United Nations Office for Project Services	kind=organization
UNOPS	United Nations Office for Project Services
UNOPS	=UNOPS	case=yes
@category	UNU	United Nations University	kind=organization
UNU	United Nations University
UNU	=UNU	case=yes
@category	UNITAR	United Nations Institute for Training and Research	kind=organization
UNITAR	United Nations Institute for Training and Research
UNITAR	=UNITAR	case=yes
@category	UNRISD	United Nations Research Institute for Social Development	kind=organization
UNRISD	United Nations Research Institute for Social Development
UNRISD	=UNRISD	case=yes
@category	UNIDIR	United Nations Institute for Disarmament Research	kind=organization
UNIDIR	United Nations Institute for Disarmament Research
UNIDIR	=UNIDIR	case=yes
@category	UNICRI	United Nations Interregional Crime and Justice Research Institute	kind=organization
UNICRI	United Nations Interregional Crime and Justice Research Institute
UNICRI	=UNICRI	case=yes
@category	UNSSC	United Nations System Staff College	kind=organization
UNSSC	United Nations System Staff College
UNSSC	=UNSSC	case=yes
@category	UNV	United Nations Volunteers	kind=organization
UNV	United Nations Volunteers programme
UNV	United Nations Volunteers
UNV	=UNV	case=yes
@category	UNCDF	United Nations Capital Development Fund	kind=organization
UNCDF	United Nations Capital Development Fund
UNCDF	=UNCDF	case=yes
@category	ITC	International Trade Centre	kind=organization
ITC	International Trade Centre
ITC	International Trade Center
@category	UNFCCC	United Nations Framework Convention on Climate Change secretariat	kind=organization
UNFCCC	=UNFCCC	case=yes
UNFCCC	UNFCCC secretariat
@category	UNCCD	United Nations Convention to Combat Desertification secretariat	kind=organization
UNCCD	=UNCCD	case=yes
@category	IPCC	Intergovernmental Panel on Climate Change	kind=organization
IPCC	Intergovernmental Panel on Climate Change
IPCC	=IPCC	case=yes
@category	UNDEF	United Nations Democracy Fund	kind=organization
UNDEF	United Nations Democracy Fund
UNDEF	=UNDEF	case=yes

# specialized agencies and related organizations
@category	FAO	Food and Agriculture Organization of the United Nations	kind=organization
FAO	Food and Agriculture Organization of the United Nations
FAO	Food and Agriculture Organization
FAO	=FAO	case=yes
@category	ICAO	International Civil Aviation Organization	kind=organization
ICAO	International Civil Aviation Organization
ICAO	=ICAO	case=yes
@category	IFAD	International Fund for Agricultural Development	kind=organization
IFAD	International Fund for Agricultural Development
IFAD	=IFAD	case=yes
@category	ILO	International Labour Organization	kind=organization
ILO	International Labour Organization
ILO	International Labor Organization
ILO	International Labour Office
ILO	=ILO	case=yes
@category	IMF	International Monetary Fund	kind=organization
IMF	International Monetary Fund
IMF	=IMF	case=yes
@category	IMO	International Maritime Organization	kind=organization
IMO	International Maritime Organization
IMO	=IMO	case=yes
@category	ITU	International Telecommunication Union	kind=organization
ITU	International Telecommunication Union
ITU	=ITU	case=yes
@category	UNESCO	United Nations Educational, Scientific and Cultural Organization	kind=organization
UNESCO	United Nations Educational, Scientific and Cultural Organization
UNESCO	=UNESCO	case=yes
@category	UNIDO	United Nations Industrial Development Organization	kind=organization
UNIDO	United Nations Industrial Development Organization
UNIDO	=UNIDO	case=yes
@category	UPU	Universal Postal Union	kind=organization
UPU	Universal Postal Union
UPU	=UPU	case=yes
@category	WB	World Bank	kind=organization
WB	World Bank
WB	World Bank Group
WB	=WBG	case=yes
WB	International Bank for Reconstruction and Development
WB	=IBRD	case=yes
WB	International Development Association
WB	=IDA	case=yes
@category	IFC	International Finance Corporation	kind=organization
IFC	International Finance Corporation
IFC	=IFC	case=yes
@category	MIGA	Multilateral Investment Guarantee Agency	kind=organization
MIGA	Multilateral Investment Guarantee Agency
MIGA	=MIGA	case=yes
@category	WHO	World Health Organization	kind=organization
WHO	World Health Organization
WHO	World Health Organisation
WHO	=WHO	case=yes
@category	WIPO	World Intellectual Property Organization	kind=organization
WIPO	World Intellectual Property Organization
WIPO	=WIPO	case=yes
@category	WMO	World Meteorological Organization	kind=organization
WMO	World Meteorological Organization
WMO	=WMO	case=yes
@category	UNWTO	World Tourism Organization	kind=organization
UNWTO	World Tourism Organization
UNWTO	=UNWTO	case=yes
UNWTO	UN Tourism
@category	IAEA	International Atomic Energy Agency	kind=organization
IAEA	International Atomic Energy Agency
IAEA	=IAEA	case=yes
@category	WTO	World Trade Organization	kind=organization
WTO	World Trade Organization
WTO	=WTO	case=yes
@category	OPCW	Organisation for the Prohibition of Chemical Weapons	kind=organization
OPCW	Organisation for the Prohibition of Chemical Weapons
OPCW	Organization for the Prohibition of Chemical Weapons
OPCW	=OPCW	case=yes
@category	CTBTO	Comprehensive Nuclear-Test-Ban Treaty Organization	kind=organization
CTBTO	Comprehensive Nuclear-Test-Ban Treaty Organization
CTBTO	=CTBTO	case=yes
@category	IOM	International Organization for Migration	kind=organization
IOM	International Organization for Migration
IOM	=IOM	case=yes
@category	ISA	International Seabed Authority	kind=organization
ISA	International Seabed Authority
@category	ITLOS	International Tribunal for the Law of the Sea	kind=organization
ITLOS	International Tribunal for the Law of the Sea
ITLOS	=ITLOS	case=yes
@category	ICC	International Criminal Court	kind=organization
ICC	International Criminal Court
ICC	=ICC	case=yes
@category	IRMCT	International Residual Mechanism for Criminal Tribunals	kind=organization
IRMCT	International Residual Mechanism for Criminal Tribunals
IRMCT	=IRMCT	case=yes
@category	ICTY	International Tribunal for the Former Yugoslavia	kind=organization
ICTY	International Tribunal for the Former Yugoslavia
ICTY	International Criminal Tribunal for the former Yugoslavia
ICTY	=ICTY	case=yes
@category	ICTR	International Criminal Tribunal for Rwanda	kind=organization
ICTR	International Criminal Tribunal for Rwanda
ICTR	=ICTR	case=yes
@category	PCA	Permanent Court of Arbitration	kind=organization
PCA	Permanent Court of Arbitration

# regional commissions
@category	ECA	Economic Commission for Africa	kind=organization
ECA	Economic Commission for Africa
ECA	=UNECA	case=yes
@category	ECE	Economic Commission for Europe	kind=organization
ECE	Economic Commission for Europe
ECE	=UNECE	case=yes
@category	ECLAC	Economic Commission for Latin America and the Caribbean	kind=organization
ECLAC	Economic Commission for Latin America and the Caribbean
ECLAC	=ECLAC	case=yes
ECLAC	=CEPAL	case=yes
@category	ESCAP	Economic and Social Commission for Asia and the Pacific	kind=organization
ESCAP	Economic and Social Commission for Asia and the Pacific
ESCAP	=ESCAP	case=yes
@category	ESCWA	Economic and Social Commission for Western Asia	kind=organization
ESCWA	Economic and Social Commission for Western Asia
ESCWA	=ESCWA	case=yes

# peace operations and political missions
@category	MONUSCO	United Nations Organization Stabilization Mission in the Democratic Republic of the Congo	kind=organization
MONUSCO	United Nations Organization Stabilization Mission in the Democratic Republic of the Congo
MONUSCO	=MONUSCO	case=yes
MONUSCO	=MONUC	case=yes
@category	MINUSMA	United Nations Multidimensional Integrated Stabilization Mission in Mali	kind=organization
MINUSMA	United Nations Multidimensional Integrated Stabilization Mission in Mali
MINUSMA	=MINUSMA	case=yes
@category	MINUSCA	United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic	kind=organization
MINUSCA	United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic
MINUSCA	=MINUSCA	case=yes
@category	UNMISS	United Nations Mission in South Sudan	kind=organization
UNMISS	United Nations Mission in South Sudan
UNMISS	=UNMISS	case=yes
@category	UNAMA	United Nations Assistance Mission in Afghanistan	kind=organization
UNAMA	United Nations Assistance Mission in Afghanistan
UNAMA	=UNAMA	case=yes
@category	UNAMI	United Nations Assistance Mission for Iraq	kind=organization
UNAMI	United Nations Assistance Mission for Iraq
UNAMI	=UNAMI	case=yes
@category	UNSOM	United Nations Assistance Mission in Somalia	kind=organization
UNSOM	United Nations Assistance Mission in Somalia
UNSOM	=UNSOM	case=yes
@category	UNTMIS	United Nations Transitional Assistance Mission in Somalia	kind=organization
UNTMIS	United Nations Transitional Assistance Mission in Somalia
UNTMIS	=UNTMIS	case=yes
@category	UNSOS	United Nations Support Office in Somalia	kind=organization
UNSOS	United Nations Support Office in Somalia
UNSOS	=UNSOS	case=yes
@category	UNIFIL	United Nations Interim Force in Lebanon	kind=organization
UNIFIL	United Nations Interim Force in Lebanon
UNIFIL	=UNIFIL	case=yes
@category	UNDOF	United Nations Disengagement Observer Force	kind=organization
UNDOF	United Nations Disengagement Observer Force
UNDOF	=UNDOF	case=yes
@category	UNFICYP	United Nations Peacekeeping Force in Cyprus	kind=organization
UNFICYP	United Nations Peacekeeping Force in Cyprus
UNFICYP	=UNFICYP	case=yes
@category	UNTSO	United Nations Truce Supervision Organization	kind=organization
UNTSO	United Nations Truce Supervision Organization
UNTSO	=UNTSO	case=yes
@category	UNMOGIP	United Nations Military Observer Group in India and Pakistan	kind=organization
UNMOGIP	United Nations Military Observer Group in India and Pakistan
UNMOGIP	=UNMOGIP	case=yes
@category	UNMIK	United Nations Interim Administration Mission in Kosovo	kind=organization
UNMIK	United Nations Interim Administration Mission in Kosovo
UNMIK	=UNMIK	case=yes
@category	UNISFA	United Nations Interim Security Force for Abyei	kind=organization
UNISFA	United Nations Interim Security Force for Abyei
UNISFA	=UNISFA	case=yes
@category	MINURSO	United Nations Mission for the Referendum in Western Sahara	kind=organization
MINURSO	United Nations Mission for the Referendum in Western Sahara
MINURSO	=MINURSO	case=yes
@category	UNAMID	African Union-United Nations Hybrid Operation in Darfur	kind=organization
UNAMID	African Union-United Nations Hybrid Operation in Darfur
UNAMID	=UNAMID	case=yes
@category	UNITAMS	United Nations Integrated Transition Assistance Mission in Sudan	kind=organization
UNITAMS	United Nations Integrated Transition Assistance Mission in Sudan
UNITAMS	=UNITAMS	case=yes
@category	UNSMIL	United Nations Support Mission in Libya	kind=organization
UNSMIL	United Nations Support Mission in Libya
UNSMIL	=UNSMIL	case=yes
@category	UNMHA	United Nations Mission to support the Hudaydah Agreement	kind=organization
UNMHA	United Nations Mission to support the Hudaydah Agreement
UNMHA	=UNMHA	case=yes
@category	UNVMC	United Nations Verification Mission in Colombia	kind=organization
UNVMC	United Nations Verification Mission in Colombia
@category	BINUH	United Nations Integrated Office in Haiti	kind=organization
BINUH	United Nations Integrated Office in Haiti
BINUH	=BINUH	case=yes
@category	MINUSTAH	United Nations Stabilization Mission in Haiti	kind=organization
MINUSTAH	United Nations Stabilization Mission in Haiti
MINUSTAH	=MINUSTAH	case=yes
@category	UNMIL	United Nations Mission in Liberia	kind=organization
UNMIL	United Nations Mission in Liberia
UNMIL	=UNMIL	case=yes
@category	UNOCI	United Nations Operation in Côte d'Ivoire	kind=organization
UNOCI	United Nations Operation in Côte d'Ivoire
UNOCI	=UNOCI	case=yes
@category	UNIOGBIS	United Nations Integrated Peacebuilding Office in Guinea-Bissau	kind=organization
UNIOGBIS	United Nations Integrated Peacebuilding Office in Guinea-Bissau
UNIOGBIS	=UNIOGBIS	case=yes
@category	UNOWAS	United Nations Office for West Africa and the Sahel	kind=organization
UNOWAS	United Nations Office for West Africa and the Sahel
UNOWAS	=UNOWAS	case=yes
@category	UNOCA	United Nations Regional Office for Central Africa	kind=organization
UNOCA	United Nations Regional Office for Central Africa
UNOCA	=UNOCA	case=yes
@category	UNRCCA	United Nations Regional Centre for Preventive Diplomacy for Central Asia	kind=organization
UNRCCA	United Nations Regional Centre for Preventive Diplomacy for Central Asia
UNRCCA	=UNRCCA	case=yes
@category	UNSCO	Office of the United Nations Special Coordinator for the Middle East Peace Process	kind=organization
UNSCO	Office of the United Nations Special Coordinator for the Middle East Peace Process
UNSCO	=UNSCO	case=yes
@category	UNSCOL	Office of the United Nations Special Coordinator for Lebanon	kind=organization
UNSCOL	Office of the United Nations Special Coordinator for Lebanon
UNSCOL	=UNSCOL	case=yes
@category	UNMIT	United Nations Integrated Mission in Timor-Leste	kind=organization
UNMIT	United Nations Integrated Mission in Timor-Leste
UNMIT	=UNMIT	case=yes
@category	ATMIS	African Union Transition Mission in Somalia	kind=organization
ATMIS	African Union Transition Mission in Somalia
ATMIS	=ATMIS	case=yes
ATMIS	African Union Mission in Somalia
ATMIS	=AMISOM	case=yes

# other intergovernmental organizations
@category	AU	African Union	kind=organization
AU	African Union
AU	=AU	case=yes
AU	African Union Commission
AU	Organization of African Unity
AU	=OAU	case=yes
@category	AU-PSC	Peace and Security Council of the African Union	kind=organization
AU-PSC	Peace and Security Council of the African Union
AU-PSC	African Union Peace and Security Council
AU-PSC	AU Peace and Security Council
@category	EU	European Union	kind=organization
EU	European Union
EU	=EU	case=yes
EU	European Community
EU	European Economic Community
@category	EC	European Commission	kind=organization
EC	European Commission
@category	EP	European Parliament	kind=organization
EP	European Parliament
@category	COE	Council of Europe	kind=organization
COE	Council of Europe
@category	ECTHR	European Court of Human Rights	kind=organization
ECTHR	European Court of Human Rights
@category	OSCE	Organization for Security and Co-operation in Europe	kind=organization
OSCE	Organization for Security and Co-operation in Europe
OSCE	Organization for Security and Cooperation in Europe
OSCE	=OSCE	case=yes
OSCE	=ODIHR	case=yes
OSCE	Office for Democratic Institutions and Human Rights
@category	OECD	Organisation for Economic Co-operation and Development	kind=organization
OECD	Organisation for Economic Co-operation and Development
OECD	Organization for Economic Cooperation and Development
OECD	Organisation for Economic Cooperation and Development
OECD	=OECD	case=yes
OECD	Development Assistance Committee
@category	OAS	Organization of American States	kind=organization
OAS	Organization of American States
OAS	=OAS	case=yes
@category	IACHR	Inter-American Commission on Human Rights	kind=organization
IACHR	Inter-American Commission on Human Rights
IACHR	=IACHR	case=yes
@category	IACTHR	Inter-American Court of Human Rights	kind=organization
IACTHR	Inter-American Court of Human Rights
@category	ACHPR	African Commission on Human and Peoples' Rights	kind=organization
ACHPR	African Commission on Human and Peoples' Rights
ACHPR	=ACHPR	case=yes
@category	AFCHPR	African Court on Human and Peoples' Rights	kind=organization
AFCHPR	African Court on Human and Peoples' Rights
@category	ASEAN	Association of Southeast Asian Nations	kind=organization
ASEAN	Association of Southeast Asian Nations
ASEAN	Association of South-East Asian Nations
ASEAN	=ASEAN	case=yes
@category	AICHR	ASEAN Intergovernmental Commission on Human Rights	kind=organization
AICHR	ASEAN Intergovernmental Commission on Human Rights
AICHR	=AICHR	case=yes
@category	LAS	League of Arab States	kind=organization
LAS	League of Arab States
LAS	Arab League
@category	OIC	Organisation of Islamic Cooperation	kind=organization
OIC	Organisation of Islamic Cooperation
OIC	Organization of Islamic Cooperation
OIC	Organization of the Islamic Conference
OIC	Organisation of the Islamic Conference
OIC	=OIC	case=yes
@category	OIF	International Organization of la Francophonie	kind=organization
OIF	International Organization of la Francophonie
OIF	Organisation internationale de la Francophonie
OIF	International Organisation of La Francophonie
OIF	=OIF	case=yes
@category	COMMONWEALTH	Commonwealth of Nations	kind=organization
COMMONWEALTH	Commonwealth Secretariat
COMMONWEALTH	Commonwealth of Nations
@category	NAM	Movement of Non-Aligned Countries	kind=organization
NAM	Movement of Non-Aligned Countries
NAM	Non-Aligned Movement
@category	G77	Group of 77 and China	kind=organization
G77	Group of 77 and China
G77	Group of 77
G77	=G77	case=yes
G77	G-77	case=yes
@category	G20	Group of 20	kind=organization
G20	Group of 20
G20	Group of Twenty
G20	=G20	case=yes
G20	G-20	case=yes
@category	G7	Group of Seven	kind=organization
G7	Group of Seven
G7	=G7	case=yes
G7	G-7	case=yes
G7	Group of Eight
G7	=G8	case=yes
G7	G-8	case=yes
@category	BRICS	BRICS	kind=organization
BRICS	=BRICS	case=yes
@category	ECOWAS	Economic Community of West African States	kind=organization
ECOWAS	Economic Community of West African States
ECOWAS	=ECOWAS	case=yes
@category	ECCAS	Economic Community of Central African States	kind=organization
ECCAS	Economic Community of Central African States
ECCAS	=ECCAS	case=yes
@category	SADC	Southern African Development Community	kind=organization
SADC	Southern African Development Community
SADC	=SADC	case=yes
@category	IGAD	Intergovernmental Authority on Development	kind=organization
IGAD	Intergovernmental Authority on Development
IGAD	=IGAD	case=yes
@category	EAC	East African Community	kind=organization
EAC	East African Community
@category	COMESA	Common Market for Eastern and Southern Africa	kind=organization
COMESA	Common Market for Eastern and Southern Africa
COMESA	=COMESA	case=yes
@category	CARICOM	Caribbean Community	kind=organization
CARICOM	Caribbean Community
CARICOM	=CARICOM	case=yes
@category	CELAC	Community of Latin American and Caribbean States	kind=organization
CELAC	Community of Latin American and Caribbean States
CELAC	=CELAC	case=yes
@category	SICA	Central American Integration System	kind=organization
SICA	Central American Integration System
SICA	=SICA	case=yes
@category	MERCOSUR	Southern Common Market	kind=organization
MERCOSUR	Southern Common Market
MERCOSUR	=MERCOSUR	case=yes
MERCOSUR	=Mercosur	case=yes
@category	CAN-ANDEAN	Andean Community	kind=organization
CAN-ANDEAN	Andean Community
@category	PIF	Pacific Islands Forum	kind=organization
PIF	Pacific Islands Forum
PIF	Pacific Islands Forum Secretariat
@category	GCC	Gulf Cooperation Council	kind=organization
GCC	Gulf Cooperation Council
GCC	Cooperation Council for the Arab States of the Gulf
GCC	=GCC	case=yes
@category	SCO	Shanghai Cooperation Organization	kind=organization
SCO	Shanghai Cooperation Organization
SCO	Shanghai Cooperation Organisation
@category	CIS	Commonwealth of Independent States	kind=organization
CIS	Commonwealth of Independent States
@category	EAEU	Eurasian Economic Union	kind=organization
EAEU	Eurasian Economic Union
@category	CSTO	Collective Security Treaty Organization	kind=organization
CSTO	Collective Security Treaty Organization
CSTO	=CSTO	case=yes
@category	NATO	North Atlantic Treaty Organization	kind=organization
NATO	North Atlantic Treaty Organization
NATO	=NATO	case=yes
@category	SAARC	South Asian Association for Regional Cooperation	kind=organization
SAARC	South Asian Association for Regional Cooperation
SAARC	=SAARC	case=yes
@category	BIMSTEC	Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation	kind=organization
BIMSTEC	=BIMSTEC	case=yes
@category	CPLP	Community of Portuguese-speaking Countries	kind=organization
CPLP	Community of Portuguese-speaking Countries
CPLP	Community of Portuguese Language Countries
CPLP	=CPLP	case=yes
@category	AOSIS	Alliance of Small Island States	kind=organization
AOSIS	Alliance of Small Island States
AOSIS	=AOSIS	case=yes
@category	IPU	Inter-Parliamentary Union	kind=organization
IPU	Inter-Parliamentary Union
IPU	=IPU	case=yes
@category	ICRC	International Committee of the Red Cross	kind=organization
ICRC	International Committee of the Red Cross
ICRC	=ICRC	case=yes
@category	IFRC	International Federation of Red Cross and Red Crescent Societies	kind=organization
IFRC	International Federation of Red Cross and Red Crescent Societies
IFRC	=IFRC	case=yes
@category	IDLO	International Development Law Organization	kind=organization
IDLO	International Development Law Organization
IDLO	=IDLO	case=yes
@category	INTERPOL	International Criminal Police Organization	kind=organization
INTERPOL	International Criminal Police Organization
INTERPOL	=INTERPOL	case=yes
INTERPOL	=Interpol	case=yes
@category	IRENA	International Renewable Energy Agency	kind=organization
IRENA	International Renewable Energy Agency
IRENA	=IRENA	case=yes
@category	IEA	International Energy Agency	kind=organization
IEA	International Energy Agency
@category	IDEA	International Institute for Democracy and Electoral Assistance	kind=organization
IDEA	International Institute for Democracy and Electoral Assistance
IDEA	International IDEA

@category	UNTB	Technology Bank for the Least Developed Countries	kind=organization
UNTB	Technology Bank for the Least Developed Countries
UNTB	United Nations Technology Bank for the Least Developed Countries
UNTB	Technology Bank	not=World Bank
@category	UNEA	United Nations Environment Assembly	kind=organization
UNEA	United Nations Environment Assembly
UNEA	=UNEA	case=yes
@category	WOAH	World Organisation for Animal Health	kind=organization
WOAH	World Organisation for Animal Health
WOAH	World Organization for Animal Health
WOAH	=WOAH	case=yes
WOAH	=OIE	case=yes
@category	SOUTHCENTRE	South Centre	kind=organization
SOUTHCENTRE	South Centre
@category	SEGIB	Ibero-American General Secretariat	kind=organization
SEGIB	Ibero-American General Secretariat
SEGIB	=SEGIB	case=yes

# finance and development institutions
@category	AFDB	African Development Bank	kind=organization
AFDB	African Development Bank
AFDB	=AfDB	case=yes
@category	ADB	Asian Development Bank	kind=organization
ADB	Asian Development Bank
ADB	=ADB	case=yes
@category	IDB	Inter-American Development Bank	kind=organization
IDB	Inter-American Development Bank
IDB	=IDB	case=yes
IDB	=IADB	case=yes
@category	AIIB	Asian Infrastructure Investment Bank	kind=organization
AIIB	Asian Infrastructure Investment Bank
AIIB	=AIIB	case=yes
@category	NDB	New Development Bank	kind=organization
NDB	New Development Bank
@category	EBRD	European Bank for Reconstruction and Development	kind=organization
EBRD	European Bank for Reconstruction and Development
EBRD	=EBRD	case=yes
@category	EIB	European Investment Bank	kind=organization
EIB	European Investment Bank
EIB	=EIB	case=yes
@category	ISDB	Islamic Development Bank	kind=organization
ISDB	Islamic Development Bank
ISDB	=IsDB	case=yes
@category	BIS	Bank for International Settlements	kind=organization
BIS	Bank for International Settlements
@category	FSB	Financial Stability Board	kind=organization
FSB	Financial Stability Board
@category	FATF	Financial Action Task Force	kind=organization
FATF	Financial Action Task Force
FATF	=FATF	case=yes
@category	PARIS-CLUB	Paris Club	kind=organization
PARIS-CLUB	Paris Club
@category	GEF	Global Environment Facility	kind=organization
GEF	Global Environment Facility
GEF	=GEF	case=yes
@category	GCF	Green Climate Fund	kind=organization
GCF	Green Climate Fund
GCF	=GCF	case=yes
@category	ADAPTATION-FUND	Adaptation Fund	kind=organization
ADAPTATION-FUND	Adaptation Fund
@category	GFATM	Global Fund to Fight AIDS, Tuberculosis and Malaria	kind=organization
GFATM	Global Fund to Fight AIDS, Tuberculosis and Malaria
GFATM	Global Fund
@category	GAVI	Gavi, the Vaccine Alliance	kind=organization
GAVI	Gavi, the Vaccine Alliance
GAVI	=GAVI	case=yes
GAVI	=Gavi	case=yes
GAVI	GAVI Alliance
@category	CEPI	Coalition for Epidemic Preparedness Innovations	kind=organization
CEPI	Coalition for Epidemic Preparedness Innovations
CEPI	=CEPI	case=yes
@category	UNITAID	Unitaid	kind=organization
UNITAID	=UNITAID	case=yes
UNITAID	=Unitaid	case=yes
@category	GPE	Global Partnership for Education	kind=organization
GPE	Global Partnership for Education
@category	ECW	Education Cannot Wait	kind=organization
ECW	Education Cannot Wait
@category	GANHRI	Global Alliance of National Human Rights Institutions	kind=organization
GANHRI	Global Alliance of National Human Rights Institutions
GANHRI	=GANHRI	case=yes
GANHRI	International Coordinating Committee of National Institutions for the Promotion and Protection of Human Rights

# lexicons/actors/demonyms.lex -- adjectives and nouns of nationality
# ("Swedish", "Kenyans", "Ivorian") mapped to the State's ISO 3166-1
# alpha-3 id.  Not loaded by default: "Swedish cooperation" is a mention of
# Sweden only for some research questions.  The actors plugin loads this
# file when run with -P actors.demonyms=yes, and then marks the mentions
# demonym=yes.
#
# Left out on purpose: "Congolese" for the Democratic Republic of the Congo
# (the same word serves both Congos; it is given to COG, the Republic of
# the Congo, whose demonym it is in UN terminology), "Dominican" for
# Dominica (it is given to the Dominican Republic).  Demonyms that start
# longer names are excluded with not= ("Latin American", "Indian Ocean").
@scheme	actors-demonyms
@title	Demonyms of United Nations Member States and observer States
@version	2026.1
@language	en

@category	AFG	Afghanistan	kind=country	iso3=AFG	demonym=yes
AFG	=Afghan
AFG	=Afghans
@category	ALB	Albania	kind=country	iso3=ALB	demonym=yes
ALB	=Albanian
ALB	=Albanians
@category	DZA	Algeria	kind=country	iso3=DZA	demonym=yes
DZA	=Algerian
DZA	=Algerians
@category	AND	Andorra	kind=country	iso3=AND	demonym=yes
AND	=Andorran
AND	=Andorrans
@category	AGO	Angola	kind=country	iso3=AGO	demonym=yes
AGO	=Angolan
AGO	=Angolans
@category	ATG	Antigua and Barbuda	kind=country	iso3=ATG	demonym=yes
ATG	=Antiguan
ATG	=Barbudan
@category	ARG	Argentina	kind=country	iso3=ARG	demonym=yes
ARG	=Argentine
ARG	=Argentinian
ARG	=Argentines
ARG	=Argentinians
@category	ARM	Armenia	kind=country	iso3=ARM	demonym=yes
ARM	=Armenian
ARM	=Armenians
@category	AUS	Australia	kind=country	iso3=AUS	demonym=yes
AUS	=Australian
AUS	=Australians
@category	AUT	Austria	kind=country	iso3=AUT	demonym=yes
AUT	=Austrian
AUT	=Austrians
@category	AZE	Azerbaijan	kind=country	iso3=AZE	demonym=yes
AZE	=Azerbaijani
AZE	=Azerbaijanis
@category	BHS	Bahamas	kind=country	iso3=BHS	demonym=yes
BHS	=Bahamian
BHS	=Bahamians
@category	BHR	Bahrain	kind=country	iso3=BHR	demonym=yes
BHR	=Bahraini
BHR	=Bahrainis
@category	BGD	Bangladesh	kind=country	iso3=BGD	demonym=yes
BGD	=Bangladeshi
BGD	=Bangladeshis
@category	BRB	Barbados	kind=country	iso3=BRB	demonym=yes
BRB	=Barbadian
BRB	=Barbadians
@category	BLR	Belarus	kind=country	iso3=BLR	demonym=yes
BLR	=Belarusian
BLR	=Belarusians
@category	BEL	Belgium	kind=country	iso3=BEL	demonym=yes
BEL	=Belgian
BEL	=Belgians
@category	BLZ	Belize	kind=country	iso3=BLZ	demonym=yes
BLZ	=Belizean
BLZ	=Belizeans
@category	BEN	Benin	kind=country	iso3=BEN	demonym=yes
BEN	=Beninese
@category	BTN	Bhutan	kind=country	iso3=BTN	demonym=yes
BTN	=Bhutanese
@category	BOL	Bolivia (Plurinational State of)	kind=country	iso3=BOL	demonym=yes
BOL	=Bolivian
BOL	=Bolivians
@category	BIH	Bosnia and Herzegovina	kind=country	iso3=BIH	demonym=yes
BIH	=Bosnian
BIH	=Herzegovinian
BIH	=Bosnians
@category	BWA	Botswana	kind=country	iso3=BWA	demonym=yes
BWA	=Motswana
BWA	=Batswana
BWA	=Botswanan
@category	BRA	Brazil	kind=country	iso3=BRA	demonym=yes
BRA	=Brazilian
BRA	=Brazilians
@category	BRN	Brunei Darussalam	kind=country	iso3=BRN	demonym=yes
BRN	=Bruneian
BRN	=Bruneians
@category	BGR	Bulgaria	kind=country	iso3=BGR	demonym=yes
BGR	=Bulgarian
BGR	=Bulgarians
@category	BFA	Burkina Faso	kind=country	iso3=BFA	demonym=yes
BFA	=Burkinabe
BFA	=Burkinabè
@category	BDI	Burundi	kind=country	iso3=BDI	demonym=yes
BDI	=Burundian
BDI	=Burundians
@category	CPV	Cabo Verde	kind=country	iso3=CPV	demonym=yes
CPV	Cabo Verdean
CPV	Cape Verdean
@category	KHM	Cambodia	kind=country	iso3=KHM	demonym=yes
KHM	=Cambodian
KHM	=Cambodians
@category	CMR	Cameroon	kind=country	iso3=CMR	demonym=yes
CMR	=Cameroonian
CMR	=Cameroonians
@category	CAN	Canada	kind=country	iso3=CAN	demonym=yes
CAN	=Canadian
CAN	=Canadians
@category	CAF	Central African Republic	kind=country	iso3=CAF	demonym=yes
CAF	Central African	not=Central African States
CAF	Central Africans
@category	TCD	Chad	kind=country	iso3=TCD	demonym=yes
TCD	=Chadian
TCD	=Chadians
@category	CHL	Chile	kind=country	iso3=CHL	demonym=yes
CHL	=Chilean
CHL	=Chileans
@category	CHN	China	kind=country	iso3=CHN	demonym=yes
CHN	=Chinese
@category	COL	Colombia	kind=country	iso3=COL	demonym=yes
COL	=Colombian
COL	=Colombians
@category	COM	Comoros	kind=country	iso3=COM	demonym=yes
COM	=Comorian
COM	=Comorians
@category	COG	Congo	kind=country	iso3=COG	demonym=yes
COG	=Congolese
@category	CRI	Costa Rica	kind=country	iso3=CRI	demonym=yes
CRI	Costa Rican
@category	CIV	Côte d'Ivoire	kind=country	iso3=CIV	demonym=yes
CIV	=Ivorian
CIV	=Ivorians
@category	HRV	Croatia	kind=country	iso3=HRV	demonym=yes
HRV	=Croatian
HRV	=Croatians
HRV	=Croat
HRV	=Croats
@category	CUB	Cuba	kind=country	iso3=CUB	demonym=yes
CUB	=Cuban
CUB	=Cubans
@category	CYP	Cyprus	kind=country	iso3=CYP	demonym=yes
CYP	=Cypriot
CYP	=Cypriots
@category	CZE	Czechia	kind=country	iso3=CZE	demonym=yes
CZE	=Czech
CZE	=Czechs
@category	PRK	Democratic People's Republic of Korea	kind=country	iso3=PRK	demonym=yes
PRK	North Korean
@category	DNK	Denmark	kind=country	iso3=DNK	demonym=yes
DNK	=Danish
DNK	=Dane
DNK	=Danes
@category	DJI	Djibouti	kind=country	iso3=DJI	demonym=yes
DJI	=Djiboutian
DJI	=Djiboutians
@category	DOM	Dominican Republic	kind=country	iso3=DOM	demonym=yes
DOM	=Dominican	not=Dominican Republic
DOM	=Dominicans
@category	ECU	Ecuador	kind=country	iso3=ECU	demonym=yes
ECU	=Ecuadorian
ECU	=Ecuadorians
@category	EGY	Egypt	kind=country	iso3=EGY	demonym=yes
EGY	=Egyptian
EGY	=Egyptians
@category	SLV	El Salvador	kind=country	iso3=SLV	demonym=yes
SLV	=Salvadoran
SLV	=Salvadorans
SLV	=Salvadorian
@category	GNQ	Equatorial Guinea	kind=country	iso3=GNQ	demonym=yes
GNQ	Equatorial Guinean
GNQ	=Equatoguinean
@category	ERI	Eritrea	kind=country	iso3=ERI	demonym=yes
ERI	=Eritrean
ERI	=Eritreans
@category	EST	Estonia	kind=country	iso3=EST	demonym=yes
EST	=Estonian
EST	=Estonians
@category	SWZ	Eswatini	kind=country	iso3=SWZ	demonym=yes
SWZ	=Swazi
SWZ	=Emaswati
SWZ	=Swazis
@category	ETH	Ethiopia	kind=country	iso3=ETH	demonym=yes
ETH	=Ethiopian
ETH	=Ethiopians
@category	FJI	Fiji	kind=country	iso3=FJI	demonym=yes
FJI	=Fijian
FJI	=Fijians
@category	FIN	Finland	kind=country	iso3=FIN	demonym=yes
FIN	=Finnish
FIN	=Finn
FIN	=Finns
@category	FRA	France	kind=country	iso3=FRA	demonym=yes
FRA	=French
@category	GAB	Gabon	kind=country	iso3=GAB	demonym=yes
GAB	=Gabonese
@category	GMB	Gambia	kind=country	iso3=GMB	demonym=yes
GMB	=Gambian
GMB	=Gambians
@category	GEO	Georgia	kind=country	iso3=GEO	demonym=yes
GEO	=Georgian
GEO	=Georgians
@category	DEU	Germany	kind=country	iso3=DEU	demonym=yes
DEU	=German
DEU	=Germans
@category	GHA	Ghana	kind=country	iso3=GHA	demonym=yes
GHA	=Ghanaian
GHA	=Ghanaians
@category	GRC	Greece	kind=country	iso3=GRC	demonym=yes
GRC	=Greek
GRC	=Greeks
@category	GRD	Grenada	kind=country	iso3=GRD	demonym=yes
GRD	=Grenadian
GRD	=Grenadians
@category	GTM	Guatemala	kind=country	iso3=GTM	demonym=yes
GTM	=Guatemalan
GTM	=Guatemalans
@category	GIN	Guinea	kind=country	iso3=GIN	demonym=yes
GIN	=Guinean
GIN	=Guineans
@category	GNB	Guinea-Bissau	kind=country	iso3=GNB	demonym=yes
GNB	Bissau-Guinean
@category	GUY	Guyana	kind=country	iso3=GUY	demonym=yes
GUY	=Guyanese
@category	HTI	Haiti	kind=country	iso3=HTI	demonym=yes
HTI	=Haitian
HTI	=Haitians
@category	HND	Honduras	kind=country	iso3=HND	demonym=yes
HND	=Honduran
HND	=Hondurans
@category	HUN	Hungary	kind=country	iso3=HUN	demonym=yes
HUN	=Hungarian
HUN	=Hungarians
@category	ISL	Iceland	kind=country	iso3=ISL	demonym=yes
ISL	=Icelandic
ISL	=Icelander
ISL	=Icelanders
@category	IND	India	kind=country	iso3=IND	demonym=yes
IND	=Indian	not=Indian Ocean|American Indian|West Indian
IND	=Indians	not=American Indians|West Indians
@category	IDN	Indonesia	kind=country	iso3=IDN	demonym=yes
IDN	=Indonesian
IDN	=Indonesians
@category	IRN	Iran (Islamic Republic of)	kind=country	iso3=IRN	demonym=yes
IRN	=Iranian
IRN	=Iranians
@category	IRQ	Iraq	kind=country	iso3=IRQ	demonym=yes
IRQ	=Iraqi
IRQ	=Iraqis
@category	IRL	Ireland	kind=country	iso3=IRL	demonym=yes
IRL	=Irish
@category	ISR	Israel	kind=country	iso3=ISR	demonym=yes
ISR	=Israeli
ISR	=Israelis
@category	ITA	Italy	kind=country	iso3=ITA	demonym=yes
ITA	=Italian
ITA	=Italians
@category	JAM	Jamaica	kind=country	iso3=JAM	demonym=yes
JAM	=Jamaican
JAM	=Jamaicans
@category	JPN	Japan	kind=country	iso3=JPN	demonym=yes
JPN	=Japanese
@category	JOR	Jordan	kind=country	iso3=JOR	demonym=yes
JOR	=Jordanian
JOR	=Jordanians
@category	KAZ	Kazakhstan	kind=country	iso3=KAZ	demonym=yes
KAZ	=Kazakhstani
KAZ	=Kazakh
KAZ	=Kazakhs
@category	KEN	Kenya	kind=country	iso3=KEN	demonym=yes
KEN	=Kenyan
KEN	=Kenyans
@category	KIR	Kiribati	kind=country	iso3=KIR	demonym=yes
KIR	I-Kiribati
@category	KWT	Kuwait	kind=country	iso3=KWT	demonym=yes
KWT	=Kuwaiti
KWT	=Kuwaitis
@category	KGZ	Kyrgyzstan	kind=country	iso3=KGZ	demonym=yes
KGZ	=Kyrgyz
KGZ	=Kyrgyzstani
@category	LAO	Lao People's Democratic Republic	kind=country	iso3=LAO	demonym=yes
LAO	=Lao
LAO	=Laotian
LAO	=Laotians
@category	LVA	Latvia	kind=country	iso3=LVA	demonym=yes
LVA	=Latvian
LVA	=Latvians
@category	LBN	Lebanon	kind=country	iso3=LBN	demonym=yes
LBN	=Lebanese
@category	LSO	Lesotho	kind=country	iso3=LSO	demonym=yes
LSO	=Mosotho
LSO	=Basotho
@category	LBR	Liberia	kind=country	iso3=LBR	demonym=yes
LBR	=Liberian
LBR	=Liberians
@category	LBY	Libya	kind=country	iso3=LBY	demonym=yes
LBY	=Libyan
LBY	=Libyans
@category	LIE	Liechtenstein	kind=country	iso3=LIE	demonym=yes
LIE	=Liechtensteiner
LIE	=Liechtensteiners
@category	LTU	Lithuania	kind=country	iso3=LTU	demonym=yes
LTU	=Lithuanian
LTU	=Lithuanians
@category	LUX	Luxembourg	kind=country	iso3=LUX	demonym=yes
LUX	=Luxembourgish
LUX	=Luxembourger
LUX	=Luxembourgers
@category	MDG	Madagascar	kind=country	iso3=MDG	demonym=yes
MDG	=Malagasy
@category	MWI	Malawi	kind=country	iso3=MWI	demonym=yes
MWI	=Malawian
MWI	=Malawians
@category	MYS	Malaysia	kind=country	iso3=MYS	demonym=yes
MYS	=Malaysian
MYS	=Malaysians
@category	MDV	Maldives	kind=country	iso3=MDV	demonym=yes
MDV	=Maldivian
MDV	=Maldivians
@category	MLI	Mali	kind=country	iso3=MLI	demonym=yes
MLI	=Malian
MLI	=Malians
@category	MLT	Malta	kind=country	iso3=MLT	demonym=yes
MLT	=Maltese
@category	MHL	Marshall Islands	kind=country	iso3=MHL	demonym=yes
MHL	=Marshallese
@category	MRT	Mauritania	kind=country	iso3=MRT	demonym=yes
MRT	=Mauritanian
MRT	=Mauritanians
@category	MUS	Mauritius	kind=country	iso3=MUS	demonym=yes
MUS	=Mauritian
MUS	=Mauritians
@category	MEX	Mexico	kind=country	iso3=MEX	demonym=yes
MEX	=Mexican
MEX	=Mexicans
@category	FSM	Micronesia (Federated States of)	kind=country	iso3=FSM	demonym=yes
FSM	=Micronesian
FSM	=Micronesians
@category	MCO	Monaco	kind=country	iso3=MCO	demonym=yes
MCO	=Monegasque
MCO	=Monégasque
@category	MNG	Mongolia	kind=country	iso3=MNG	demonym=yes
MNG	=Mongolian
MNG	=Mongolians
@category	MNE	Montenegro	kind=country	iso3=MNE	demonym=yes
MNE	=Montenegrin
MNE	=Montenegrins
@category	MAR	Morocco	kind=country	iso3=MAR	demonym=yes
MAR	=Moroccan
MAR	=Moroccans
@category	MOZ	Mozambique	kind=country	iso3=MOZ	demonym=yes
MOZ	=Mozambican
MOZ	=Mozambicans
@category	MMR	Myanmar	kind=country	iso3=MMR	demonym=yes
MMR	Myanmar nationals
MMR	=Burmese
@category	NAM	Namibia	kind=country	iso3=NAM	demonym=yes
NAM	=Namibian
NAM	=Namibians
@category	NRU	Nauru	kind=country	iso3=NRU	demonym=yes
NRU	=Nauruan
NRU	=Nauruans
@category	NPL	Nepal	kind=country	iso3=NPL	demonym=yes
NPL	=Nepalese
NPL	=Nepali
NPL	=Nepalis
@category	NLD	Netherlands (Kingdom of the)	kind=country	iso3=NLD	demonym=yes
NLD	=Dutch
@category	NZL	New Zealand	kind=country	iso3=NZL	demonym=yes
NZL	New Zealander
@category	NIC	Nicaragua	kind=country	iso3=NIC	demonym=yes
NIC	=Nicaraguan
NIC	=Nicaraguans
@category	NER	Niger	kind=country	iso3=NER	demonym=yes
NER	=Nigerien
NER	=Nigeriens
@category	NGA	Nigeria	kind=country	iso3=NGA	demonym=yes
NGA	=Nigerian
NGA	=Nigerians
@category	MKD	North Macedonia	kind=country	iso3=MKD	demonym=yes
MKD	=Macedonian
MKD	=Macedonians
@category	NOR	Norway	kind=country	iso3=NOR	demonym=yes
NOR	=Norwegian
NOR	=Norwegians
@category	OMN	Oman	kind=country	iso3=OMN	demonym=yes
OMN	=Omani
OMN	=Omanis
@category	PAK	Pakistan	kind=country	iso3=PAK	demonym=yes
PAK	=Pakistani
PAK	=Pakistanis
@category	PLW	Palau	kind=country	iso3=PLW	demonym=yes
PLW	=Palauan
PLW	=Palauans
@category	PAN	Panama	kind=country	iso3=PAN	demonym=yes
PAN	=Panamanian
PAN	=Panamanians
@category	PNG	Papua New Guinea	kind=country	iso3=PNG	demonym=yes
PNG	Papua New Guinean
@category	PRY	Paraguay	kind=country	iso3=PRY	demonym=yes
PRY	=Paraguayan
PRY	=Paraguayans
@category	PER	Peru	kind=country	iso3=PER	demonym=yes
PER	=Peruvian
PER	=Peruvians
@category	PHL	Philippines	kind=country	iso3=PHL	demonym=yes
PHL	=Filipino
PHL	=Filipinos
PHL	=Philippine
@category	POL	Poland	kind=country	iso3=POL	demonym=yes
POL	=Polish
POL	=Pole
POL	=Poles
@category	PRT	Portugal	kind=country	iso3=PRT	demonym=yes
PRT	=Portuguese
@category	QAT	Qatar	kind=country	iso3=QAT	demonym=yes
QAT	=Qatari
QAT	=Qataris
@category	KOR	Republic of Korea	kind=country	iso3=KOR	demonym=yes
KOR	South Korean
@category	MDA	Republic of Moldova	kind=country	iso3=MDA	demonym=yes
MDA	=Moldovan
MDA	=Moldovans
@category	ROU	Romania	kind=country	iso3=ROU	demonym=yes
ROU	=Romanian
ROU	=Romanians
@category	RUS	Russian Federation	kind=country	iso3=RUS	demonym=yes
RUS	=Russian
RUS	=Russians
@category	RWA	Rwanda	kind=country	iso3=RWA	demonym=yes
RWA	=Rwandan
RWA	=Rwandans
@category	KNA	Saint Kitts and Nevis	kind=country	iso3=KNA	demonym=yes
KNA	=Kittitian
KNA	=Nevisian
@category	LCA	Saint Lucia	kind=country	iso3=LCA	demonym=yes
LCA	Saint Lucian
@category	VCT	Saint Vincent and the Grenadines	kind=country	iso3=VCT	demonym=yes
VCT	=Vincentian
VCT	=Vincentians
@category	WSM	Samoa	kind=country	iso3=WSM	demonym=yes
WSM	=Samoan
WSM	=Samoans
@category	SMR	San Marino	kind=country	iso3=SMR	demonym=yes
SMR	=Sammarinese
@category	STP	Sao Tome and Principe	kind=country	iso3=STP	demonym=yes
STP	=Santomean
STP	Sao Tomean
@category	SAU	Saudi Arabia	kind=country	iso3=SAU	demonym=yes
SAU	=Saudi
SAU	=Saudis
SAU	Saudi Arabian
@category	SEN	Senegal	kind=country	iso3=SEN	demonym=yes
SEN	=Senegalese
@category	SRB	Serbia	kind=country	iso3=SRB	demonym=yes
SRB	=Serbian
SRB	=Serbians
SRB	=Serb
SRB	=Serbs
@category	SYC	Seychelles	kind=country	iso3=SYC	demonym=yes
SYC	=Seychellois
@category	SLE	Sierra Leone	kind=country	iso3=SLE	demonym=yes
SLE	Sierra Leonean
@category	SGP	Singapore	kind=country	iso3=SGP	demonym=yes
SGP	=Singaporean
SGP	=Singaporeans
@category	SVK	Slovakia	kind=country	iso3=SVK	demonym=yes
SVK	=Slovak
SVK	=Slovaks
SVK	=Slovakian
@category	SVN	Slovenia	kind=country	iso3=SVN	demonym=yes
SVN	=Slovenian
SVN	=Slovenians
SVN	=Slovene
SVN	=Slovenes
@category	SLB	Solomon Islands	kind=country	iso3=SLB	demonym=yes
SLB	Solomon Islander
@category	SOM	Somalia	kind=country	iso3=SOM	demonym=yes
SOM	=Somali
SOM	=Somalis
@category	ZAF	South Africa	kind=country	iso3=ZAF	demonym=yes
ZAF	South African
@category	SSD	South Sudan	kind=country	iso3=SSD	demonym=yes
SSD	South Sudanese
@category	ESP	Spain	kind=country	iso3=ESP	demonym=yes
ESP	=Spanish
ESP	=Spaniard
ESP	=Spaniards
@category	LKA	Sri Lanka	kind=country	iso3=LKA	demonym=yes
LKA	Sri Lankan
@category	SDN	Sudan	kind=country	iso3=SDN	demonym=yes
SDN	=Sudanese
@category	SUR	Suriname	kind=country	iso3=SUR	demonym=yes
SUR	=Surinamese
@category	SWE	Sweden	kind=country	iso3=SWE	demonym=yes
SWE	=Swedish
SWE	=Swede
SWE	=Swedes
@category	CHE	Switzerland	kind=country	iso3=CHE	demonym=yes
CHE	=Swiss
@category	SYR	Syrian Arab Republic	kind=country	iso3=SYR	demonym=yes
SYR	=Syrian
SYR	=Syrians
@category	TJK	Tajikistan	kind=country	iso3=TJK	demonym=yes
TJK	=Tajik
TJK	=Tajikistani
TJK	=Tajiks
@category	THA	Thailand	kind=country	iso3=THA	demonym=yes
THA	=Thai
@category	TLS	Timor-Leste	kind=country	iso3=TLS	demonym=yes
TLS	=Timorese
@category	TGO	Togo	kind=country	iso3=TGO	demonym=yes
TGO	=Togolese
@category	TON	Tonga	kind=country	iso3=TON	demonym=yes
TON	=Tongan
TON	=Tongans
@category	TTO	Trinidad and Tobago	kind=country	iso3=TTO	demonym=yes
TTO	=Trinidadian
TTO	=Tobagonian
TTO	=Trinidadians
@category	TUN	Tunisia	kind=country	iso3=TUN	demonym=yes
TUN	=Tunisian
TUN	=Tunisians
@category	TUR	Türkiye	kind=country	iso3=TUR	demonym=yes
TUR	=Turkish
@category	TKM	Turkmenistan	kind=country	iso3=TKM	demonym=yes
TKM	=Turkmen
@category	TUV	Tuvalu	kind=country	iso3=TUV	demonym=yes
TUV	=Tuvaluan
TUV	=Tuvaluans
@category	UGA	Uganda	kind=country	iso3=UGA	demonym=yes
UGA	=Ugandan
UGA	=Ugandans
@category	UKR	Ukraine	kind=country	iso3=UKR	demonym=yes
UKR	=Ukrainian
UKR	=Ukrainians
@category	ARE	United Arab Emirates	kind=country	iso3=ARE	demonym=yes
ARE	=Emirati
ARE	=Emiratis
@category	GBR	United Kingdom of Great Britain and Northern Ireland	kind=country	iso3=GBR	demonym=yes
GBR	=British
@category	TZA	United Republic of Tanzania	kind=country	iso3=TZA	demonym=yes
TZA	=Tanzanian
TZA	=Tanzanians
@category	USA	United States of America	kind=country	iso3=USA	demonym=yes
USA	=American	not=Latin American|South American|North American|Central American|Inter-American|African American|Afro-American|Native American
USA	=Americans	not=Latin Americans|South Americans|North Americans|Central Americans|African Americans|Native Americans
@category	URY	Uruguay	kind=country	iso3=URY	demonym=yes
URY	=Uruguayan
URY	=Uruguayans
@category	UZB	Uzbekistan	kind=country	iso3=UZB	demonym=yes
UZB	=Uzbek
UZB	=Uzbekistani
UZB	=Uzbeks
@category	VUT	Vanuatu	kind=country	iso3=VUT	demonym=yes
VUT	Ni-Vanuatu
@category	VEN	Venezuela (Bolivarian Republic of)	kind=country	iso3=VEN	demonym=yes
VEN	=Venezuelan
VEN	=Venezuelans
@category	VNM	Viet Nam	kind=country	iso3=VNM	demonym=yes
VNM	=Vietnamese
@category	YEM	Yemen	kind=country	iso3=YEM	demonym=yes
YEM	=Yemeni
YEM	=Yemenis
@category	ZMB	Zambia	kind=country	iso3=ZMB	demonym=yes
ZMB	=Zambian
ZMB	=Zambians
@category	ZWE	Zimbabwe	kind=country	iso3=ZWE	demonym=yes
ZWE	=Zimbabwean
ZWE	=Zimbabweans
@category	VAT	Holy See	kind=country	iso3=VAT	demonym=yes
VAT	=Vatican
@category	PSE	State of Palestine	kind=country	iso3=PSE	demonym=yes
PSE	=Palestinian
PSE	=Palestinians

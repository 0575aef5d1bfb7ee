# lexicons/actors/countries.lex -- the 193 Member States of the United Nations
# and the two non-member observer States (Holy See, State of Palestine), one
# category per State with its ISO 3166-1 alpha-3 code as id, and every name
# variant UN documents use: the short and the formal name as printed in UN
# terminology ("Bolivia (Plurinational State of)", "the Plurinational State
# of Bolivia"), older names still found in the record (Swaziland, Turkey,
# "The former Yugoslav Republic of Macedonia", Czech Republic) and common
# press forms (Russia, Syria, Laos).
#
# The actors plugin matches these with the "longest wins" overlap policy,
# so "Democratic Republic of the Congo" (COD) beats "Congo" (COG),
# "Guinea-Bissau" beats "Guinea", "United States" beats "States".  A country
# name must have a capitalised token to count (so "turkey" and "chad" in
# lower case are not countries).  Entries marked ambiguous=person are also
# names of people or places ("Chad", "Jordan", "Georgia", "Niger"): the
# plugin drops them next to a title (Mr., Ms.) or inside a longer proper
# name ("Michael Jordan", "Lake Chad").
#
# Words in names are compared by stem (phrases) or folded form (=word);
# acronyms are case-sensitive (case=yes).  "Korea" alone is left out on
# purpose (it is either Republic); so are territories that are not States.
# At the end: six former Member States (USSR, Yugoslavia, ...) for the
# older record, marked former=yes.
@scheme	actors-countries
@title	United Nations Member States and observer States
@version	2026.1
@language	en

@category	AFG	Afghanistan	kind=country	iso3=AFG
AFG	=Afghanistan
AFG	Islamic Republic of Afghanistan

@category	ALB	Albania	kind=country	iso3=ALB
ALB	=Albania
ALB	Republic of Albania

@category	DZA	Algeria	kind=country	iso3=DZA
DZA	=Algeria
DZA	People's Democratic Republic of Algeria

@category	AND	Andorra	kind=country	iso3=AND
AND	=Andorra
AND	Principality of Andorra

@category	AGO	Angola	kind=country	iso3=AGO
AGO	=Angola
AGO	Republic of Angola

@category	ATG	Antigua and Barbuda	kind=country	iso3=ATG
ATG	Antigua and Barbuda

@category	ARG	Argentina	kind=country	iso3=ARG
ARG	=Argentina
ARG	Argentine Republic

@category	ARM	Armenia	kind=country	iso3=ARM
ARM	=Armenia
ARM	Republic of Armenia

@category	AUS	Australia	kind=country	iso3=AUS
AUS	=Australia
AUS	Commonwealth of Australia

@category	AUT	Austria	kind=country	iso3=AUT
AUT	=Austria
AUT	Republic of Austria

@category	AZE	Azerbaijan	kind=country	iso3=AZE
AZE	=Azerbaijan
AZE	Republic of Azerbaijan

@category	BHS	Bahamas	kind=country	iso3=BHS
BHS	=Bahamas
BHS	Commonwealth of the Bahamas

@category	BHR	Bahrain	kind=country	iso3=BHR
BHR	=Bahrain
BHR	Kingdom of Bahrain

@category	BGD	Bangladesh	kind=country	iso3=BGD
BGD	=Bangladesh
BGD	People's Republic of Bangladesh

@category	BRB	Barbados	kind=country	iso3=BRB
BRB	=Barbados

@category	BLR	Belarus	kind=country	iso3=BLR
BLR	=Belarus
BLR	Republic of Belarus
BLR	Byelorussian Soviet Socialist Republic
BLR	Byelorussian SSR

@category	BEL	Belgium	kind=country	iso3=BEL
BEL	=Belgium
BEL	Kingdom of Belgium

@category	BLZ	Belize	kind=country	iso3=BLZ
BLZ	=Belize

@category	BEN	Benin	kind=country	iso3=BEN
BEN	=Benin
BEN	Republic of Benin
BEN	=Dahomey

@category	BTN	Bhutan	kind=country	iso3=BTN
BTN	=Bhutan
BTN	Kingdom of Bhutan

@category	BOL	Bolivia (Plurinational State of)	kind=country	iso3=BOL
BOL	=Bolivia
BOL	Bolivia (Plurinational State of)
BOL	Plurinational State of Bolivia
BOL	Republic of Bolivia

@category	BIH	Bosnia and Herzegovina	kind=country	iso3=BIH
BIH	Bosnia and Herzegovina
BIH	Bosnia-Herzegovina

@category	BWA	Botswana	kind=country	iso3=BWA
BWA	=Botswana
BWA	Republic of Botswana

@category	BRA	Brazil	kind=country	iso3=BRA
BRA	=Brazil
BRA	Federative Republic of Brazil

@category	BRN	Brunei Darussalam	kind=country	iso3=BRN
BRN	Brunei Darussalam
BRN	=Brunei

@category	BGR	Bulgaria	kind=country	iso3=BGR
BGR	=Bulgaria
BGR	Republic of Bulgaria

@category	BFA	Burkina Faso	kind=country	iso3=BFA
BFA	Burkina Faso
BFA	Upper Volta

@category	BDI	Burundi	kind=country	iso3=BDI
BDI	=Burundi
BDI	Republic of Burundi

@category	CPV	Cabo Verde	kind=country	iso3=CPV
CPV	Cabo Verde
CPV	Cape Verde
CPV	Republic of Cabo Verde

@category	KHM	Cambodia	kind=country	iso3=KHM
KHM	=Cambodia
KHM	Kingdom of Cambodia
KHM	Democratic Kampuchea
KHM	=Kampuchea

@category	CMR	Cameroon	kind=country	iso3=CMR
CMR	=Cameroon
CMR	Republic of Cameroon
CMR	United Republic of Cameroon

@category	CAN	Canada	kind=country	iso3=CAN
CAN	=Canada

@category	CAF	Central African Republic	kind=country	iso3=CAF
CAF	Central African Republic

@category	TCD	Chad	kind=country	iso3=TCD
TCD	=Chad	ambiguous=person	not=Lake Chad|Chad Basin|Lake Chad Basin
TCD	Republic of Chad

@category	CHL	Chile	kind=country	iso3=CHL
CHL	=Chile
CHL	Republic of Chile

@category	CHN	China	kind=country	iso3=CHN
CHN	=China
CHN	People's Republic of China

@category	COL	Colombia	kind=country	iso3=COL
COL	=Colombia
COL	Republic of Colombia

@category	COM	Comoros	kind=country	iso3=COM
COM	=Comoros
COM	Union of the Comoros

@category	COG	Congo	kind=country	iso3=COG
COG	=Congo	not=Congo Basin|Congo River|River Congo
COG	Republic of the Congo
COG	Congo-Brazzaville

@category	CRI	Costa Rica	kind=country	iso3=CRI
CRI	Costa Rica
CRI	Republic of Costa Rica

@category	CIV	Côte d'Ivoire	kind=country	iso3=CIV
CIV	Côte d'Ivoire
CIV	Cote d'Ivoire
CIV	Cote dIvoire
CIV	Ivory Coast
CIV	Republic of Côte d'Ivoire

@category	HRV	Croatia	kind=country	iso3=HRV
HRV	=Croatia
HRV	Republic of Croatia

@category	CUB	Cuba	kind=country	iso3=CUB
CUB	=Cuba
CUB	Republic of Cuba

@category	CYP	Cyprus	kind=country	iso3=CYP
CYP	=Cyprus
CYP	Republic of Cyprus

@category	CZE	Czechia	kind=country	iso3=CZE
CZE	=Czechia
CZE	Czech Republic

@category	PRK	Democratic People's Republic of Korea	kind=country	iso3=PRK
PRK	Democratic People's Republic of Korea
PRK	North Korea
PRK	=DPRK	case=yes

@category	COD	Democratic Republic of the Congo	kind=country	iso3=COD
COD	Democratic Republic of the Congo
COD	Democratic Republic of Congo
COD	Congo-Kinshasa
COD	=DRC	case=yes
COD	DR Congo	case=yes
COD	=Zaire
COD	Republic of Zaire

@category	DNK	Denmark	kind=country	iso3=DNK
DNK	=Denmark
DNK	Kingdom of Denmark

@category	DJI	Djibouti	kind=country	iso3=DJI
DJI	=Djibouti
DJI	Republic of Djibouti

@category	DMA	Dominica	kind=country	iso3=DMA
DMA	=Dominica
DMA	Commonwealth of Dominica

@category	DOM	Dominican Republic	kind=country	iso3=DOM
DOM	Dominican Republic

@category	ECU	Ecuador	kind=country	iso3=ECU
ECU	=Ecuador
ECU	Republic of Ecuador

@category	EGY	Egypt	kind=country	iso3=EGY
EGY	=Egypt
EGY	Arab Republic of Egypt

@category	SLV	El Salvador	kind=country	iso3=SLV
SLV	El Salvador
SLV	Republic of El Salvador

@category	GNQ	Equatorial Guinea	kind=country	iso3=GNQ
GNQ	Equatorial Guinea
GNQ	Republic of Equatorial Guinea

@category	ERI	Eritrea	kind=country	iso3=ERI
ERI	=Eritrea
ERI	State of Eritrea

@category	EST	Estonia	kind=country	iso3=EST
EST	=Estonia
EST	Republic of Estonia

@category	SWZ	Eswatini	kind=country	iso3=SWZ
SWZ	=Eswatini
SWZ	Kingdom of Eswatini
SWZ	=Swaziland
SWZ	Kingdom of Swaziland

@category	ETH	Ethiopia	kind=country	iso3=ETH
ETH	=Ethiopia
ETH	Federal Democratic Republic of Ethiopia

@category	FJI	Fiji	kind=country	iso3=FJI
FJI	=Fiji
FJI	Republic of Fiji

@category	FIN	Finland	kind=country	iso3=FIN
FIN	=Finland
FIN	Republic of Finland

@category	FRA	France	kind=country	iso3=FRA
FRA	=France
FRA	French Republic

@category	GAB	Gabon	kind=country	iso3=GAB
GAB	=Gabon
GAB	Gabonese Republic

@category	GMB	Gambia	kind=country	iso3=GMB
GMB	=Gambia
GMB	Republic of the Gambia

@category	GEO	Georgia	kind=country	iso3=GEO
GEO	=Georgia	ambiguous=person	not=Atlanta Georgia|South Georgia

@category	DEU	Germany	kind=country	iso3=DEU
DEU	=Germany
DEU	Federal Republic of Germany

@category	GHA	Ghana	kind=country	iso3=GHA
GHA	=Ghana
GHA	Republic of Ghana

@category	GRC	Greece	kind=country	iso3=GRC
GRC	=Greece
GRC	Hellenic Republic

@category	GRD	Grenada	kind=country	iso3=GRD
GRD	=Grenada

@category	GTM	Guatemala	kind=country	iso3=GTM
GTM	=Guatemala
GTM	Republic of Guatemala

@category	GIN	Guinea	kind=country	iso3=GIN
GIN	=Guinea	not=Gulf of Guinea|New Guinea
GIN	Republic of Guinea

@category	GNB	Guinea-Bissau	kind=country	iso3=GNB
GNB	Guinea-Bissau
GNB	Republic of Guinea-Bissau

@category	GUY	Guyana	kind=country	iso3=GUY
GUY	=Guyana
GUY	Co-operative Republic of Guyana
GUY	Cooperative Republic of Guyana

@category	HTI	Haiti	kind=country	iso3=HTI
HTI	=Haiti
HTI	Republic of Haiti

@category	HND	Honduras	kind=country	iso3=HND
HND	=Honduras
HND	Republic of Honduras

@category	HUN	Hungary	kind=country	iso3=HUN
HUN	=Hungary

@category	ISL	Iceland	kind=country	iso3=ISL
ISL	=Iceland

@category	IND	India	kind=country	iso3=IND
IND	=India
IND	Republic of India

@category	IDN	Indonesia	kind=country	iso3=IDN
IDN	=Indonesia
IDN	Republic of Indonesia

@category	IRN	Iran (Islamic Republic of)	kind=country	iso3=IRN
IRN	=Iran
IRN	Iran (Islamic Republic of)
IRN	Islamic Republic of Iran

@category	IRQ	Iraq	kind=country	iso3=IRQ
IRQ	=Iraq
IRQ	Republic of Iraq

@category	IRL	Ireland	kind=country	iso3=IRL
IRL	=Ireland

@category	ISR	Israel	kind=country	iso3=ISR
ISR	=Israel
ISR	State of Israel

@category	ITA	Italy	kind=country	iso3=ITA
ITA	=Italy
ITA	Italian Republic

@category	JAM	Jamaica	kind=country	iso3=JAM
JAM	=Jamaica

@category	JPN	Japan	kind=country	iso3=JPN
JPN	=Japan

@category	JOR	Jordan	kind=country	iso3=JOR
JOR	=Jordan	ambiguous=person	not=Jordan River|Jordan Valley|River Jordan
JOR	Hashemite Kingdom of Jordan

@category	KAZ	Kazakhstan	kind=country	iso3=KAZ
KAZ	=Kazakhstan
KAZ	Republic of Kazakhstan

@category	KEN	Kenya	kind=country	iso3=KEN
KEN	=Kenya
KEN	Republic of Kenya

@category	KIR	Kiribati	kind=country	iso3=KIR
KIR	=Kiribati

@category	KWT	Kuwait	kind=country	iso3=KWT
KWT	=Kuwait
KWT	State of Kuwait

@category	KGZ	Kyrgyzstan	kind=country	iso3=KGZ
KGZ	=Kyrgyzstan
KGZ	Kyrgyz Republic

@category	LAO	Lao People's Democratic Republic	kind=country	iso3=LAO
LAO	Lao People's Democratic Republic
LAO	=Laos
LAO	Lao PDR	case=yes

@category	LVA	Latvia	kind=country	iso3=LVA
LVA	=Latvia
LVA	Republic of Latvia

@category	LBN	Lebanon	kind=country	iso3=LBN
LBN	=Lebanon
LBN	Lebanese Republic

@category	LSO	Lesotho	kind=country	iso3=LSO
LSO	=Lesotho
LSO	Kingdom of Lesotho

@category	LBR	Liberia	kind=country	iso3=LBR
LBR	=Liberia
LBR	Republic of Liberia

@category	LBY	Libya	kind=country	iso3=LBY
LBY	=Libya
LBY	State of Libya
LBY	Libyan Arab Jamahiriya

@category	LIE	Liechtenstein	kind=country	iso3=LIE
LIE	=Liechtenstein
LIE	Principality of Liechtenstein

@category	LTU	Lithuania	kind=country	iso3=LTU
LTU	=Lithuania
LTU	Republic of Lithuania

@category	LUX	Luxembourg	kind=country	iso3=LUX
LUX	=Luxembourg
LUX	Grand Duchy of Luxembourg

@category	MDG	Madagascar	kind=country	iso3=MDG
MDG	=Madagascar
MDG	Republic of Madagascar

@category	MWI	Malawi	kind=country	iso3=MWI
MWI	=Malawi
MWI	Republic of Malawi

@category	MYS	Malaysia	kind=country	iso3=MYS
MYS	=Malaysia

@category	MDV	Maldives	kind=country	iso3=MDV
MDV	=Maldives
MDV	Republic of Maldives

@category	MLI	Mali	kind=country	iso3=MLI
MLI	=Mali
MLI	Republic of Mali

@category	MLT	Malta	kind=country	iso3=MLT
MLT	=Malta
MLT	Republic of Malta

@category	MHL	Marshall Islands	kind=country	iso3=MHL
MHL	Marshall Islands
MHL	Republic of the Marshall Islands

@category	MRT	Mauritania	kind=country	iso3=MRT
MRT	=Mauritania
MRT	Islamic Republic of Mauritania

@category	MUS	Mauritius	kind=country	iso3=MUS
MUS	=Mauritius
MUS	Republic of Mauritius

@category	MEX	Mexico	kind=country	iso3=MEX
MEX	=Mexico
MEX	United Mexican States

@category	FSM	Micronesia (Federated States of)	kind=country	iso3=FSM
FSM	=Micronesia
FSM	Micronesia (Federated States of)
FSM	Federated States of Micronesia

@category	MCO	Monaco	kind=country	iso3=MCO
MCO	=Monaco
MCO	Principality of Monaco

@category	MNG	Mongolia	kind=country	iso3=MNG
MNG	=Mongolia

@category	MNE	Montenegro	kind=country	iso3=MNE
MNE	=Montenegro

@category	MAR	Morocco	kind=country	iso3=MAR
MAR	=Morocco
MAR	Kingdom of Morocco

@category	MOZ	Mozambique	kind=country	iso3=MOZ
MOZ	=Mozambique
MOZ	Republic of Mozambique

@category	MMR	Myanmar	kind=country	iso3=MMR
MMR	=Myanmar
MMR	Republic of the Union of Myanmar
MMR	=Burma

@category	NAM	Namibia	kind=country	iso3=NAM
NAM	=Namibia
NAM	Republic of Namibia

@category	NRU	Nauru	kind=country	iso3=NRU
NRU	=Nauru
NRU	Republic of Nauru

@category	NPL	Nepal	kind=country	iso3=NPL
NPL	=Nepal
NPL	Federal Democratic Republic of Nepal

@category	NLD	Netherlands (Kingdom of the)	kind=country	iso3=NLD
NLD	=Netherlands
NLD	Netherlands (Kingdom of the)
NLD	Kingdom of the Netherlands

@category	NZL	New Zealand	kind=country	iso3=NZL
NZL	New Zealand

@category	NIC	Nicaragua	kind=country	iso3=NIC
NIC	=Nicaragua
NIC	Republic of Nicaragua

@category	NER	Niger	kind=country	iso3=NER
NER	=Niger	ambiguous=person	not=Niger Delta|Niger River|River Niger|Niger Basin
NER	Republic of the Niger

@category	NGA	Nigeria	kind=country	iso3=NGA
NGA	=Nigeria
NGA	Federal Republic of Nigeria

@category	MKD	North Macedonia	kind=country	iso3=MKD
MKD	North Macedonia
MKD	Republic of North Macedonia
MKD	The former Yugoslav Republic of Macedonia
MKD	former Yugoslav Republic of Macedonia
MKD	=Macedonia	not=Macedonia region

@category	NOR	Norway	kind=country	iso3=NOR
NOR	=Norway
NOR	Kingdom of Norway

@category	OMN	Oman	kind=country	iso3=OMN
OMN	=Oman
OMN	Sultanate of Oman

@category	PAK	Pakistan	kind=country	iso3=PAK
PAK	=Pakistan
PAK	Islamic Republic of Pakistan

@category	PLW	Palau	kind=country	iso3=PLW
PLW	=Palau
PLW	Republic of Palau

@category	PAN	Panama	kind=country	iso3=PAN
PAN	=Panama
PAN	Republic of Panama

@category	PNG	Papua New Guinea	kind=country	iso3=PNG
PNG	Papua New Guinea

@category	PRY	Paraguay	kind=country	iso3=PRY
PRY	=Paraguay
PRY	Republic of Paraguay

@category	PER	Peru	kind=country	iso3=PER
PER	=Peru
PER	Republic of Peru

@category	PHL	Philippines	kind=country	iso3=PHL
PHL	=Philippines
PHL	Republic of the Philippines

@category	POL	Poland	kind=country	iso3=POL
POL	=Poland
POL	Republic of Poland

@category	PRT	Portugal	kind=country	iso3=PRT
PRT	=Portugal
PRT	Portuguese Republic

@category	QAT	Qatar	kind=country	iso3=QAT
QAT	=Qatar
QAT	State of Qatar

@category	KOR	Republic of Korea	kind=country	iso3=KOR
KOR	Republic of Korea
KOR	South Korea

@category	MDA	Republic of Moldova	kind=country	iso3=MDA
MDA	Republic of Moldova
MDA	=Moldova

@category	ROU	Romania	kind=country	iso3=ROU
ROU	=Romania

@category	RUS	Russian Federation	kind=country	iso3=RUS
RUS	Russian Federation
RUS	=Russia

@category	RWA	Rwanda	kind=country	iso3=RWA
RWA	=Rwanda
RWA	Republic of Rwanda

@category	KNA	Saint Kitts and Nevis	kind=country	iso3=KNA
KNA	Saint Kitts and Nevis
KNA	St. Kitts and Nevis

@category	LCA	Saint Lucia	kind=country	iso3=LCA
LCA	Saint Lucia
LCA	St. Lucia

@category	VCT	Saint Vincent and the Grenadines	kind=country	iso3=VCT
VCT	Saint Vincent and the Grenadines
VCT	St. Vincent and the Grenadines

@category	WSM	Samoa	kind=country	iso3=WSM
WSM	=Samoa
WSM	Independent State of Samoa

@category	SMR	San Marino	kind=country	iso3=SMR
SMR	San Marino
SMR	Republic of San Marino

@category	STP	Sao Tome and Principe	kind=country	iso3=STP
STP	Sao Tome and Principe
STP	São Tomé and Príncipe
STP	Democratic Republic of Sao Tome and Principe

@category	SAU	Saudi Arabia	kind=country	iso3=SAU
SAU	Saudi Arabia
SAU	Kingdom of Saudi Arabia

@category	SEN	Senegal	kind=country	iso3=SEN
SEN	=Senegal
SEN	Republic of Senegal

@category	SRB	Serbia	kind=country	iso3=SRB
SRB	=Serbia
SRB	Republic of Serbia

@category	SYC	Seychelles	kind=country	iso3=SYC
SYC	=Seychelles
SYC	Republic of Seychelles

@category	SLE	Sierra Leone	kind=country	iso3=SLE
SLE	Sierra Leone
SLE	Republic of Sierra Leone

@category	SGP	Singapore	kind=country	iso3=SGP
SGP	=Singapore
SGP	Republic of Singapore

@category	SVK	Slovakia	kind=country	iso3=SVK
SVK	=Slovakia
SVK	Slovak Republic

@category	SVN	Slovenia	kind=country	iso3=SVN
SVN	=Slovenia
SVN	Republic of Slovenia

@category	SLB	Solomon Islands	kind=country	iso3=SLB
SLB	Solomon Islands

@category	SOM	Somalia	kind=country	iso3=SOM
SOM	=Somalia
SOM	Federal Republic of Somalia

@category	ZAF	South Africa	kind=country	iso3=ZAF
ZAF	South Africa
ZAF	Republic of South Africa

@category	SSD	South Sudan	kind=country	iso3=SSD
SSD	South Sudan
SSD	Republic of South Sudan

@category	ESP	Spain	kind=country	iso3=ESP
ESP	=Spain
ESP	Kingdom of Spain

@category	LKA	Sri Lanka	kind=country	iso3=LKA
LKA	Sri Lanka
LKA	Democratic Socialist Republic of Sri Lanka
LKA	=Ceylon

@category	SDN	Sudan	kind=country	iso3=SDN
SDN	=Sudan
SDN	Republic of the Sudan

@category	SUR	Suriname	kind=country	iso3=SUR
SUR	=Suriname
SUR	Republic of Suriname
SUR	=Surinam

@category	SWE	Sweden	kind=country	iso3=SWE
SWE	=Sweden
SWE	Kingdom of Sweden

@category	CHE	Switzerland	kind=country	iso3=CHE
CHE	=Switzerland
CHE	Swiss Confederation

@category	SYR	Syrian Arab Republic	kind=country	iso3=SYR
SYR	Syrian Arab Republic
SYR	=Syria

@category	TJK	Tajikistan	kind=country	iso3=TJK
TJK	=Tajikistan
TJK	Republic of Tajikistan

@category	THA	Thailand	kind=country	iso3=THA
THA	=Thailand
THA	Kingdom of Thailand

@category	TLS	Timor-Leste	kind=country	iso3=TLS
TLS	Timor-Leste
TLS	Democratic Republic of Timor-Leste
TLS	East Timor

@category	TGO	Togo	kind=country	iso3=TGO
TGO	=Togo
TGO	Togolese Republic

@category	TON	Tonga	kind=country	iso3=TON
TON	=Tonga
TON	Kingdom of Tonga

@category	TTO	Trinidad and Tobago	kind=country	iso3=TTO
TTO	Trinidad and Tobago
TTO	Republic of Trinidad and Tobago

@category	TUN	Tunisia	kind=country	iso3=TUN
TUN	=Tunisia
TUN	Republic of Tunisia

@category	TUR	Türkiye	kind=country	iso3=TUR
TUR	=Türkiye
TUR	=Turkiye
TUR	=Turkey	ambiguous=person
TUR	Republic of Türkiye
TUR	Republic of Turkey

@category	TKM	Turkmenistan	kind=country	iso3=TKM
TKM	=Turkmenistan

@category	TUV	Tuvalu	kind=country	iso3=TUV
TUV	=Tuvalu

@category	UGA	Uganda	kind=country	iso3=UGA
UGA	=Uganda
UGA	Republic of Uganda

@category	UKR	Ukraine	kind=country	iso3=UKR
UKR	=Ukraine
UKR	Ukrainian Soviet Socialist Republic
UKR	Ukrainian SSR

@category	ARE	United Arab Emirates	kind=country	iso3=ARE
ARE	United Arab Emirates
ARE	=UAE	case=yes

@category	GBR	United Kingdom of Great Britain and Northern Ireland	kind=country	iso3=GBR
GBR	United Kingdom of Great Britain and Northern Ireland
GBR	United Kingdom
GBR	Great Britain
GBR	=Britain
GBR	=UK	case=yes

@category	TZA	United Republic of Tanzania	kind=country	iso3=TZA
TZA	United Republic of Tanzania
TZA	=Tanzania

@category	USA	United States of America	kind=country	iso3=USA
USA	United States of America
USA	United States
USA	=USA	case=yes

@category	URY	Uruguay	kind=country	iso3=URY
URY	=Uruguay
URY	Eastern Republic of Uruguay
URY	Oriental Republic of Uruguay

@category	UZB	Uzbekistan	kind=country	iso3=UZB
UZB	=Uzbekistan
UZB	Republic of Uzbekistan

@category	VUT	Vanuatu	kind=country	iso3=VUT
VUT	=Vanuatu
VUT	Republic of Vanuatu

@category	VEN	Venezuela (Bolivarian Republic of)	kind=country	iso3=VEN
VEN	=Venezuela
VEN	Venezuela (Bolivarian Republic of)
VEN	Bolivarian Republic of Venezuela

@category	VNM	Viet Nam	kind=country	iso3=VNM
VNM	Viet Nam
VNM	=Vietnam
VNM	Socialist Republic of Viet Nam

@category	YEM	Yemen	kind=country	iso3=YEM
YEM	=Yemen
YEM	Republic of Yemen

@category	ZMB	Zambia	kind=country	iso3=ZMB
ZMB	=Zambia
ZMB	Republic of Zambia

@category	ZWE	Zimbabwe	kind=country	iso3=ZWE
ZWE	=Zimbabwe
ZWE	Republic of Zimbabwe

@category	VAT	Holy See	kind=country	iso3=VAT
VAT	Holy See
VAT	=Vatican
VAT	Vatican City

@category	PSE	State of Palestine	kind=country	iso3=PSE
PSE	State of Palestine
PSE	=Palestine

# Former Member States, found in the older record (General Debate speeches
# since 1946), with their ISO 3166-3 codes and former=yes.
@category	SUN	Union of Soviet Socialist Republics	kind=country	iso3=SUN	former=yes
SUN	Union of Soviet Socialist Republics
SUN	Soviet Union
SUN	=USSR	case=yes
@category	YUG	Yugoslavia	kind=country	iso3=YUG	former=yes
YUG	=Yugoslavia
YUG	Socialist Federal Republic of Yugoslavia
YUG	Federal Republic of Yugoslavia
@category	CSK	Czechoslovakia	kind=country	iso3=CSK	former=yes
CSK	=Czechoslovakia
CSK	Czech and Slovak Federal Republic
CSK	Czechoslovak Socialist Republic
@category	DDR	German Democratic Republic	kind=country	iso3=DDR	former=yes
DDR	German Democratic Republic
DDR	East Germany
@category	YMD	Democratic Yemen	kind=country	iso3=YMD	former=yes
YMD	Democratic Yemen
YMD	People's Democratic Republic of Yemen
@category	SCG	Serbia and Montenegro	kind=country	iso3=SCG	former=yes
SCG	Serbia and Montenegro

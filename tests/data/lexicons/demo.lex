@scheme	demo
@version	1
@title	A demo lexicon for the tests
@category	health	Health
@category	civic	Civic space	kind=theme
@category	defenders	Human rights defenders	parent=civic
# entries
health	universal health coverage
health	vaccin*
health	WHO	case=yes	kind=organization
health	pandemic
civic	civic space
defenders	human rights defender
civic	pay	not=pay attention|pay tribute
civic,health	=poor	weight=0.5
civic	re:A/HRC/\d+/\d+
civic	gender based violence

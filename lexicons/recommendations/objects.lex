# objects.lex -- object words that decide the UPR Info category of verbs
# whose category depends on what they act on (`object=yes` in actions.lex):
# "adopt measures", "develop a strategy" are general action (4); "adopt a
# law", "implement the recommendations", "develop a national plan" are
# specific action (5).
#
# The plugin reads the words after such a verb up to the end of its object
# (a preposition, "to", a comma) and takes the category of the first word
# listed here.  Chosen from the training sessions (1-17) of the UPR Info
# data: words seen at least six times in the object of adopt / implement /
# develop / provide whose recommendations fall in one category at least
# 72% of the time, keeping content words only.
@scheme	recommendation-objects
@version	1
@category	general	General action	category=4
@category	specific	Specific action	category=5

general	=measures	category=4
general	=measure	category=4
general	=steps	category=4
general	=efforts	category=4
general	=effort	category=4
general	=strategy	category=4
general	=strategies	category=4
general	=policies	category=4
general	=policy	category=4
general	=approach	category=4
general	=approaches	category=4
general	=adequate	category=4
general	=protection	category=4
general	=further	category=4
general	=resources	category=4
general	=necessary	category=4
general	=concrete	category=4
general	=standards	category=4
general	=effective	category=4
general	=mechanisms	category=4
general	=guarantees	category=4
general	=more	category=4
general	=opportunities	category=4

specific	=training	category=5
specific	=programme	category=5
specific	=programmes	category=5
specific	=program	category=5
specific	=programs	category=5
specific	=mechanism	category=5
specific	=system	category=5
specific	=law	category=5
specific	=laws	category=5
specific	=legislation	category=5
specific	=legislative	category=5
specific	=legal	category=5
specific	=specific	category=5
specific	=recommendation	category=5
specific	=recommendations	category=5
specific	=awareness	category=5
specific	=campaign	category=5
specific	=campaigns	category=5
specific	=action	category=5
specific	=plan	category=5
specific	=plans	category=5
specific	=moratorium	category=5
specific	=code	category=5
specific	=act	category=5
specific	=bill	category=5
specific	=draft	category=5
specific	=convention	category=5
specific	=framework	category=5
specific	=provisions	category=5
specific	=rules	category=5
specific	=definition	category=5
specific	=declaration	category=5
specific	=committee	category=5
specific	=court	category=5
specific	=council	category=5

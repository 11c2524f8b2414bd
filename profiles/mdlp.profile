# Russia MDLP (Chestny Znak, CRPT): medicine marking code with crypto tail.

[profile]
id = mdlp
name = Russia: MDLP medicine marking (Government Decree No. 1556 of 2019, operator CRPT / Chestny Znak)
source = Government Decree No. 1556 (14 December 2018) on the medicine monitoring system, as summarised by Laetus and Weber Marking: identification code (01 GTIN + 21 serial) and verification code (91 key + 92 crypto) in a GS1 DataMatrix
source = CRPT operator help pages for the same marking code scheme (help.crpt-turon.uz, Uzbekistan, Cabinet resolution No. 149 of 2022): group 1 (01) 14 digits; group 2 (21) 13 characters, terminated by GS; group 3 (91) 4-character verification key, terminated by GS; group 4 (92) 44-character verification code; groups in this order
note = The GS after (21) and after (91) follows from GS1 syntax (both are variable-length AIs followed by another AI); any valid element string in the order below has them.
note = UNCERTAIN: the 13-character serial and the 4 + 44 crypto tail are the medicine figures; other Chestny Znak product groups use other lengths (e.g. 88-character codes). Expiry (17) and batch (10) are not part of the marking code; whether extra AIs are tolerated is not stated, so unlisted AIs are warnings.

[rules]
error    require   01 21 91 92
warning  unlisted
error    length    21 13 13
error    length    91 4 4
error    length    92 44 44
error    order     01 21 91 92

# Brazil SNCM (ANVISA): the unique medicine identifier (IUM) on a pack.

[profile]
id = brazil
name = Brazil: SNCM unique medicine identifier (IUM), ANVISA RDC 54/2013 and Law 11.903/2009
source = ANVISA RDC 54/2013 and GS1 Brasil (2013): the IUM holds the ANVISA registration number, a serial number, the expiry date and the batch, in a GS1 DataMatrix; GS1 created AI 713 (NHRN Brazil DRN) for the registration number
source = rxtrace.com, "The ANVISA Unique Medicine Identifier (IUM) on Drug Packages" (2015): registration number of 13 digits, serial of 13 digits (early rule), batch up to 20 characters, GTIN allowed in addition
source = t2software.com.br (2018): IUM = GTIN + registration number + serial + expiry + batch
note = Order 01, 713, 21, 17, 10 is the IUM order as this project's issue states it; ANVISA's rule was about the human-readable order, so it is a warning here.
note = UNCERTAIN: the early 13-digit serial rule was later aligned with GS1 (serial per GTIN); we do not know the current limit, so only the GS1 limit (20) is an error and a 13-character serial is not enforced.
note = UNCERTAIN: the SNCM's implementation timeline was changed by later law (2021-2022); whether the IUM is currently mandatory is not asserted here.

[rules]
error    require   01 713 21 17 10
warning  unlisted
error    length    713 13 13
error    charset   713 digits
error    length    21 1 20
warning  order     01 713 21 17 10

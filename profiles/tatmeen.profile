# UAE Tatmeen (Ministry of Health and Prevention track and trace): secondary pack code.

[profile]
id = tatmeen
name = United Arab Emirates: Tatmeen (MOHAP Ministerial Decree No. 73 of 2021), secondary packaging
source = MOHAP Ministerial Decree No. 73 (2021) as summarised by solution vendors (softgroup.eu 2022, kevision.in, seavision-group.com): GS1 DataMatrix with GTIN, randomised serial number (up to 20 characters), expiry date (YYMMDD) and batch/lot number
source = kevision.in UAE summary: accepted encoding sequences all start with the GTIN (GTIN+SN+EXP+LOT, GTIN+EXP+SN+LOT, GTIN+LOT+EXP+SN, GTIN+LOT+SN+EXP, GTIN+SN+LOT+EXP)
note = UNCERTAIN: these rules come from secondary sources; the Tatmeen technical specification itself (tatmeen.ae) was not available to us. Character set limits beyond GS1's are not known and not checked.
note = The "01 first" rule is a warning because it rests on a vendor summary only.

[rules]
error    require   01 17 10 21
warning  unlisted
error    length    21 1 20
warning  first     01

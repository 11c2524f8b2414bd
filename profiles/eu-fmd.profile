# EU Falsified Medicines Directive: the unique identifier on a medicinal product pack.
# Format: see the `profile` module docs (severity, rule, arguments; `#` starts a comment).

[profile]
id = eu-fmd
name = European Union: Falsified Medicines Directive 2011/62/EU, Delegated Regulation (EU) 2016/161
source = Commission Delegated Regulation (EU) 2016/161, Article 4(b): product code, serial number (numeric or alphanumeric, at most 20 characters), national reimbursement/identification number if the Member State requires it, batch number, expiry date
source = Commission Delegated Regulation (EU) 2016/161, Article 5: Data Matrix (ECC 200), an internationally recognised data syntax (GS1 AIs in practice); Article 4(e): a national number contained in the product code is not repeated
source = GS1 General Specifications, AIs 710-716 (national healthcare reimbursement numbers: 710 Germany PZN, 711 France CIP, 712 Spain CN, 713 Brazil DRN, 714 Portugal AIM, 715 US NDC, 716 Italy AIC)
note = The serial limit of 20 characters is the regulation's; GS1 (21) has the same limit, so the length rule below only restates it.
note = UNCERTAIN: the regulation says "numeric or alphanumeric"; whether punctuation from GS1 character set 82 is acceptable is not stated there. National systems are reported to accept CSET 82, so the alphanumeric rule is a warning, not an error.
note = UNCERTAIN: expiry dates with day 00 (GS1 allows DD=00 in (17)) are not addressed by the regulation text we read; no rule is set for them.
note = The recommended order 01, 17, 10, 21 (fixed-length AIs first) follows common EU coding guidance (EFPIA/EMVO pack coding); it is a warning only, since any order is valid GS1.
note = Which NHRN (710-714, 716) is required depends on the Member State; this profile allows them all and requires none.

[rules]
error    require   01 21 10 17
warning  allow     710 711 712 714 716
warning  unlisted
error    length    21 1 20
warning  charset   21 alnum
warning  charset   10 alnum
warning  order     01 17 10 21

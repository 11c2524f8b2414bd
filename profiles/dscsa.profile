# US Drug Supply Chain Security Act: the product identifier on a package.

[profile]
id = dscsa
name = United States: Drug Supply Chain Security Act (DSCSA), product identifier
source = DSCSA, FD&C Act section 581(14): the product identifier carries the standardized numerical identifier (SNI), lot number and expiration date, human-readable and in a 2D Data Matrix
source = FDA guidance "Standards for Securing the Drug Supply Chain - Standardized Numerical Identification for Prescription Drug Packages" (2010): SNI = the package's National Drug Code plus a unique alphanumeric serial number of up to 20 characters
source = 21 CFR 207.35: the NDC is a 10-digit, three-segment number (4-4-2, 5-3-2 or 5-4-1)
source = GS1 US / GS1 Healthcare practice: an NDC is carried inside a GTIN-12 with number system 3 (3 + NDC-10 + check digit), i.e. as GTIN-14: indicator digit, 0, 3, NDC-10, check digit
note = The gtin-ndc rule checks only the structure (indicator 0-8, then 03, then 10 digits): which of 4-4-2 / 5-3-2 / 5-4-1 the NDC uses cannot be read from the GTIN, and whether the NDC is listed with the FDA cannot be checked offline.
note = UNCERTAIN: the FDA proposed (July 2022) a uniform 12-digit NDC format; if adopted, the NDC will no longer fit this GTIN structure and this rule will need a new form. Status when this profile was written: proposed, not final.
note = UNCERTAIN: commentators (e.g. rxtrace.com 2016, lspedia.com) debated whether a GTIN embedding the NDC satisfies the SNI; industry practice, which this profile follows, is GTIN with the embedded NDC.
note = No order rule: DSCSA does not prescribe an AI order.

[rules]
error    require   01 21 10 17
error    gtin-ndc  01
warning  unlisted
error    length    21 1 20
warning  charset   21 alnum

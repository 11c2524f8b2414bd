# Saudi Arabia RSD (SFDA Drug Track and Trace System): pack code.

[profile]
id = rsd
name = Saudi Arabia: SFDA Drug Track and Trace System (RSD), pack code
source = SFDA drug barcoding requirements as summarised by OPTEL (optelvision.com, legislation summary): from 2017-03-12 a GS1 DataMatrix encoding GTIN, serial number, lot and expiry date
note = UNCERTAIN: the SFDA barcoding specification itself was not available to us; the serial length limit below is the GS1 limit (20), not a confirmed SFDA figure, and no SFDA order or character-set rule is asserted.
note = UNCERTAIN: we have seen reports that SFDA expects a full expiry date (no DD=00); unconfirmed, so the no-day-00 rule is only a warning.

[rules]
error    require   01 17 10 21
warning  unlisted
error    length    21 1 20
warning  no-day-00 17

//! The GS1 layer's error: what rule failed, for which AI, and where inside the value.

use core::fmt;

/// An AI as it appeared in the input (up to 8 bytes kept; usually 2-4 digits). Copy, no allocation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AiCode {
    bytes: [u8; 8],
    len: u8,
}

impl AiCode {
    /// Keep the first 8 bytes of `s` (cut back to a UTF-8 boundary).
    pub fn new(s: &str) -> Self {
        let mut end = s.len().min(8);
        while !s.is_char_boundary(end) {
            end = end.saturating_sub(1); // 0 is always a char boundary: terminates
        }
        let mut bytes = [0u8; 8];
        if let (Some(dst), Some(src)) = (bytes.get_mut(..end), s.as_bytes().get(..end)) {
            dst.copy_from_slice(src);
        }
        AiCode {
            bytes,
            len: end as u8,
        }
    }

    /// From raw bytes (non-UTF-8 input is kept up to its first invalid byte).
    pub fn from_bytes(b: &[u8]) -> Self {
        match core::str::from_utf8(b) {
            Ok(s) => Self::new(s),
            Err(e) => Self::new(
                core::str::from_utf8(b.get(..e.valid_up_to()).unwrap_or(&[])).unwrap_or(""),
            ),
        }
    }

    /// The AI text.
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.bytes.get(..usize::from(self.len)).unwrap_or(&[])).unwrap_or("")
    }
}

impl fmt::Display for AiCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for AiCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AiCode({:?})", self.as_str())
    }
}

/// What a component check ("linter", GS1 Barcode Syntax Tests) found wrong.
///
/// Names follow the `GS1_LINTER_*` codes of the GS1 Barcode Syntax Tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
#[allow(missing_docs)] // each variant's message is its documentation
pub enum LintError {
    #[error("a character other than a digit was found where a digit is expected")]
    NonDigitCharacter,
    #[error("a character outside CSET 82 was found")]
    InvalidCset82Character,
    #[error("a character outside CSET 39 was found")]
    InvalidCset39Character,
    #[error("a character outside CSET 64 (base64url) was found")]
    InvalidCset64Character,
    #[error("wrong number of CSET 64 '=' padding characters")]
    InvalidCset64Padding,
    #[error("a character outside CSET 32 was found in the check-character pair")]
    InvalidCset32Character,
    #[error("the check digit is wrong")]
    IncorrectCheckDigit,
    #[error("too short for a check digit")]
    TooShortForCheckDigit,
    #[error("the alphanumeric check-character pair is wrong")]
    IncorrectCheckPair,
    #[error("too short for an alphanumeric check-character pair")]
    TooShortForCheckPair,
    #[error("too long for an alphanumeric check-character pair")]
    TooLongForCheckPair,
    #[error("shorter than the shortest GS1 Company Prefix")]
    TooShortForGcp,
    #[error("the GS1 Company Prefix is invalid")]
    InvalidGcpPrefix,
    #[error("the importer index is not a permitted character")]
    InvalidImporterIndexCharacter,
    #[error("a non-zero value is required")]
    IllegalZeroValue,
    #[error("a zero is required")]
    NotZero,
    #[error("a leading zero is not permitted")]
    IllegalZeroPrefix,
    #[error("must be \"0\" or \"1\"")]
    NotZeroOrOne,
    #[error("the winding direction must be \"0\", \"1\" or \"9\"")]
    InvalidWindingDirection,
    #[error("not an ISO 3166 numeric country code")]
    NotIso3166,
    #[error("not an ISO 3166 numeric country code or \"999\"")]
    NotIso3166Or999,
    #[error("not an ISO 3166 alpha-2 country code")]
    NotIso3166Alpha2,
    #[error("not an ISO 4217 numeric currency code")]
    NotIso4217,
    #[error("not an ISO/IEC 5218 biological sex code")]
    InvalidBiologicalSexCode,
    #[error("the IBAN is too short")]
    IbanTooShort,
    #[error("the IBAN has a character it may not contain")]
    InvalidIbanCharacter,
    #[error("the IBAN does not start with an ISO 3166 alpha-2 country code")]
    IllegalIbanCountryCode,
    #[error("the IBAN check characters are wrong")]
    IncorrectIbanChecksum,
    #[error("the month is not 01-12")]
    IllegalMonth,
    #[error("the day does not exist in that month")]
    IllegalDay,
    #[error("the hour is not 00-23")]
    IllegalHour,
    #[error("the minute is not 00-59")]
    IllegalMinute,
    #[error("the second is not 00-59")]
    IllegalSecond,
    #[error("piece and total must have equal length")]
    PieceOfTotalOddLength,
    #[error("the piece number is zero")]
    ZeroPieceNumber,
    #[error("the piece total is zero")]
    ZeroTotalPieces,
    #[error("the piece number exceeds the total")]
    PieceNumberExceedsTotal,
    #[error("not of the form \"<pos>/<end>\"")]
    PositionInSequenceMalformed,
    #[error("the position exceeds the end")]
    PositionExceedsEnd,
    #[error("an invalid percent-encoding \"%hh\" sequence")]
    InvalidPercentSequence,
    #[error("the latitude is not between 0000000000 and 1800000000")]
    InvalidLatitude,
    #[error("the longitude is not between 0000000000 and 3600000000")]
    InvalidLongitude,
    #[error("not an AIDC media type code")]
    InvalidMediaType,
    #[error("not a package type code")]
    InvalidPackageType,
    #[error("only hyphens are permitted")]
    NotHyphen,
    #[error("the value must contain a non-digit character")]
    RequiresNonDigitCharacter,
    // Coupons (AI 8110, 8112): North American coupon code rules.
    #[error("coupon: format code missing")]
    CouponMissingFormatCode,
    #[error("coupon: format code must be \"0\" or \"1\"")]
    CouponInvalidFormatCode,
    #[error("coupon: funder VLI missing")]
    CouponMissingFunderVli,
    #[error("coupon: funder VLI must be 0-6")]
    CouponInvalidFunderVli,
    #[error("coupon: funder shorter than its VLI says")]
    CouponTruncatedFunder,
    #[error("coupon: offer code shorter than six digits")]
    CouponTruncatedOfferCode,
    #[error("coupon: serial number VLI missing")]
    CouponMissingSerialNumberVli,
    #[error("coupon: serial number shorter than its VLI says")]
    CouponTruncatedSerialNumber,
    #[error("coupon: primary GCP VLI missing")]
    CouponMissingGcpVli,
    #[error("coupon: primary GCP VLI must be 0-6")]
    CouponInvalidGcpVli,
    #[error("coupon: primary GCP shorter than its VLI says")]
    CouponTruncatedGcp,
    #[error("coupon: save value VLI missing")]
    CouponMissingSaveValueVli,
    #[error("coupon: save value VLI must be 1-5")]
    CouponInvalidSaveValueVli,
    #[error("coupon: save value shorter than its VLI says")]
    CouponTruncatedSaveValue,
    #[error("coupon: primary purchase requirement VLI missing")]
    CouponMissing1stPurchaseRequirementVli,
    #[error("coupon: primary purchase requirement VLI must be 1-5")]
    CouponInvalid1stPurchaseRequirementVli,
    #[error("coupon: primary purchase requirement shorter than its VLI says")]
    CouponTruncated1stPurchaseRequirement,
    #[error("coupon: primary purchase requirement code missing")]
    CouponMissing1stPurchaseRequirementCode,
    #[error("coupon: primary purchase requirement code must be 0-4 or 9")]
    CouponInvalid1stPurchaseRequirementCode,
    #[error("coupon: primary purchase family code shorter than three digits")]
    CouponTruncated1stPurchaseFamilyCode,
    #[error("coupon: additional purchase rules code missing")]
    CouponMissingAdditionalPurchaseRulesCode,
    #[error("coupon: additional purchase rules code must be 0-3")]
    CouponInvalidAdditionalPurchaseRulesCode,
    #[error("coupon: second purchase requirement VLI missing")]
    CouponMissing2ndPurchaseRequirementVli,
    #[error("coupon: second purchase requirement VLI must be 1-5")]
    CouponInvalid2ndPurchaseRequirementVli,
    #[error("coupon: second purchase requirement shorter than its VLI says")]
    CouponTruncated2ndPurchaseRequirement,
    #[error("coupon: second purchase requirement code missing")]
    CouponMissing2ndPurchaseRequirementCode,
    #[error("coupon: second purchase requirement code must be 0-4 or 9")]
    CouponInvalid2ndPurchaseRequirementCode,
    #[error("coupon: second purchase family code shorter than three digits")]
    CouponTruncated2ndPurchaseFamilyCode,
    #[error("coupon: second purchase GCP VLI missing")]
    CouponMissing2ndPurchaseGcpVli,
    #[error("coupon: second purchase GCP VLI must be 0-6 or 9")]
    CouponInvalid2ndPurchaseGcpVli,
    #[error("coupon: second purchase GCP shorter than its VLI says")]
    CouponTruncated2ndPurchaseGcp,
    #[error("coupon: third purchase requirement VLI missing")]
    CouponMissing3rdPurchaseRequirementVli,
    #[error("coupon: third purchase requirement VLI must be 1-5")]
    CouponInvalid3rdPurchaseRequirementVli,
    #[error("coupon: third purchase requirement shorter than its VLI says")]
    CouponTruncated3rdPurchaseRequirement,
    #[error("coupon: third purchase requirement code missing")]
    CouponMissing3rdPurchaseRequirementCode,
    #[error("coupon: third purchase requirement code must be 0-4 or 9")]
    CouponInvalid3rdPurchaseRequirementCode,
    #[error("coupon: third purchase family code shorter than three digits")]
    CouponTruncated3rdPurchaseFamilyCode,
    #[error("coupon: third purchase GCP VLI missing")]
    CouponMissing3rdPurchaseGcpVli,
    #[error("coupon: third purchase GCP VLI must be 0-6 or 9")]
    CouponInvalid3rdPurchaseGcpVli,
    #[error("coupon: third purchase GCP shorter than its VLI says")]
    CouponTruncated3rdPurchaseGcp,
    #[error("coupon: expiration date too short")]
    CouponTruncatedExpirationDate,
    #[error("coupon: expiration date invalid")]
    CouponInvalidExpirationDate,
    #[error("coupon: start date too short")]
    CouponTruncatedStartDate,
    #[error("coupon: start date invalid")]
    CouponInvalidStartDate,
    #[error("coupon: expiration date before start date")]
    CouponExpirationBeforeStart,
    #[error("coupon: retailer GCP/GLN VLI missing")]
    CouponMissingRetailerGcpOrGlnVli,
    #[error("coupon: retailer GCP/GLN VLI must be 1-7")]
    CouponInvalidRetailerGcpOrGlnVli,
    #[error("coupon: retailer GCP/GLN shorter than its VLI says")]
    CouponTruncatedRetailerGcpOrGln,
    #[error("coupon: save value code missing")]
    CouponMissingSaveValueCode,
    #[error("coupon: save value code must be 0, 1, 2, 5 or 6")]
    CouponInvalidSaveValueCode,
    #[error("coupon: save value applies-to-item missing")]
    CouponMissingSaveValueAppliesToItem,
    #[error("coupon: save value applies-to-item must be 0-2")]
    CouponInvalidSaveValueAppliesToItem,
    #[error("coupon: store coupon flag missing")]
    CouponMissingStoreCouponFlag,
    #[error("coupon: don't-multiply flag missing")]
    CouponMissingDontMultiplyFlag,
    #[error("coupon: don't-multiply flag must be 0 or 1")]
    CouponInvalidDontMultiplyFlag,
    #[error("coupon: excess data after the optional fields")]
    CouponExcessData,
}

impl LintError {
    /// The GS1 Barcode Syntax Tests code name, e.g. `GS1_LINTER_INCORRECT_CHECK_DIGIT` (where one applies).
    pub fn code(&self) -> &'static str {
        use LintError::*;
        match self {
            NonDigitCharacter => "GS1_LINTER_NON_DIGIT_CHARACTER",
            InvalidCset82Character => "GS1_LINTER_INVALID_CSET82_CHARACTER",
            InvalidCset39Character => "GS1_LINTER_INVALID_CSET39_CHARACTER",
            InvalidCset64Character => "GS1_LINTER_INVALID_CSET64_CHARACTER",
            InvalidCset64Padding => "GS1_LINTER_INVALID_CSET64_PADDING",
            IncorrectCheckDigit => "GS1_LINTER_INCORRECT_CHECK_DIGIT",
            IncorrectCheckPair => "GS1_LINTER_INCORRECT_CHECK_PAIR",
            TooShortForGcp => "GS1_LINTER_TOO_SHORT_FOR_GCP",
            InvalidGcpPrefix => "GS1_LINTER_INVALID_GCP_PREFIX",
            IllegalZeroValue => "GS1_LINTER_ILLEGAL_ZERO_VALUE",
            NotZero => "GS1_LINTER_NOT_ZERO",
            IllegalZeroPrefix => "GS1_LINTER_ILLEGAL_ZERO_PREFIX",
            NotZeroOrOne => "GS1_LINTER_NOT_ZERO_OR_ONE",
            InvalidWindingDirection => "GS1_LINTER_INVALID_WINDING_DIRECTION",
            NotIso3166 => "GS1_LINTER_NOT_ISO3166",
            NotIso3166Or999 => "GS1_LINTER_NOT_ISO3166_OR_999",
            NotIso3166Alpha2 => "GS1_LINTER_NOT_ISO3166_ALPHA2",
            NotIso4217 => "GS1_LINTER_NOT_ISO4217",
            InvalidBiologicalSexCode => "GS1_LINTER_INVALID_BIOLOGICAL_SEX_CODE",
            IbanTooShort => "GS1_LINTER_IBAN_TOO_SHORT",
            InvalidIbanCharacter => "GS1_LINTER_INVALID_IBAN_CHARACTER",
            IllegalIbanCountryCode => "GS1_LINTER_ILLEGAL_IBAN_COUNTRY_CODE",
            IncorrectIbanChecksum => "GS1_LINTER_INCORRECT_IBAN_CHECKSUM",
            IllegalMonth => "GS1_LINTER_ILLEGAL_MONTH",
            IllegalDay => "GS1_LINTER_ILLEGAL_DAY",
            IllegalHour => "GS1_LINTER_ILLEGAL_HOUR",
            IllegalMinute => "GS1_LINTER_ILLEGAL_MINUTE",
            IllegalSecond => "GS1_LINTER_ILLEGAL_SECOND",
            ZeroPieceNumber => "GS1_LINTER_ZERO_PIECE_NUMBER",
            ZeroTotalPieces => "GS1_LINTER_ZERO_TOTAL_PIECES",
            PieceNumberExceedsTotal => "GS1_LINTER_PIECE_NUMBER_EXCEEDS_TOTAL",
            PositionInSequenceMalformed => "GS1_LINTER_POSITION_IN_SEQUENCE_MALFORMED",
            PositionExceedsEnd => "GS1_LINTER_POSITION_EXCEEDS_END",
            InvalidPercentSequence => "GS1_LINTER_INVALID_PERCENT_SEQUENCE",
            InvalidLatitude => "GS1_LINTER_INVALID_LATITUDE",
            InvalidLongitude => "GS1_LINTER_INVALID_LONGITUDE",
            InvalidMediaType => "GS1_LINTER_INVALID_MEDIA_TYPE",
            InvalidPackageType => "GS1_LINTER_INVALID_PACKAGE_TYPE",
            InvalidImporterIndexCharacter => "GS1_LINTER_INVALID_IMPORT_IDX_CHARACTER",
            NotHyphen => "GS1_LINTER_NOT_HYPHEN",
            CouponExcessData => "GS1_LINTER_COUPON_EXCESS_DATA",
            CouponInvalidFormatCode => "GS1_LINTER_COUPON_INVALID_FORMAT_CODE",
            CouponTruncated1stPurchaseFamilyCode => {
                "GS1_LINTER_COUPON_TRUNCATED_1ST_PURCHASE_FAMILY_CODE"
            }
            CouponTruncatedOfferCode => "GS1_LINTER_COUPON_TRUNCATED_OFFER_CODE",
            CouponTruncatedSerialNumber => "GS1_LINTER_COUPON_TRUNCATED_SERIAL_NUMBER",
            InvalidCset32Character => "GS1_LINTER_INVALID_CSET32_CHARACTER",
            TooShortForCheckDigit => "GS1_LINTER_TOO_SHORT_FOR_CHECK_DIGIT",
            TooShortForCheckPair => "GS1_LINTER_TOO_SHORT_FOR_CHECK_PAIR",
            TooLongForCheckPair => "GS1_LINTER_TOO_LONG_FOR_CHECK_PAIR_IMPLEMENTATION",
            PieceOfTotalOddLength => "GS1_LINTER_INVALID_LENGTH_FOR_PIECE_OF_TOTAL",
            RequiresNonDigitCharacter => "GS1_LINTER_REQUIRES_NON_DIGIT_CHARACTER",
            CouponMissingFormatCode => "GS1_LINTER_COUPON_MISSING_FORMAT_CODE",
            CouponMissingFunderVli => "GS1_LINTER_COUPON_MISSING_FUNDER_VLI",
            CouponInvalidFunderVli => "GS1_LINTER_COUPON_INVALID_FUNDER_LENGTH",
            CouponTruncatedFunder => "GS1_LINTER_COUPON_TRUNCATED_FUNDER",
            CouponMissingSerialNumberVli => "GS1_LINTER_COUPON_MISSING_SERIAL_NUMBER_VLI",
            CouponMissingGcpVli => "GS1_LINTER_COUPON_MISSING_GCP_VLI",
            CouponInvalidGcpVli => "GS1_LINTER_COUPON_INVALID_GCP_LENGTH",
            CouponTruncatedGcp => "GS1_LINTER_COUPON_TRUNCATED_GCP",
            CouponMissingSaveValueVli => "GS1_LINTER_COUPON_MISSING_SAVE_VALUE_VLI",
            CouponInvalidSaveValueVli => "GS1_LINTER_COUPON_INVALID_SAVE_VALUE_LENGTH",
            CouponTruncatedSaveValue => "GS1_LINTER_COUPON_TRUNCATED_SAVE_VALUE",
            CouponMissing1stPurchaseRequirementVli => {
                "GS1_LINTER_COUPON_MISSING_1ST_PURCHASE_REQUIREMENT_VLI"
            }
            CouponInvalid1stPurchaseRequirementVli => {
                "GS1_LINTER_COUPON_INVALID_1ST_PURCHASE_REQUIREMENT_LENGTH"
            }
            CouponTruncated1stPurchaseRequirement => {
                "GS1_LINTER_COUPON_TRUNCATED_1ST_PURCHASE_REQUIREMENT"
            }
            CouponMissing1stPurchaseRequirementCode => {
                "GS1_LINTER_COUPON_MISSING_1ST_PURCHASE_REQUIREMENT_CODE"
            }
            CouponInvalid1stPurchaseRequirementCode => {
                "GS1_LINTER_COUPON_INVALID_1ST_PURCHASE_REQUIREMENT_CODE"
            }
            CouponMissingAdditionalPurchaseRulesCode => {
                "GS1_LINTER_COUPON_MISSING_ADDITIONAL_PURCHASE_RULES_CODE"
            }
            CouponInvalidAdditionalPurchaseRulesCode => {
                "GS1_LINTER_COUPON_INVALID_ADDITIONAL_PURCHASE_RULES_CODE"
            }
            CouponMissing2ndPurchaseRequirementVli => {
                "GS1_LINTER_COUPON_MISSING_2ND_PURCHASE_REQUIREMENT_VLI"
            }
            CouponInvalid2ndPurchaseRequirementVli => {
                "GS1_LINTER_COUPON_INVALID_2ND_PURCHASE_REQUIREMENT_LENGTH"
            }
            CouponTruncated2ndPurchaseRequirement => {
                "GS1_LINTER_COUPON_TRUNCATED_2ND_PURCHASE_REQUIREMENT"
            }
            CouponMissing2ndPurchaseRequirementCode => {
                "GS1_LINTER_COUPON_MISSING_2ND_PURCHASE_REQUIREMENT_CODE"
            }
            CouponInvalid2ndPurchaseRequirementCode => {
                "GS1_LINTER_COUPON_INVALID_2ND_PURCHASE_REQUIREMENT_CODE"
            }
            CouponTruncated2ndPurchaseFamilyCode => {
                "GS1_LINTER_COUPON_TRUNCATED_2ND_PURCHASE_FAMILY_CODE"
            }
            CouponMissing2ndPurchaseGcpVli => "GS1_LINTER_COUPON_MISSING_2ND_PURCHASE_GCP_VLI",
            CouponInvalid2ndPurchaseGcpVli => "GS1_LINTER_COUPON_INVALID_2ND_PURCHASE_GCP_LENGTH",
            CouponTruncated2ndPurchaseGcp => "GS1_LINTER_COUPON_TRUNCATED_2ND_PURCHASE_GCP",
            CouponMissing3rdPurchaseRequirementVli => {
                "GS1_LINTER_COUPON_MISSING_3RD_PURCHASE_REQUIREMENT_VLI"
            }
            CouponInvalid3rdPurchaseRequirementVli => {
                "GS1_LINTER_COUPON_INVALID_3RD_PURCHASE_REQUIREMENT_LENGTH"
            }
            CouponTruncated3rdPurchaseRequirement => {
                "GS1_LINTER_COUPON_TRUNCATED_3RD_PURCHASE_REQUIREMENT"
            }
            CouponMissing3rdPurchaseRequirementCode => {
                "GS1_LINTER_COUPON_MISSING_3RD_PURCHASE_REQUIREMENT_CODE"
            }
            CouponInvalid3rdPurchaseRequirementCode => {
                "GS1_LINTER_COUPON_INVALID_3RD_PURCHASE_REQUIREMENT_CODE"
            }
            CouponTruncated3rdPurchaseFamilyCode => {
                "GS1_LINTER_COUPON_TRUNCATED_3RD_PURCHASE_FAMILY_CODE"
            }
            CouponMissing3rdPurchaseGcpVli => "GS1_LINTER_COUPON_MISSING_3RD_PURCHASE_GCP_VLI",
            CouponInvalid3rdPurchaseGcpVli => "GS1_LINTER_COUPON_INVALID_3RD_PURCHASE_GCP_LENGTH",
            CouponTruncated3rdPurchaseGcp => "GS1_LINTER_COUPON_TRUNCATED_3RD_PURCHASE_GCP",
            CouponTruncatedExpirationDate => "GS1_LINTER_COUPON_TOO_SHORT_FOR_EXPIRATION_DATE",
            CouponInvalidExpirationDate => "GS1_LINTER_COUPON_INVALID_EXPIRATION_DATE",
            CouponTruncatedStartDate => "GS1_LINTER_COUPON_TOO_SHORT_FOR_START_DATE",
            CouponInvalidStartDate => "GS1_LINTER_COUPON_INVALID_START_DATE",
            CouponExpirationBeforeStart => "GS1_LINTER_COUPON_EXPIRATION_BEFORE_START",
            CouponMissingRetailerGcpOrGlnVli => "GS1_LINTER_COUPON_MISSING_RETAILER_GCP_OR_GLN_VLI",
            CouponInvalidRetailerGcpOrGlnVli => {
                "GS1_LINTER_COUPON_INVALID_RETAILER_GCP_OR_GLN_LENGTH"
            }
            CouponTruncatedRetailerGcpOrGln => "GS1_LINTER_COUPON_TRUNCATED_RETAILER_GCP_OR_GLN",
            CouponMissingSaveValueCode => "GS1_LINTER_COUPON_MISSING_SAVE_VALUE_CODE",
            CouponInvalidSaveValueCode => "GS1_LINTER_COUPON_INVALID_SAVE_VALUE_CODE",
            CouponMissingSaveValueAppliesToItem => {
                "GS1_LINTER_COUPON_MISSING_SAVE_VALUE_APPLIES_TO_ITEM"
            }
            CouponInvalidSaveValueAppliesToItem => {
                "GS1_LINTER_COUPON_INVALID_SAVE_VALUE_APPLIES_TO_ITEM"
            }
            CouponMissingStoreCouponFlag => "GS1_LINTER_COUPON_MISSING_STORE_COUPON_FLAG",
            CouponMissingDontMultiplyFlag => "GS1_LINTER_COUPON_MISSING_DONT_MULTIPLY_FLAG",
            CouponInvalidDontMultiplyFlag => "GS1_LINTER_COUPON_INVALID_DONT_MULTIPLY_FLAG",
        }
    }
}

/// What is wrong with a GS1 Digital Link URI (structure rules; value rules use the other variants).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DlErrorKind {
    /// A character not allowed in a URI.
    IllegalCharacters,
    /// Scheme other than `http://`, `https://`, `HTTP://`, `HTTPS://`.
    IllegalScheme,
    /// No domain or no path after the scheme.
    MissingDomainOrPath,
    /// The domain has characters not allowed in a host name.
    BadDomain,
    /// No primary key AI found in the path.
    NoKeyInPath,
    /// An AI in the path has an empty value (the AI is in the error).
    EmptyPathValue,
    /// A percent-decoded path value contains NUL.
    NullInPath,
    /// A query parameter that looks like an AI is not a known one.
    UnknownQueryAi,
    /// An AI query parameter has an empty value.
    EmptyQueryValue,
    /// A percent-decoded query value contains NUL.
    NullInQuery,
    /// The path's qualifiers are not a valid sequence for its key.
    BadKeyQualifierSequence,
    /// An AI appears twice in the URI.
    DuplicateAi,
    /// An AI in the query is not permitted as a data attribute.
    NotDataAttribute,
    /// A key qualifier given in the query instead of the path.
    QualifierInQuery,
    /// Any other structural failure.
    ParseFailed,
}

/// The engine's wording of a Digital Link error.
struct DlMsg(DlErrorKind, Option<AiCode>);

impl fmt::Display for DlMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DlErrorKind::*;
        let ai = self.1.unwrap_or_default();
        match self.0 {
            IllegalCharacters => f.write_str("URI contains illegal characters"),
            IllegalScheme => {
                f.write_str("Scheme must be http:// or HTTP:// or https:// or HTTPS://")
            }
            MissingDomainOrPath => f.write_str("URI must contain a domain and path info"),
            BadDomain => f.write_str("Domain contains illegal characters"),
            NoKeyInPath => f.write_str("No GS1 DL keys found in path info"),
            EmptyPathValue => write!(f, "AI ({ai}) value path element is empty"),
            NullInPath => write!(
                f,
                "Decoded AI ({ai}) from DL path info contains illegal null character"
            ),
            UnknownQueryAi => write!(f, "Unknown AI ({ai}) in query parameters"),
            EmptyQueryValue => write!(f, "AI ({ai}) value query element is empty"),
            NullInQuery => write!(
                f,
                "Decoded AI ({ai}) value from DL query params contains illegal null character"
            ),
            BadKeyQualifierSequence => f.write_str(
                "The AIs in the path are not a valid key-qualifier sequence for the key",
            ),
            DuplicateAi => write!(f, "AI ({ai}) is duplicated"),
            NotDataAttribute => write!(f, "AI ({ai}) is not a valid DL URI data attribute"),
            QualifierInQuery => write!(f, "AI ({ai}) from query params should be in the path info"),
            ParseFailed => f.write_str("Failed to parse DL data"),
        }
    }
}

/// Every way GS1 data can be rejected. Value-level errors carry the AI and the byte offset and length
/// of the offending part inside the AI value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Gs1Error {
    /// The message is longer than the engine's maximum.
    #[error("Maximum data length is {max} characters (got {len})")]
    DataTooLong {
        /// Input length in bytes.
        len: usize,
        /// Maximum (8191).
        max: usize,
    },
    /// More AIs than a message may hold.
    #[error("Too many AIs (more than {max})")]
    TooManyAis {
        /// Maximum number of AIs.
        max: usize,
    },
    /// Bracketed syntax broken: missing `(`/`)`, AI without value.
    #[error("Failed to parse AI data at byte {offset}")]
    ParseFailed {
        /// Byte offset in the input where parsing stopped.
        offset: usize,
    },
    /// An AI that the dictionary does not know (and the options do not permit).
    #[error("Unrecognised AI: {ai}")]
    UnrecognisedAi {
        /// The AI text as given.
        ai: AiCode,
    },
    /// Unbracketed data must start with FNC1 (`^`).
    #[error("Missing FNC1 in first position")]
    MissingFnc1,
    /// Nothing after the leading FNC1.
    #[error("The AI data is empty")]
    EmptyAiData,
    /// Unbracketed data where no known AI starts.
    #[error("No known AI is a prefix of: {prefix}...")]
    NoAiForPrefix {
        /// Up to four characters at that point.
        prefix: AiCode,
    },
    /// Value shorter than the AI's minimum length.
    #[error("AI ({ai}) value is too short ({len} < {min})")]
    ValueTooShort {
        /// The AI.
        ai: AiCode,
        /// Value length.
        len: usize,
        /// Minimum length.
        min: usize,
    },
    /// Value longer than the AI's maximum length.
    #[error("AI ({ai}) value is too long ({len} > {max})")]
    ValueTooLong {
        /// The AI.
        ai: AiCode,
        /// Value length.
        len: usize,
        /// Maximum length.
        max: usize,
    },
    /// A `^` inside a value (it would be read as FNC1).
    #[error("AI ({ai}) contains illegal ^ character at value byte {pos}")]
    IllegalCaret {
        /// The AI.
        ai: AiCode,
        /// Offset of the `^` in the value.
        pos: usize,
    },
    /// An AI directly followed by FNC1 or the end.
    #[error("AI ({ai}) data is empty")]
    DataEmpty {
        /// The AI.
        ai: AiCode,
    },
    /// Unbracketed variable-length value longer than its maximum (no FNC1 where one is needed).
    #[error("AI ({ai}) data is too long")]
    DataNotTerminated {
        /// The AI.
        ai: AiCode,
    },
    /// A component is cut short (e.g. an optional component only partly present).
    #[error("AI ({ai}) data has incorrect length")]
    IncorrectLength {
        /// The AI.
        ai: AiCode,
    },
    /// A component check failed.
    #[error("AI ({ai}): {lint} (value bytes {pos}..{})", pos.saturating_add(*len))]
    Lint {
        /// The AI.
        ai: AiCode,
        /// The rule.
        lint: LintError,
        /// Offset of the offending part in the value.
        pos: usize,
        /// Length of the offending part.
        len: usize,
    },
    /// Two AIs that must not appear together (`ex=`).
    #[error("It is invalid to pair AI ({ai}) with AI ({other})")]
    InvalidPair {
        /// The AI whose rule fired.
        ai: AiCode,
        /// The AI it must not be paired with.
        other: AiCode,
    },
    /// A `req=` rule is not satisfied.
    #[error("Required AIs for AI ({ai}) are not satisfied: {required}")]
    RequisiteMissing {
        /// The AI whose rule fired.
        ai: AiCode,
        /// The rule as written in the dictionary.
        required: &'static str,
    },
    /// The same AI twice with different values.
    #[error("Multiple instances of AI ({ai}) have different values")]
    RepeatedAiDiffers {
        /// The AI.
        ai: AiCode,
    },
    /// With a digital signature (8030), the key AI must include its serial component.
    #[error("Serial component must be present for AI ({ai}) when used with AI (8030)")]
    DigSigSerialMissing {
        /// The key AI (253, 255 or 8003).
        ai: AiCode,
    },
    /// Scanner data without a `]` symbology identifier.
    #[error("Missing symbology identifier")]
    MissingSymbologyId,
    /// Scanner data with a symbology identifier that does not carry GS1 data.
    #[error("Unsupported symbology identifier")]
    UnsupportedSymbologyId,
    /// Scanner data containing `^`.
    #[error("Scan data contains illegal ^ character")]
    ScanIllegalCaret,
    /// A GS1 Digital Link structure rule failed.
    #[error("{}", DlMsg(*kind, *ai))]
    DigitalLink {
        /// The rule.
        kind: DlErrorKind,
        /// The AI concerned, if any.
        ai: Option<AiCode>,
    },
}

impl Gs1Error {
    /// The AI the error names, if any.
    pub fn ai(&self) -> Option<&str> {
        use Gs1Error::*;
        match self {
            UnrecognisedAi { ai }
            | ValueTooShort { ai, .. }
            | ValueTooLong { ai, .. }
            | IllegalCaret { ai, .. }
            | DataEmpty { ai }
            | DataNotTerminated { ai }
            | IncorrectLength { ai }
            | Lint { ai, .. }
            | InvalidPair { ai, .. }
            | RequisiteMissing { ai, .. }
            | RepeatedAiDiffers { ai }
            | DigSigSerialMissing { ai } => Some(ai.as_str()),
            DigitalLink { ai: Some(ai), .. } => Some(ai.as_str()),
            _ => None,
        }
    }

    /// Byte offset and length of the offending characters inside the AI value (component checks).
    pub fn value_span(&self) -> Option<(usize, usize)> {
        match self {
            Gs1Error::Lint { pos, len, .. } => Some((*pos, *len)),
            _ => None,
        }
    }

    /// The component-check rule, for errors found by a linter.
    pub fn lint(&self) -> Option<LintError> {
        match self {
            Gs1Error::Lint { lint, .. } => Some(*lint),
            _ => None,
        }
    }
}

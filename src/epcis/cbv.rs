//! CBV 2.0 code lists as Rust enums (generated: do not edit).
//!
//! Generated from `shared/data/epcis/cbv-vocabulary.json` (CBV 2.0 values of the EPCIS 2.0 JSON
//! schema, definitions from the CBV ontology; GS1 `EPCIS` repository commit
//! 2b888befbc071e1c2d388e027b30149b3f51dcef) by `tests/cbv_sync.rs`, which also checks it.

use alloc::string::String;

/// CBV 2.0 business step (`bizStep`).
///
/// JSON uses the bare term, XML the URN `urn:epcglobal:cbv:bizstep:<term>`; values outside CBV are
/// kept as given in [`Self::Custom`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BizStep {
    /// `accepting`: Denotes a specific activity within a business process where an object changes possession and/or ownership.
    Accepting,
    /// `arriving`: Denotes a specific activity within a business process where an object arrives at a location.
    Arriving,
    /// `assembling`: Denotes an activity within a business process whereby one or more objects are combined to create a new finished product. In contrast to transformation, in the output of `assembling` the original objects are still recognisable and/or the process is reversible; hence, `assembling` would be used preferably in an Association Event or, alternatively, an Aggregation Event, but not a Transformation Event.
    Assembling,
    /// `collecting`: Denotes a specific activity within a business process where an object is picked up and collected for future disposal, recycling or re-used.
    Collecting,
    /// `commissioning`: Process of associating an instance-level identifier (such as an EPC) with a specific object, or the process of associating a class-level identifier, not previously used, with one or more objects. A tag may have been encoded and applied in this step, or may have been previously encoded. `commissioning` is applied to this association of object and serialised identifier, regardless of industry/sector; it encompasses sector-specific process steps including, but not limited to: - catching (of fish), - harvesting (of fruit/vegetable), - picking (of fruit/vegetables), - producing (on an automated line), - slaughtering (of livestock). In the case of a class-level identifier, `commissioning` differs from `creating_class_instance` in that `commissioning` always indicates that this is the first use of the class-level identifier, whereas `creating_class_instance` does not specify whether the class-level identifier has been used before.
    Commissioning,
    /// `consigning`: Indicates the overall process of `staging_outbound`, `loading`, `departing`, and `accepting`. It may be used when more granular process step information is unknown or inaccessible. The use of `consigning` is mutually exclusive from the use of `staging_outbound`, `loading`, `departing`, and `accepting`. Note: This business step is similar to `shipping`, but includes a change of possession and/or ownership at the outbound side.
    Consigning,
    /// `creating_class_instance`: Denotes a step in a business process where an instance or increased quantity of a class-level identifier is produced. Unlike `commissioning`, this business step may be repeated for the same class-level identifier.
    CreatingClassInstance,
    /// `cycle_counting`: Process of counting objects within a location in order to obtain an accurate inventory for business needs other than accounting purposes (e.g., replenishment and allocation).
    CycleCounting,
    /// `decommissioning`: Process of disassociating an instance-level identifier (such as an EPC) with an object. The object may be re-commissioned at some point in the future - however only with a new instance-level identifier.
    Decommissioning,
    /// `departing`: Denotes a specific activity within a business process where an object leaves a location on its way to a destination.
    Departing,
    /// `destroying`: Process of terminating an object. For an instance-level identifier, the object should not be the subject of subsequent events; subsequent events are likely indicative of error (such as a stray read of a tag inside an incinerator). For a class level identifier, quantities are reduced; however, the class-level identifier may still be used in subsequent events (referring to different instances that were not destroyed).
    Destroying,
    /// `disassembling`: Denotes a specific activity within a business process where an object is broken down into separate, uniquely identified component parts.
    Disassembling,
    /// `dispensing`: Denotes a specific activity within a business process where a product is made available in full or part to a consumer.
    Dispensing,
    /// `encoding`: Process of writing an instance-level identifier (typically an EPC) to a barcode or RFID tag, where the identifier is not yet associated with an object at this step in the process. Encoding SHOULD only be used in a `TransactionEvent`.
    Encoding,
    /// `entering_exiting`: Denotes a specific activity at the Entrance/Exit door of a facility where customers are either leaving with purchased product or entering with product to be returned to the facility.
    EnteringExiting,
    /// `holding`: Denotes a specific activity within a business process where an object is segregated for further review.
    Holding,
    /// `inspecting`: Process of reviewing objects to address potential physical or documentation defects. In contrast to *sampled* objects, *inspected* objects **remain viable** in the supply chain. `inspecting` is non-destructive and typically only checks the plausibility of the product packaging, security devices (e.g. holograms, watermarks, etc.) and integrity of any tamper-evident seals, whereas `sampling` is always destructive, i.e., makes the sampled product instance no longer viable for sale or onward distribution in the retail/dispensing supply chain).
    Inspecting,
    /// `installing`: Denotes a specific activity within a business process where an object is put into a composite object (not merely a container). In `installing` the composite object exists prior to this step, whereas in `assembling` the composite object is created during the step.
    Installing,
    /// `killing`: Process of terminating an RFID tag previously associated with an object. The object and its instance-level identifier may continue to exist and be the subject of subsequent events (via a barcode, manual data entry, replacement tag, etc.).
    Killing,
    /// `loading`: Denotes a specific activity within a business process where an object is loaded into shipping conveyance.
    Loading,
    /// `other`: A business step not identified by any of the values listed in the CBV.
    Other,
    /// `packing`: Denotes a specific activity within a business process that includes putting objects into a larger container - usually for shipping. Aggregation of one unit to another typically occurs at this point.
    Packing,
    /// `picking`: Denotes a specific activity within a business process that includes the selecting of objects to fill an order.
    Picking,
    /// `receiving`: Denotes a specific activity within a business process that indicates that an object is being received at a location and is added to the receiver's inventory. The use of `receiving` is mutually exclusive from the use of `arriving` and `accepting`.
    Receiving,
    /// `removing`: Denotes a specific activity within a business process where an object is taken out of a composite object. Opposite of `installing`.
    Removing,
    /// `repackaging`: Denotes a specific activity within a business process where an object's packaging configuration is changed.
    Repackaging,
    /// `repairing`: Denotes a specific activity within a business process where a malfunctioning product is repaired (typically by a post-sales service), without replacing it by a new one.
    Repairing,
    /// `replacing`: Denotes a specific activity within a business process where an object is substituted or exchanged for another object.
    Replacing,
    /// `reserving`: Process in which a set of instance-level identifiers, not yet commissioned, are provided for use by another party.
    Reserving,
    /// `retail_selling`: Denotes a specific activity within a business process at a point-of-sale for the purpose of transferring ownership to a customer in exchange for something of value (currency, credit, etc.).
    RetailSelling,
    /// `shipping`: Indicates the overall process of `staging_outbound`, `loading` and `departing`. It may be used when more granular process step information is unknown or inaccessible. It may indicate a final event from a shipping point. The use of `shipping` is mutually exclusive from the use of `staging_outbound`, `departing`, or `loading`.
    Shipping,
    /// `staging_outbound`: Denotes a specific activity within a business process in which an object moves from a facility to an area where it will await transport pick-up.
    StagingOutbound,
    /// `stock_taking`: Process of counting objects within a location following established rules and/or standards to serve as a basis for accounting purposes.
    StockTaking,
    /// `stocking`: Denotes a specific activity within a business process within a location to make an object available to the customer or for order fulfilment within a DC.
    Stocking,
    /// `storing`: Denotes a specific activity within a business process where an object is moved into and out of storage within a location.
    Storing,
    /// `transporting`: Process of moving an object from one location to another using a vehicle (e.g., a ship, a train, a lorry, an aircraft).
    Transporting,
    /// `unloading`: Denotes a specific activity within a business process where an object is unloaded from a shipping conveyance.
    Unloading,
    /// `unpacking`: Denotes a specific activity within a business process that includes removing products (individuals, inners, cases, pallets) from a larger container - usually after receiving or accepting. Disaggregation of one unit from another typically occurs at this point.
    Unpacking,
    /// `void_shipping`: Denotes a process of declaring that one or more objects in a prior outbound process (captured in an EPCIS event having business step `shipping`, `departing`, or `consigning`) were not shipped (or departed or consigned) as previously indicated.
    VoidShipping,
    /// `sensor_reporting`: Denotes a specific activity within a business process where sensor data, pertaining to the physical properties and condition of an object or location, is returned. If an EPCIS event accommodates sensor data in conjunction with specific business process steps (e.g. sensor observations in the context of a `commissioning`, `packing`, or `sampling`), the business step value describing the process step SHOULD be used. `sensor_reporting` SHOULD only be used when no other business step is in progress.
    SensorReporting,
    /// `sampling`: Denotes a testing activity within a business process where one or more portions of an object are examined for quality testing, quality inspection, or customs clearance purposes. In contrast to *inspected* objects, *sampled* objects are **no longer viable** in the supply chain. `inspecting` is non-destructive and typically only checks the plausibility of the product packaging, security devices (e.g. holograms, watermarks, etc.) and integrity of any tamper-evident seals, whereas `sampling` is always destructive, i.e., makes the sampled product instance no longer viable for sale or onward distribution in the retail/dispensing supply chain). When a serialised instance undergoes `sampling`, the subsequent business step SHALL be an end-of-life event (i.e., with action DELETE), to prevent the return of the sampled object (or its identifier) into the supply chain.
    Sampling,
    /// A value outside the CBV list (an absolute URI), kept verbatim.
    Custom(String),
}

impl BizStep {
    /// The URN prefix of this list in EPCIS XML.
    pub const URN_PREFIX: &'static str = "urn:epcglobal:cbv:bizstep:";

    /// The bare CBV term (JSON form), or the custom URI.
    #[must_use]
    pub fn term(&self) -> &str {
        match self {
            Self::Accepting => "accepting",
            Self::Arriving => "arriving",
            Self::Assembling => "assembling",
            Self::Collecting => "collecting",
            Self::Commissioning => "commissioning",
            Self::Consigning => "consigning",
            Self::CreatingClassInstance => "creating_class_instance",
            Self::CycleCounting => "cycle_counting",
            Self::Decommissioning => "decommissioning",
            Self::Departing => "departing",
            Self::Destroying => "destroying",
            Self::Disassembling => "disassembling",
            Self::Dispensing => "dispensing",
            Self::Encoding => "encoding",
            Self::EnteringExiting => "entering_exiting",
            Self::Holding => "holding",
            Self::Inspecting => "inspecting",
            Self::Installing => "installing",
            Self::Killing => "killing",
            Self::Loading => "loading",
            Self::Other => "other",
            Self::Packing => "packing",
            Self::Picking => "picking",
            Self::Receiving => "receiving",
            Self::Removing => "removing",
            Self::Repackaging => "repackaging",
            Self::Repairing => "repairing",
            Self::Replacing => "replacing",
            Self::Reserving => "reserving",
            Self::RetailSelling => "retail_selling",
            Self::Shipping => "shipping",
            Self::StagingOutbound => "staging_outbound",
            Self::StockTaking => "stock_taking",
            Self::Stocking => "stocking",
            Self::Storing => "storing",
            Self::Transporting => "transporting",
            Self::Unloading => "unloading",
            Self::Unpacking => "unpacking",
            Self::VoidShipping => "void_shipping",
            Self::SensorReporting => "sensor_reporting",
            Self::Sampling => "sampling",
            Self::Custom(s) => s,
        }
    }

    /// The value for a bare CBV term; anything else becomes [`Self::Custom`].
    #[must_use]
    pub fn from_term(term: &str) -> Self {
        match term {
            "accepting" => Self::Accepting,
            "arriving" => Self::Arriving,
            "assembling" => Self::Assembling,
            "collecting" => Self::Collecting,
            "commissioning" => Self::Commissioning,
            "consigning" => Self::Consigning,
            "creating_class_instance" => Self::CreatingClassInstance,
            "cycle_counting" => Self::CycleCounting,
            "decommissioning" => Self::Decommissioning,
            "departing" => Self::Departing,
            "destroying" => Self::Destroying,
            "disassembling" => Self::Disassembling,
            "dispensing" => Self::Dispensing,
            "encoding" => Self::Encoding,
            "entering_exiting" => Self::EnteringExiting,
            "holding" => Self::Holding,
            "inspecting" => Self::Inspecting,
            "installing" => Self::Installing,
            "killing" => Self::Killing,
            "loading" => Self::Loading,
            "other" => Self::Other,
            "packing" => Self::Packing,
            "picking" => Self::Picking,
            "receiving" => Self::Receiving,
            "removing" => Self::Removing,
            "repackaging" => Self::Repackaging,
            "repairing" => Self::Repairing,
            "replacing" => Self::Replacing,
            "reserving" => Self::Reserving,
            "retail_selling" => Self::RetailSelling,
            "shipping" => Self::Shipping,
            "staging_outbound" => Self::StagingOutbound,
            "stock_taking" => Self::StockTaking,
            "stocking" => Self::Stocking,
            "storing" => Self::Storing,
            "transporting" => Self::Transporting,
            "unloading" => Self::Unloading,
            "unpacking" => Self::Unpacking,
            "void_shipping" => Self::VoidShipping,
            "sensor_reporting" => Self::SensorReporting,
            "sampling" => Self::Sampling,
            other => Self::Custom(String::from(other)),
        }
    }

    /// Whether this is a CBV value (not [`Self::Custom`]).
    #[must_use]
    pub fn is_cbv(&self) -> bool {
        !matches!(self, Self::Custom(_))
    }

    /// The XML form: the CBV URN, or the custom URI.
    #[must_use]
    pub fn to_xml(&self) -> String {
        match self {
            Self::Custom(s) => s.clone(),
            cbv => {
                let mut s = String::from(Self::URN_PREFIX);
                s.push_str(cbv.term());
                s
            }
        }
    }

    /// Parses the XML form (CBV URN or custom URI).
    #[must_use]
    pub fn from_xml(value: &str) -> Self {
        match value.strip_prefix(Self::URN_PREFIX).map(Self::from_term) {
            Some(v) if v.is_cbv() => v,
            _ => Self::Custom(String::from(value)),
        }
    }
}

/// CBV 2.0 disposition.
///
/// JSON uses the bare term, XML the URN `urn:epcglobal:cbv:disp:<term>`; values outside CBV are
/// kept as given in [`Self::Custom`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Disposition {
    /// `active`: A commissioned object has just been introduced into the supply chain.
    Active,
    /// `container_closed`: Object has been loaded onto a container, the doors have been closed and the shipment sealed.
    ContainerClosed,
    /// `damaged`: Object is impaired in its usefulness and/or reduced in value due to a defect.
    Damaged,
    /// `destroyed`: Object has been fully rendered non-usable.
    Destroyed,
    /// `dispensed`: A full quantity of product is distributed to a consumer.
    Dispensed,
    /// `disposed`: Object has been returned for disposal.
    Disposed,
    /// `encoded`: An instance-level identifier has been written to a barcode or RFID tag, but not yet commissioned.
    Encoded,
    /// `expired`: Object's expiration date is in the past.
    Expired,
    /// `in_progress`: Optional disposition for object proceeding through points in the supply chain.
    InProgress,
    /// `in_transit`: Object being shipped between two trading partners.
    InTransit,
    /// `inactive`: Decommissioned object that may be reintroduced to the supply chain.
    Inactive,
    /// `no_pedigree_match`: In validating the pedigree for the object, no match was found, causing the product to be quarantined for further investigation and disposition.
    NoPedigreeMatch,
    /// `non_sellable_other`: Object cannot be sold to a customer.
    NonSellableOther,
    /// `partially_dispensed`: A portion of a product is distributed to a customer, while additional product is retained for subsequent distribution.
    PartiallyDispensed,
    /// `recalled`: Object is non-sellable because of public safety reasons.
    Recalled,
    /// `reserved`: Instance-level identifier has been allocated for a third party.
    Reserved,
    /// `retail_sold`: Product has been purchased by a customer.
    RetailSold,
    /// `returned`: Object has been sent or brought back for various reasons. It may or may not be sellable.
    Returned,
    /// `sellable_accessible`: Product can be sold as is and customer can access product for purchase.
    SellableAccessible,
    /// `sellable_not_accessible`: Product can be sold as is, but customer cannot access product for purchase.
    SellableNotAccessible,
    /// `stolen`: An object has been taken without permission or right.
    Stolen,
    /// `unknown`: An object's condition is not known.
    Unknown,
    /// `available`: Object has been returned to service or to the supply chain (e.g., following a successfully completed `repairing` step).
    Available,
    /// `completeness_verified`: Applied as `disposition` of an `AggregationEvent` with action `DELETE` and business step `unpacking` to explicitly indicate the verified integrity of that aggregation when the aggregated children are unpacked from their parent. Applied as `persistentDisposition` of an `ObjectEvent` with business step `inspecting`, if the inspection has verified the presence of each of the aggregated children.
    CompletenessVerified,
    /// `completeness_inferred`: Applied as `persistentDisposition` of an `AggregationEvent` or `ObjectEvent` with action `OBSERVE` to indicate the **inferred** integrity of that aggregation (without unpacking the aggregated children from the parent) on the basis of aggregation information (e.g., earlier EPCIS packing event data and/or ASN/DESADV) provided by an upstream supplier. Inferred children SHALL be explicitly listed when captured in an `AggregationEvent`, but SHALL NOT be listed when captured in an `ObjectEvent`.
    CompletenessInferred,
    /// `conformant`: Outcome of a successful/passed inspection in an `inspecting` or `repairing` step.
    Conformant,
    /// `container_open`: A container's doors have been opened; or a seal of a shipment has been broken. This disposition makes no indication as to whether the act of opening was authorised.
    ContainerOpen,
    /// `mismatch_instance`: Instance-level identifiers do not correspond to the identifiers that were expected.
    MismatchInstance,
    /// `mismatch_class`: Class-level identifiers do not correspond to the identifiers that were expected.
    MismatchClass,
    /// `mismatch_quantity`: Quantity do not correspond to the quantity that was expected.
    MismatchQuantity,
    /// `needs_replacement`: Component(s) or other asset(s) must be replaced to ensure fulfilment of functional requirements.
    NeedsReplacement,
    /// `non_conformant`: Outcome of an unsuccessful/failed inspection in an `inspecting` or `repairing` step. (`non_conformant` is the opposite of `available`).
    NonConformant,
    /// `unavailable`: Object has been removed from service or from the supply chain (e.g., pending repair).
    Unavailable,
    /// A value outside the CBV list (an absolute URI), kept verbatim.
    Custom(String),
}

impl Disposition {
    /// The URN prefix of this list in EPCIS XML.
    pub const URN_PREFIX: &'static str = "urn:epcglobal:cbv:disp:";

    /// The bare CBV term (JSON form), or the custom URI.
    #[must_use]
    pub fn term(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::ContainerClosed => "container_closed",
            Self::Damaged => "damaged",
            Self::Destroyed => "destroyed",
            Self::Dispensed => "dispensed",
            Self::Disposed => "disposed",
            Self::Encoded => "encoded",
            Self::Expired => "expired",
            Self::InProgress => "in_progress",
            Self::InTransit => "in_transit",
            Self::Inactive => "inactive",
            Self::NoPedigreeMatch => "no_pedigree_match",
            Self::NonSellableOther => "non_sellable_other",
            Self::PartiallyDispensed => "partially_dispensed",
            Self::Recalled => "recalled",
            Self::Reserved => "reserved",
            Self::RetailSold => "retail_sold",
            Self::Returned => "returned",
            Self::SellableAccessible => "sellable_accessible",
            Self::SellableNotAccessible => "sellable_not_accessible",
            Self::Stolen => "stolen",
            Self::Unknown => "unknown",
            Self::Available => "available",
            Self::CompletenessVerified => "completeness_verified",
            Self::CompletenessInferred => "completeness_inferred",
            Self::Conformant => "conformant",
            Self::ContainerOpen => "container_open",
            Self::MismatchInstance => "mismatch_instance",
            Self::MismatchClass => "mismatch_class",
            Self::MismatchQuantity => "mismatch_quantity",
            Self::NeedsReplacement => "needs_replacement",
            Self::NonConformant => "non_conformant",
            Self::Unavailable => "unavailable",
            Self::Custom(s) => s,
        }
    }

    /// The value for a bare CBV term; anything else becomes [`Self::Custom`].
    #[must_use]
    pub fn from_term(term: &str) -> Self {
        match term {
            "active" => Self::Active,
            "container_closed" => Self::ContainerClosed,
            "damaged" => Self::Damaged,
            "destroyed" => Self::Destroyed,
            "dispensed" => Self::Dispensed,
            "disposed" => Self::Disposed,
            "encoded" => Self::Encoded,
            "expired" => Self::Expired,
            "in_progress" => Self::InProgress,
            "in_transit" => Self::InTransit,
            "inactive" => Self::Inactive,
            "no_pedigree_match" => Self::NoPedigreeMatch,
            "non_sellable_other" => Self::NonSellableOther,
            "partially_dispensed" => Self::PartiallyDispensed,
            "recalled" => Self::Recalled,
            "reserved" => Self::Reserved,
            "retail_sold" => Self::RetailSold,
            "returned" => Self::Returned,
            "sellable_accessible" => Self::SellableAccessible,
            "sellable_not_accessible" => Self::SellableNotAccessible,
            "stolen" => Self::Stolen,
            "unknown" => Self::Unknown,
            "available" => Self::Available,
            "completeness_verified" => Self::CompletenessVerified,
            "completeness_inferred" => Self::CompletenessInferred,
            "conformant" => Self::Conformant,
            "container_open" => Self::ContainerOpen,
            "mismatch_instance" => Self::MismatchInstance,
            "mismatch_class" => Self::MismatchClass,
            "mismatch_quantity" => Self::MismatchQuantity,
            "needs_replacement" => Self::NeedsReplacement,
            "non_conformant" => Self::NonConformant,
            "unavailable" => Self::Unavailable,
            other => Self::Custom(String::from(other)),
        }
    }

    /// Whether this is a CBV value (not [`Self::Custom`]).
    #[must_use]
    pub fn is_cbv(&self) -> bool {
        !matches!(self, Self::Custom(_))
    }

    /// The XML form: the CBV URN, or the custom URI.
    #[must_use]
    pub fn to_xml(&self) -> String {
        match self {
            Self::Custom(s) => s.clone(),
            cbv => {
                let mut s = String::from(Self::URN_PREFIX);
                s.push_str(cbv.term());
                s
            }
        }
    }

    /// Parses the XML form (CBV URN or custom URI).
    #[must_use]
    pub fn from_xml(value: &str) -> Self {
        match value.strip_prefix(Self::URN_PREFIX).map(Self::from_term) {
            Some(v) if v.is_cbv() => v,
            _ => Self::Custom(String::from(value)),
        }
    }
}

/// CBV 2.0 business transaction type.
///
/// JSON uses the bare term, XML the URN `urn:epcglobal:cbv:btt:<term>`; values outside CBV are
/// kept as given in [`Self::Custom`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BizTransactionType {
    /// `bol`: A document issued by a carrier to a shipper, listing and acknowledging receipt of goods for transport and specifying terms of delivery.
    Bol,
    /// `cert`: A document confirming certain characteristics of an object (e.g. product), person, or organisation, typically issued by a third party.
    Cert,
    /// `desadv`: A document/message by means of which the seller or consignor informs the consignee about the despatch of goods. Also called an 'Advanced Shipment Notice', but the value `desadv` is always used regardless of local nomenclature.
    Desadv,
    /// `inv`: A document/message claiming payment for goods or services supplied under conditions agreed by the seller and buyer.
    Inv,
    /// `pedigree`: A record that traces the ownership or custody and transactions of a product as it moves among various trading partners.
    Pedigree,
    /// `po`: A document/message that specifies details for goods and services ordered under conditions agreed by the seller and buyer.
    Po,
    /// `poc`: A document that provides confirmation from an external supplier to the request of a purchaser to deliver a specified quantity of material, or perform a specified service, at a specified price within a specified time. (Sometimes internally referred to as a 'Sales Order'.)
    Poc,
    /// `prodorder`: An organisation-internal document or message issued by a producer that initiates a manufacturing process of goods.
    Prodorder,
    /// `recadv`: A document/message that provides the receiver of the shipment the capability to inform the shipper of actual goods received, compared to what was advised as being sent.
    Recadv,
    /// `rma`: A document issued by the seller that authorises a buyer to return merchandise for credit determination.
    Rma,
    /// `testprd`: A document that provides a formal specification of a sequence of instructions for the purpose of verifying one or several criteria.
    Testprd,
    /// `testres`: A document that includes the outcome of the execution of a given test procedure.
    Testres,
    /// `upevt`: Event ID URI(s) of event(s) provided by an upstream supplier, such as packing and shipping events (e.g., as the basis for the inferred completeness of inbound aggregations).
    Upevt,
    /// A value outside the CBV list (an absolute URI), kept verbatim.
    Custom(String),
}

impl BizTransactionType {
    /// The URN prefix of this list in EPCIS XML.
    pub const URN_PREFIX: &'static str = "urn:epcglobal:cbv:btt:";

    /// The bare CBV term (JSON form), or the custom URI.
    #[must_use]
    pub fn term(&self) -> &str {
        match self {
            Self::Bol => "bol",
            Self::Cert => "cert",
            Self::Desadv => "desadv",
            Self::Inv => "inv",
            Self::Pedigree => "pedigree",
            Self::Po => "po",
            Self::Poc => "poc",
            Self::Prodorder => "prodorder",
            Self::Recadv => "recadv",
            Self::Rma => "rma",
            Self::Testprd => "testprd",
            Self::Testres => "testres",
            Self::Upevt => "upevt",
            Self::Custom(s) => s,
        }
    }

    /// The value for a bare CBV term; anything else becomes [`Self::Custom`].
    #[must_use]
    pub fn from_term(term: &str) -> Self {
        match term {
            "bol" => Self::Bol,
            "cert" => Self::Cert,
            "desadv" => Self::Desadv,
            "inv" => Self::Inv,
            "pedigree" => Self::Pedigree,
            "po" => Self::Po,
            "poc" => Self::Poc,
            "prodorder" => Self::Prodorder,
            "recadv" => Self::Recadv,
            "rma" => Self::Rma,
            "testprd" => Self::Testprd,
            "testres" => Self::Testres,
            "upevt" => Self::Upevt,
            other => Self::Custom(String::from(other)),
        }
    }

    /// Whether this is a CBV value (not [`Self::Custom`]).
    #[must_use]
    pub fn is_cbv(&self) -> bool {
        !matches!(self, Self::Custom(_))
    }

    /// The XML form: the CBV URN, or the custom URI.
    #[must_use]
    pub fn to_xml(&self) -> String {
        match self {
            Self::Custom(s) => s.clone(),
            cbv => {
                let mut s = String::from(Self::URN_PREFIX);
                s.push_str(cbv.term());
                s
            }
        }
    }

    /// Parses the XML form (CBV URN or custom URI).
    #[must_use]
    pub fn from_xml(value: &str) -> Self {
        match value.strip_prefix(Self::URN_PREFIX).map(Self::from_term) {
            Some(v) if v.is_cbv() => v,
            _ => Self::Custom(String::from(value)),
        }
    }
}

/// CBV 2.0 source/destination type.
///
/// JSON uses the bare term, XML the URN `urn:epcglobal:cbv:sdt:<term>`; values outside CBV are
/// kept as given in [`Self::Custom`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceDestType {
    /// `owning_party`: The source or destination identifier denotes the party who owns (or is intended to own) the objects at the originating endpoint or terminating endpoint (respectively) of the business transfer of which this EPCIS event is a part.
    OwningParty,
    /// `possessing_party`: The source or destination identifier denotes the party who has (or is intended to have) physical possession of the objects at the originating endpoint or terminating endpoint (respectively) of the business transfer of which this EPCIS event is a part.
    PossessingParty,
    /// `location`: The source or destination identifier denotes the physical location of the originating endpoint or terminating endpoint (respectively) of the business transfer of which this EPCIS event is a part. When a source of this type is specified on an EPCIS event at the originating endpoint of a business transfer, the source identifier SHOULD be consistent with the Read Point specified in that event. When a destination of this type is specified on an EPCIS event at the terminating endpoint of a business transfer, the destination identifier SHOULD be consistent with the Read Point specified in that event.
    Location,
    /// A value outside the CBV list (an absolute URI), kept verbatim.
    Custom(String),
}

impl SourceDestType {
    /// The URN prefix of this list in EPCIS XML.
    pub const URN_PREFIX: &'static str = "urn:epcglobal:cbv:sdt:";

    /// The bare CBV term (JSON form), or the custom URI.
    #[must_use]
    pub fn term(&self) -> &str {
        match self {
            Self::OwningParty => "owning_party",
            Self::PossessingParty => "possessing_party",
            Self::Location => "location",
            Self::Custom(s) => s,
        }
    }

    /// The value for a bare CBV term; anything else becomes [`Self::Custom`].
    #[must_use]
    pub fn from_term(term: &str) -> Self {
        match term {
            "owning_party" => Self::OwningParty,
            "possessing_party" => Self::PossessingParty,
            "location" => Self::Location,
            other => Self::Custom(String::from(other)),
        }
    }

    /// Whether this is a CBV value (not [`Self::Custom`]).
    #[must_use]
    pub fn is_cbv(&self) -> bool {
        !matches!(self, Self::Custom(_))
    }

    /// The XML form: the CBV URN, or the custom URI.
    #[must_use]
    pub fn to_xml(&self) -> String {
        match self {
            Self::Custom(s) => s.clone(),
            cbv => {
                let mut s = String::from(Self::URN_PREFIX);
                s.push_str(cbv.term());
                s
            }
        }
    }

    /// Parses the XML form (CBV URN or custom URI).
    #[must_use]
    pub fn from_xml(value: &str) -> Self {
        match value.strip_prefix(Self::URN_PREFIX).map(Self::from_term) {
            Some(v) if v.is_cbv() => v,
            _ => Self::Custom(String::from(value)),
        }
    }
}

/// CBV 2.0 error reason (error declarations).
///
/// JSON uses the bare term, XML the URN `urn:epcglobal:cbv:er:<term>`; values outside CBV are
/// kept as given in [`Self::Custom`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorReason {
    /// `did_not_occur`: The prior event is considered erroneous because it did not actually occur. There are no corrective events. (In a CBV-Compliant Document, this error reason SHALL NOT be used in an error declaration that contains one or more corrective event IDs.)
    DidNotOccur,
    /// `incorrect_data`: The prior event is considered erroneous because some or all of the data in the event are incorrect. Subsequent events may provide a correct indication of what actually occurred when the prior event was captured. These events may be linked using the corrective event IDs in the error declaration.
    IncorrectData,
    /// A value outside the CBV list (an absolute URI), kept verbatim.
    Custom(String),
}

impl ErrorReason {
    /// The URN prefix of this list in EPCIS XML.
    pub const URN_PREFIX: &'static str = "urn:epcglobal:cbv:er:";

    /// The bare CBV term (JSON form), or the custom URI.
    #[must_use]
    pub fn term(&self) -> &str {
        match self {
            Self::DidNotOccur => "did_not_occur",
            Self::IncorrectData => "incorrect_data",
            Self::Custom(s) => s,
        }
    }

    /// The value for a bare CBV term; anything else becomes [`Self::Custom`].
    #[must_use]
    pub fn from_term(term: &str) -> Self {
        match term {
            "did_not_occur" => Self::DidNotOccur,
            "incorrect_data" => Self::IncorrectData,
            other => Self::Custom(String::from(other)),
        }
    }

    /// Whether this is a CBV value (not [`Self::Custom`]).
    #[must_use]
    pub fn is_cbv(&self) -> bool {
        !matches!(self, Self::Custom(_))
    }

    /// The XML form: the CBV URN, or the custom URI.
    #[must_use]
    pub fn to_xml(&self) -> String {
        match self {
            Self::Custom(s) => s.clone(),
            cbv => {
                let mut s = String::from(Self::URN_PREFIX);
                s.push_str(cbv.term());
                s
            }
        }
    }

    /// Parses the XML form (CBV URN or custom URI).
    #[must_use]
    pub fn from_xml(value: &str) -> Self {
        match value.strip_prefix(Self::URN_PREFIX).map(Self::from_term) {
            Some(v) if v.is_cbv() => v,
            _ => Self::Custom(String::from(value)),
        }
    }
}

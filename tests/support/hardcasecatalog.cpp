#include "hardcasecatalog.h"

#include <QJsonObject>
#include <QTest>

namespace mesh::testing {

using namespace mesh::catalog;

namespace {

// Lines that are ES module code, JSX expressions, tags, frontmatter fences and YAML in
// turn, with a carriage return, a tab, and text from outside ASCII.
const QString kHostile = QStringLiteral(
    "export const pwned = (() => { throw new Error('ran at build time') })();\n"
    "import fs from 'node:fs'\n"
    "{process.exit(1)} and {{double}} braces\n"
    "<script>alert('x')</script> & <Schema file=\"../../etc/passwd\" /> <!-- comment\n"
    "---\n"
    "title: injected\n"
    "---\n"
    "  export default 1\n"
    "A carriage return\r here, a tab\there, \"quotes\", 'single', `backticks`, $dollar, # hash, : colon, @at, %percent, "
    "emoji \U0001F680, accents éàü, 漢字.");

const char *const kMoneyAvro = R"({
  "type": "record", "name": "PriceChanged", "namespace": "com.shop.pricing",
  "fields": [
    {"name": "sku", "type": "string"},
    {"name": "price", "type": {"type": "record", "name": "Money", "namespace": "com.shop.common", "fields": [
      {"name": "amountMinor", "type": "long"},
      {"name": "currency", "type": {"type": "enum", "name": "Currency", "symbols": ["EUR", "USD", "GBP"]}}
    ]}}
  ]
})";

const char *const kMoneyAvroV2 = R"({
  "type": "record", "name": "PriceChanged", "namespace": "com.shop.pricing",
  "fields": [
    {"name": "sku", "type": "string"},
    {"name": "price", "type": {"type": "record", "name": "Money", "namespace": "com.shop.common", "fields": [
      {"name": "amountMinor", "type": "long"},
      {"name": "currency", "type": {"type": "enum", "name": "Currency", "symbols": ["EUR", "USD", "GBP"]}}
    ]}},
    {"name": "note", "type": ["null", "string"], "default": null}
  ]
})";

// Names com.shop.common.Money, which PriceChanged declares.
const char *const kOrderPlacedAvro = R"({
  "type": "record", "name": "OrderPlaced", "namespace": "com.shop.orders",
  "fields": [
    {"name": "orderId", "type": "string"},
    {"name": "total", "type": "com.shop.common.Money"},
    {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "fields": [
      {"name": "sku", "type": "string"}, {"name": "quantity", "type": "int"}, {"name": "unitPrice", "type": "com.shop.common.Money"}
    ]}}}
  ]
})";

const char *const kMoneyProto = R"(syntax = "proto3";
package shop.common.v1;

// The rate one currency was revalued to.
message CurrencyRevalued {
  string currency_code = 1;
  Money rate = 2;
}

message Money {
  enum Rounding {
    ROUNDING_UNSPECIFIED = 0;
    HALF_EVEN = 1;
    DOWN = 2;
  }
  int64 units = 1;
  int32 nanos = 2;
  string currency_code = 3;
  Rounding rounding = 4;
}
)";

// Imports the other subject's file by its canonical path.
const char *const kOrderPricedProto = R"(syntax = "proto3";
package shop.orders.v1;

import "shop/common/v1/currency_revalued.proto";
import "google/protobuf/timestamp.proto";

message OrderPriced {
  string order_id = 1;
  shop.common.v1.Money total = 2;
  repeated Line lines = 3;
  google.protobuf.Timestamp priced_at = 4;

  message Line {
    string sku = 1;
    .shop.common.v1.Money unit_price = 2;
  }
}
)";

// Uses the other subject's types without importing anything.
const char *const kPlaceOrderProto = R"(syntax = "proto3";
package shop.orders.v1;

message PlaceOrder {
  string order_id = 1;
  shop.common.v1.Money budget = 2;
  shop.common.v1.Money.Rounding rounding = 3;
}
)";

// Draft-07 could read it: $defs hoisted into components/schemas.
const char *const kOrderCancelledJson = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.example.com/orders/order-cancelled.json",
  "title": "OrderCancelled",
  "type": "object",
  "required": ["orderId", "refund", "reason"],
  "properties": {
    "orderId": {"type": "string", "minLength": 1},
    "refund": {"$ref": "#/$defs/Money"},
    "reason": {"$ref": "#/$defs/Reason%20code"},
    "history": {"type": "array", "items": {"$ref": "#/$defs/Money"}}
  },
  "additionalProperties": false,
  "$defs": {
    "Money": {
      "type": "object",
      "required": ["amountMinor", "currency"],
      "properties": {"amountMinor": {"type": "integer"}, "currency": {"$ref": "#/$defs/Currency"}},
      "additionalProperties": false
    },
    "Currency": {"type": "string", "enum": ["EUR", "USD", "GBP"]},
    "Reason code": {"type": "string", "enum": ["customer", "fraud", "stock"]}
  }
})";

// Only 2020-12 reads it right.
const char *const kOrderShippedJson = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.example.com/orders/order-shipped.json",
  "title": "OrderShipped",
  "type": "object",
  "required": ["orderId", "parcel"],
  "properties": {
    "orderId": {"type": "string"},
    "parcel": {"$ref": "#/$defs/Parcel", "description": "What left the warehouse"},
    "route": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "string"}], "minItems": 2, "items": {"type": "integer"}},
    "carrier": {"type": "string"},
    "trackingCode": {"type": "string"},
    "shippingCost": {"$ref": "order-cancelled.json#/$defs/Money"}
  },
  "dependentRequired": {"trackingCode": ["carrier"]},
  "unevaluatedProperties": false,
  "$defs": {
    "Parcel": {"type": "object", "properties": {"weightGrams": {"type": "integer", "minimum": 0}}, "required": ["weightGrams"]}
  }
})";

const char *const kOrderSummaryJson = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "OrderSummary",
  "type": "object",
  "required": ["orderId", "status"],
  "properties": {
    "orderId": {"type": "string"},
    "status": {"type": "string", "enum": ["placed", "cancelled", "shipped"]},
    "total": {"$ref": "#/$defs/Money"},
    "lastRefund": {"$ref": "https://schemas.example.com/orders/order-cancelled.json#/$defs/Money"},
    "shipment": {"$ref": "https://schemas.example.com/orders/order-shipped.json"}
  },
  "$defs": {"Money": {"type": "object", "properties": {"amountMinor": {"type": "integer"}, "currency": {"type": "string"}}}}
})";

SchemaVersion schema(const Element &subject, int version, SchemaFormat format, const char *text)
{
    SchemaVersion result;
    result.subject = subject.id;
    result.version = version;
    result.format = format;
    result.text = QString::fromUtf8(text);
    return result;
}

Relation relation(RelationKind kind, const Element &from, const Element &to)
{
    return {QUuid::createUuid(), kind, from.id, to.id, {}};
}

} // namespace

void populateHardCases(Catalog &catalog)
{
    auto element = [](ElementKind kind, const QString &name, const Element *context, const QString &description = kHostile) {
        Element created{QUuid::createUuid(), kind, name, context ? context->id : QUuid()};
        created.description = description;
        created.owner = QStringLiteral("Order <Team> & \"Friends\"");
        return created;
    };
    Element pricing = element(ElementKind::BoundedContext, QStringLiteral("Pricing"), nullptr);
    Element orders = element(ElementKind::BoundedContext, QStringLiteral("Order Care"), nullptr);
    Element team = element(ElementKind::Team, QStringLiteral("Order <Team> & \"Friends\""), nullptr);
    team.owner.clear();
    team.attributes.insert(QStringLiteral("contact"), QStringLiteral("orders@example.com"));

    Element priceChanged = element(ElementKind::Event, QStringLiteral("Price Changed"), &pricing);
    Element revalued = element(ElementKind::Event, QStringLiteral("Currency Revalued"), &pricing);
    Element pricingService = element(ElementKind::Service, QStringLiteral("Price Book"), &pricing);
    Element prices = element(ElementKind::Channel, QStringLiteral("Prices"), &pricing);
    prices.attributes.insert(QStringLiteral("topic"), QStringLiteral("pricing.prices.v1"));

    Element placed = element(ElementKind::Event, QStringLiteral("Order Placed"), &orders);
    Element priced = element(ElementKind::Event, QStringLiteral("Order Priced"), &orders);
    Element cancelled = element(ElementKind::Event, QStringLiteral("Order Cancelled"), &orders);
    Element shipped = element(ElementKind::Event, QStringLiteral("Order Shipped"), &orders);
    Element placeOrder = element(ElementKind::Command, QStringLiteral("Place Order"), &orders);
    Element summary = element(ElementKind::ReadModel, QStringLiteral("Order Summary"), &orders);
    Element checkout = element(ElementKind::Service, QStringLiteral("Checkout"), &orders);
    Element audit = element(ElementKind::Service, QStringLiteral("Audit <script>"), &orders);
    Element events = element(ElementKind::Channel, QStringLiteral("Order events"), &orders);
    events.attributes.insert(QStringLiteral("topic"), QStringLiteral("orders.events.v1"));
    events.attributes.insert(QStringLiteral("partitions"), 12);
    Element auditTrail = element(ElementKind::Channel, QStringLiteral("Order audit"), &orders);
    auditTrail.attributes.insert(QStringLiteral("topic"), QStringLiteral("orders.audit_trail-v1"));
    auditTrail.attributes.insert(QStringLiteral("subjectNameStrategy"), QStringLiteral("RecordNameStrategy"));

    Batch batch;
    for (const Element *created : {&pricing, &orders, &team, &priceChanged, &revalued, &pricingService, &prices, &placed, &priced, &cancelled,
                                   &shipped, &placeOrder, &summary, &checkout, &audit, &events, &auditTrail})
        batch.append(CreateElement{*created});
    // Declaring subjects first: a schema may only use types the catalog already has.
    batch += Batch{AddSchemaVersion{schema(priceChanged, 1, SchemaFormat::Avro, kMoneyAvro)},
                   AddSchemaVersion{schema(priceChanged, 2, SchemaFormat::Avro, kMoneyAvroV2)},
                   AddSchemaVersion{schema(revalued, 1, SchemaFormat::Protobuf, kMoneyProto)},
                   AddSchemaVersion{schema(placed, 1, SchemaFormat::Avro, kOrderPlacedAvro)},
                   AddSchemaVersion{schema(priced, 1, SchemaFormat::Protobuf, kOrderPricedProto)},
                   AddSchemaVersion{schema(placeOrder, 1, SchemaFormat::Protobuf, kPlaceOrderProto)},
                   AddSchemaVersion{schema(cancelled, 1, SchemaFormat::JsonSchema, kOrderCancelledJson)},
                   AddSchemaVersion{schema(shipped, 1, SchemaFormat::JsonSchema, kOrderShippedJson)},
                   AddSchemaVersion{schema(summary, 1, SchemaFormat::JsonSchema, kOrderSummaryJson)}};
    batch += Batch{CreateRelation{relation(RelationKind::Publishes, pricingService, prices)},
                   CreateRelation{relation(RelationKind::Carries, prices, priceChanged)},
                   CreateRelation{relation(RelationKind::Carries, prices, revalued)},
                   CreateRelation{relation(RelationKind::Publishes, checkout, events)},
                   CreateRelation{relation(RelationKind::Subscribes, checkout, prices)},
                   CreateRelation{relation(RelationKind::HandledBy, placeOrder, checkout)},
                   CreateRelation{relation(RelationKind::Carries, events, placed)},
                   CreateRelation{relation(RelationKind::Carries, events, priced)},
                   CreateRelation{relation(RelationKind::Carries, events, cancelled)},
                   CreateRelation{relation(RelationKind::Carries, events, shipped)},
                   CreateRelation{relation(RelationKind::Publishes, audit, auditTrail)},
                   CreateRelation{relation(RelationKind::Subscribes, audit, events)},
                   CreateRelation{relation(RelationKind::Carries, auditTrail, cancelled)},
                   CreateRelation{relation(RelationKind::Feeds, placed, summary)}};
    // A timeline whose slices and scenarios carry text that breaks Markdown and Gherkin: table
    // pipes, backslashes, newlines, backticks, a keyword at a line's start.
    Diagram timeline{QUuid::createUuid(), QStringLiteral("Order | story `timeline` #1"), DiagramKind::Timeline, {}, {}};
    batch.append(CreateDiagram{timeline});
    for (const auto &[element, left] : {std::pair{&placeOrder, 100.0}, std::pair{&placed, 110.0}, std::pair{&summary, 400.0}})
        batch.append(PlaceElement{Placement{timeline.id, element->id, QRectF(left, 0, 140, 90), {}, false}});
    Scenario place{QStringLiteral("Place | an order Then: nothing \\| `x`"),
                   {ScenarioStep{priced.id, {{QStringLiteral("order|id"), QStringLiteral("o\\1\n`x`")}}}},
                   ScenarioStep{placeOrder.id, {{QStringLiteral("orderId"), QStringLiteral("o-1")}, {QStringLiteral("lines"), 3}}},
                   {ScenarioStep{placed.id, {{QStringLiteral("orderId"), QStringLiteral("o-1")}, {QStringLiteral("meta"), QJsonObject{{"a", true}}}}}},
                   {}};
    Scenario refused{QStringLiteral("An empty order"), {}, ScenarioStep{placeOrder.id, {{QStringLiteral("lines"), 0}}}, {},
                     QStringLiteral("\"no lines\" | refused\nFeature: x")};
    Scenario view{QStringLiteral("# Summary shows *it*"), {ScenarioStep{placed.id, {}}}, std::nullopt,
                  {ScenarioStep{summary.id, {{QStringLiteral("orderId"), QStringLiteral("o-1")}}}}, {}};
    batch.append(UpdateDiagram{timeline.id, {{QStringLiteral("slices"),
                                              slicesToJson({DiagramSlice{QStringLiteral("Place | order **now**"), 80, 270, SliceKind::StateChange, {place, refused}},
                                                            DiagramSlice{QStringLiteral("Place | order **now**"), 380, 560, SliceKind::StateView, {view}},
                                                            DiagramSlice{QStringLiteral("Nothing specified"), 600, 700, SliceKind::Automation, {}}})}}});
    auto applied = catalog.apply(batch);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
}

} // namespace mesh::testing

#include "exporters/asyncapi/jsonschemapayload.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <set>

namespace mesh::exporters {

namespace {

// Keywords whose value is a schema, an array of schemas, or a map of names to schemas: the
// places a walk looks for subschemas (never inside `const`, `enum`, `default`, `examples`).
const std::set<std::string> kSchemaKeywords = {"items", "additionalItems", "additionalProperties", "not", "if", "then", "else",
                                               "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
                                               "contentSchema"};
const std::set<std::string> kSchemaArrayKeywords = {"allOf", "anyOf", "oneOf", "prefixItems"};
const std::set<std::string> kSchemaMapKeywords = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
                                                  "dependencies"};

// What draft-07 does not know, or reads differently.
const std::set<std::string> kOnly2020 = {"prefixItems", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor",
                                         "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas",
                                         "minContains", "maxContains", "$anchor", "$vocabulary", "contentSchema"};
// Beside a `$ref`, draft-07 ignores everything; these change nothing when ignored.
const std::set<std::string> kAnnotations = {"$ref", "$comment", "title", "description", "examples", "default", "deprecated",
                                            "readOnly", "writeOnly"};

void forEachSchema(Json &schema, const std::function<void(Json &)> &visit)
{
    if (!schema.is_object())
        return;
    visit(schema);
    for (auto &[key, value] : schema.items()) {
        if (kSchemaKeywords.count(key)) {
            if (value.is_array()) {   // draft-07's tuple form of `items`
                for (Json &item : value)
                    forEachSchema(item, visit);
            } else {
                forEachSchema(value, visit);
            }
        } else if (kSchemaArrayKeywords.count(key) && value.is_array()) {
            for (Json &item : value)
                forEachSchema(item, visit);
        } else if (kSchemaMapKeywords.count(key) && value.is_object()) {
            for (auto &[name, subschema] : value.items())
                forEachSchema(subschema, visit);
        }
    }
}

bool needs2020(Json schema)
{
    bool found = false;
    forEachSchema(schema, [&found](Json &subschema) {
        for (auto &[key, value] : subschema.items()) {
            if (kOnly2020.count(key) || (subschema.contains("$ref") && !kAnnotations.count(key)))
                found = true;
        }
    });
    return found;
}

// A JSON Pointer token as a `$ref` fragment writes it (percent-encoded, "~1" for '/').
std::string decodeToken(const std::string &token)
{
    std::string text = QByteArray::fromPercentEncoding(QByteArray::fromStdString(token)).toStdString();
    std::string decoded;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '~' && i + 1 < text.size() && (text[i + 1] == '0' || text[i + 1] == '1')) {
            decoded += text[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            decoded += text[i];
        }
    }
    return decoded;
}

// A name that AsyncAPI allows as a component key (letters, digits, '.', '-', '_').
std::string componentKey(const std::string &name)
{
    std::string key;
    for (char c : name)
        key += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') ? c : '_';
    return key.empty() ? std::string("_") : key;
}

} // namespace

JsonSchemaPayload asyncApiJsonSchemaPayload(const Json &schema, const std::string &messageKey)
{
    JsonSchemaPayload result;
    Json payload = schema;
    if (payload.is_object()) {
        payload.erase("$schema");
        payload.erase("$id");
    }
    const std::string messagePointer = "#/components/messages/" + messageKey + "/payload";
    if (!payload.is_object() || needs2020(payload)) {
        forEachSchema(payload, [&messagePointer](Json &subschema) {
            if (auto ref = subschema.find("$ref"); ref != subschema.end() && ref->is_string() && ref->get<std::string>().rfind('#', 0) == 0)
                *ref = messagePointer + "/schema" + ref->get<std::string>().substr(1);
        });
        result.payload = Json{{"schemaFormat", "application/schema+json;version=2020-12"}, {"schema", payload}};
        return result;
    }

    // Hoist the root's definitions, then point every local reference at its new place.
    std::map<std::string, std::string> hoisted;   // "$defs/Money" → "OrderPlaced.Money"
    std::set<std::string> taken;
    Json definitions = Json::object();
    for (const char *keyword : {"$defs", "definitions"}) {
        auto found = payload.find(keyword);
        if (found == payload.end() || !found->is_object())
            continue;
        for (auto &[name, definition] : found->items()) {
            std::string key = componentKey(messageKey + "." + name);
            for (int n = 2; taken.count(key); ++n)
                key = componentKey(messageKey + "." + name) + "_" + std::to_string(n);
            taken.insert(key);
            hoisted.emplace(std::string(keyword) + "/" + name, key);
            definitions[key] = definition;
            // Where it came from, when its key does not say: an import puts it back there.
            if (definition.is_object() && (key != componentKey(messageKey + "." + name) || componentKey(name) != name || keyword != std::string("$defs")))
                definitions[key]["x-definition"] = std::string(keyword) + "/" + name;
        }
        payload.erase(keyword);
    }
    auto rewrite = [&hoisted, &messagePointer](Json &subschema) {
        auto ref = subschema.find("$ref");
        if (ref == subschema.end() || !ref->is_string() || ref->get<std::string>().rfind('#', 0) != 0)
            return;
        const std::string pointer = ref->get<std::string>().substr(1);   // "/$defs/Money/properties/x"
        for (const char *keyword : {"/$defs/", "/definitions/"}) {
            if (pointer.rfind(keyword, 0) != 0)
                continue;
            const size_t nameStart = std::string(keyword).size();
            const size_t nameEnd = pointer.find('/', nameStart);
            const std::string name = decodeToken(pointer.substr(nameStart, nameEnd - nameStart));
            if (auto key = hoisted.find(std::string(keyword).substr(1) + name); key != hoisted.end()) {
                *ref = "#/components/schemas/" + key->second + (nameEnd == std::string::npos ? std::string() : pointer.substr(nameEnd));
                return;
            }
        }
        *ref = messagePointer + pointer;
    };
    forEachSchema(payload, rewrite);
    for (auto &[key, definition] : definitions.items())
        forEachSchema(definition, rewrite);
    result.payload = payload;
    result.componentSchemas = definitions;
    return result;
}

} // namespace mesh::exporters

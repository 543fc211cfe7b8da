#include "exporters/import/jsonschemabundle.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>
#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

class Bundler
{
public:
    Bundler(DocumentSet &documents, const ResolvedNode &root, const std::string &messageKey)
        : m_documents(documents), m_root(root.place), m_prefix(messageKey.empty() ? std::string() : messageKey + ".")
    {
        for (const char *keyword : {"$defs", "definitions"}) {
            if (root.node->is_object() && root.node->contains(keyword) && (*root.node)[keyword].is_object()) {
                for (const auto &[name, value] : (*root.node)[keyword].items())
                    m_taken.insert(std::string(keyword) + "/" + name);
            }
        }
    }

    Result<Json> run(const Json &root)
    {
        auto copied = copy(root, m_root);
        if (!copied)
            return copied.error();
        if (!m_definitions.empty() && copied->is_object()) {
            for (auto &[keyword, definitions] : m_definitions.items()) {
                Json &into = (*copied)[keyword];
                if (!into.is_object())
                    into = Json::object();
                // In the order the document lists them, not the order they were reached in.
                std::vector<std::pair<std::tuple<QString, std::string, size_t>, std::string>> order;
                for (auto &[name, value] : definitions.items())
                    order.push_back({m_origin.at(keyword + "/" + name), name});
                std::sort(order.begin(), order.end());
                for (const auto &[origin, name] : order)
                    into[name] = definitions[name];
            }
        }
        return copied;
    }

private:
    bool inside(const DocumentPlace &target) const
    {
        if (target.file != m_root.file)
            return false;
        const std::string &root = m_root.pointer;
        return root == "#" || target.pointer == root || target.pointer.rfind(root + "/", 0) == 0;
    }

    // The pointer, from the root, of the definition `target` becomes.
    std::string nameFor(const DocumentPlace &target, const Json &definition)
    {
        const auto key = std::pair{target.file, target.pointer};
        if (auto found = m_names.find(key); found != m_names.end())
            return found->second;
        std::string keyword = "$defs", base;
        if (const auto origin = definition.is_object() ? definition.find("x-definition") : definition.end();
            origin != definition.end() && origin->is_string() && origin->get<std::string>().find('/') != std::string::npos) {
            // Hoisted by the AsyncAPI export from "$defs/<name>" or "definitions/<name>".
            const std::string from = origin->get<std::string>();
            keyword = from.substr(0, from.find('/')) == "definitions" ? "definitions" : "$defs";
            base = from.substr(from.find('/') + 1);
        } else if (target.pointer.size() > 1) {
            base = target.pointer.substr(target.pointer.rfind('/') + 1);
        } else {
            base = QFileInfo(target.file).fileName().section(QLatin1Char('.'), 0, 0).toStdString();
        }
        if (!m_prefix.empty() && base.rfind(m_prefix, 0) == 0 && base.size() > m_prefix.size())
            base = base.substr(m_prefix.size());
        std::string name = base;
        for (int n = 2; m_taken.count(keyword + "/" + name); ++n)
            name = base + std::to_string(n);
        m_taken.insert(keyword + "/" + name);
        const std::string pointer = keyword + "/" + pointerToken(name);
        m_names.emplace(key, pointer);
        m_placement.emplace(pointer, std::pair{keyword, name});
        return pointer;
    }

    // Where `target` is among its siblings: its file, its parent and its index there.
    std::tuple<QString, std::string, size_t> positionOf(const DocumentPlace &target)
    {
        const size_t slash = target.pointer.rfind('/');
        if (slash == std::string::npos || slash == 0)
            return {target.file, target.pointer, 0};
        const std::string parentPointer = target.pointer.substr(0, slash);
        const std::string token = QUrl::fromPercentEncoding(QByteArray::fromStdString(target.pointer.substr(slash + 1))).toStdString();
        auto parent = m_documents.find(target.file, parentPointer, {target.file, "#"});
        size_t index = 0;
        if (parent && parent->node->is_object()) {
            for (const auto &[key, value] : parent->node->items()) {
                if (key == token)
                    break;
                ++index;
            }
        }
        return {target.file, parentPointer, index};
    }

    // A name as a token of a pointer inside a URI fragment ("Reason code" → "Reason%20code").
    static std::string pointerToken(const std::string &name)
    {
        std::string escaped;
        for (char c : name)
            escaped += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        return QUrl::toPercentEncoding(QString::fromStdString(escaped), "!$&'()*+,;=:@-._~").toStdString();
    }

    Result<Json> copy(const Json &node, const DocumentPlace &place)
    {
        if (node.is_array()) {
            Json array = Json::array();
            for (size_t i = 0; i < node.size(); ++i) {
                auto item = copy(node[i], {place.file, DocumentSet::childPointer(place.pointer, i)});
                if (!item)
                    return item.error();
                array.push_back(std::move(*item));
            }
            return array;
        }
        if (!node.is_object())
            return node;
        Json object = Json::object();
        for (const auto &[key, value] : node.items()) {
            if (key == "$ref" && value.is_string()) {
                auto reference = rewrite(value.get<std::string>(), place);
                if (!reference)
                    return reference.error();
                object[key] = *reference;
                continue;
            }
            auto item = copy(value, {place.file, DocumentSet::childPointer(place.pointer, key)});
            if (!item)
                return item.error();
            object[key] = std::move(*item);
        }
        return object;
    }

    Result<std::string> rewrite(const std::string &reference, const DocumentPlace &place)
    {
        // Absolute URIs (a published meta-schema, an `$id`) are left to whoever reads the schema.
        if (reference.find("://") != std::string::npos)
            return reference;
        const DocumentPlace target = DocumentSet::target(place.file, reference);
        if (inside(target))
            return "#" + target.pointer.substr(m_root.pointer == "#" ? 1 : m_root.pointer.size());
        const auto key = std::pair{target.file, target.pointer};
        if (auto found = m_names.find(key); found != m_names.end())
            return "#/" + found->second;
        auto resolved = m_documents.find(target.file, target.pointer, {place.file, DocumentSet::childPointer(place.pointer, "$ref")});
        if (!resolved)
            return resolved.error();
        const std::string pointer = nameFor(target, *resolved->node);   // taken before its own references are read
        auto definition = copy(*resolved->node, resolved->place);
        if (!definition)
            return definition.error();
        if (definition->is_object())
            definition->erase("x-definition");
        const auto &[keyword, name] = m_placement.at(pointer);
        m_definitions[keyword][name] = std::move(*definition);
        m_origin[keyword + "/" + name] = positionOf(target);
        return "#/" + pointer;
    }

    DocumentSet &m_documents;
    DocumentPlace m_root;
    std::string m_prefix;
    std::set<std::string> m_taken;
    std::map<std::pair<QString, std::string>, std::string> m_names;   // target → "$defs/<token>"
    std::map<std::string, std::pair<std::string, std::string>> m_placement;   // "$defs/<token>" → keyword, name
    Json m_definitions = Json::object();   // keyword → name → definition
    std::map<std::string, std::tuple<QString, std::string, size_t>> m_origin;   // "keyword/name" → position
};

} // namespace

Result<Json> bundleJsonSchema(DocumentSet &documents, const ResolvedNode &root, const std::string &messageKey)
{
    return Bundler(documents, root, messageKey).run(*root.node);
}

QString bundledSchemaText(const Json &bundled)
{
    std::string text = bundled.dump(2);
    text += '\n';
    return QString::fromStdString(text);
}

} // namespace mesh::exporters

#include "exporters/import/jsonschemabundle.h"

#include <QFileInfo>

#include <map>
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
        if (root.node->is_object() && root.node->contains("$defs") && (*root.node)["$defs"].is_object()) {
            for (const auto &[name, value] : (*root.node)["$defs"].items())
                m_taken.insert(name);
        }
    }

    Result<Json> run(const Json &root)
    {
        auto copied = copy(root, m_root);
        if (!copied)
            return copied.error();
        if (!m_definitions.empty()) {
            if (!copied->is_object())
                return *copied;
            Json &defs = (*copied)["$defs"];
            if (!defs.is_object())
                defs = Json::object();
            for (auto &[name, value] : m_definitions.items())
                defs[name] = value;
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

    std::string nameFor(const DocumentPlace &target)
    {
        const auto key = std::pair{target.file, target.pointer};
        if (auto found = m_names.find(key); found != m_names.end())
            return found->second;
        std::string base;
        if (target.pointer.size() > 1) {
            base = target.pointer.substr(target.pointer.rfind('/') + 1);
        } else {
            base = QFileInfo(target.file).fileName().section(QLatin1Char('.'), 0, 0).toStdString();
        }
        if (!m_prefix.empty() && base.rfind(m_prefix, 0) == 0 && base.size() > m_prefix.size())
            base = base.substr(m_prefix.size());
        std::string name = base;
        for (int n = 2; m_taken.count(name); ++n)
            name = base + std::to_string(n);
        m_taken.insert(name);
        m_names.emplace(key, name);
        return name;
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
        const bool known = m_names.count(key) > 0;
        const std::string name = nameFor(target);
        if (!known) {
            auto resolved = m_documents.find(target.file, target.pointer, {place.file, DocumentSet::childPointer(place.pointer, "$ref")});
            if (!resolved)
                return resolved.error();
            m_definitions[name] = Json::object();   // taken before its own references are read
            auto definition = copy(*resolved->node, resolved->place);
            if (!definition)
                return definition.error();
            m_definitions[name] = std::move(*definition);
        }
        return "#/$defs/" + name;
    }

    DocumentSet &m_documents;
    DocumentPlace m_root;
    std::string m_prefix;
    std::set<std::string> m_taken;
    std::map<std::pair<QString, std::string>, std::string> m_names;
    Json m_definitions = Json::object();
};

} // namespace

Result<Json> bundleJsonSchema(DocumentSet &documents, const ResolvedNode &root, const std::string &messageKey)
{
    return Bundler(documents, root, messageKey).run(*root.node);
}

} // namespace mesh::exporters

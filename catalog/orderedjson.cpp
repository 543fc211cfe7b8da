#include "catalog/orderedjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace mesh::catalog {

QByteArray orderedJsonBytes(const OrderedJson &value)
{
    std::string text = value.dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

OrderedJson toOrderedJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && std::abs(number) < 9.0e15)
            return qint64(number);
        return number;
    }
    case QJsonValue::String:
        return value.toString().toStdString();
    case QJsonValue::Array: {
        OrderedJson array = OrderedJson::array();
        for (const QJsonValue &item : value.toArray())
            array.push_back(toOrderedJson(item));
        return array;
    }
    case QJsonValue::Object: {
        OrderedJson object = OrderedJson::object();
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object[it.key().toStdString()] = toOrderedJson(it.value());
        return object;
    }
    default:
        return nullptr;
    }
}

} // namespace mesh::catalog

#pragma once

#include <QAnyStringView>
#include <QString>

#include <optional>

namespace mesh::catalog {

// draft → proposed → approved → deprecated → retired (governance enforces transitions).
enum class Lifecycle { Draft, Proposed, Approved, Deprecated, Retired };

QString lifecycleId(Lifecycle lifecycle);                        // "proposed"
std::optional<Lifecycle> lifecycleFromId(QAnyStringView id);
QString lifecycleDisplayName(Lifecycle lifecycle);               // translated
inline constexpr Lifecycle kAllLifecycles[] = {Lifecycle::Draft, Lifecycle::Proposed,
                                               Lifecycle::Approved, Lifecycle::Deprecated,
                                               Lifecycle::Retired};

} // namespace mesh::catalog

# Kafka topics of Compliance, written by Mesh Studio.

# Every change to a control rule, compacted by rule id.
resource "kafka_topic" "compliance_control_rule_changed_v1" {
  name               = "compliance.control-rule-changed.v1"
  partitions         = 3
  replication_factor = 3

  config = {
    "cleanup.policy"      = "compact"
    "min.insync.replicas" = "2"
    "retention.ms"        = "-1"
  }
}

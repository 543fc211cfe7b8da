# Kafka topics of Identity, written by Mesh Studio.

# Public profiles as they are published.
resource "kafka_topic" "identity_profile_published_v1" {
  name               = "identity.profile-published.v1"
  partitions         = 12
  replication_factor = 3

  config = {
    "cleanup.policy"      = "delete"
    "min.insync.replicas" = "2"
    "retention.ms"        = "604800000"
  }
}

# Changes to public profiles, compacted by profile id.
resource "kafka_topic" "identity_profile_updated_v1" {
  name               = "identity.profile-updated.v1"
  partitions         = 12
  replication_factor = 3

  config = {
    "cleanup.policy"      = "compact"
    "min.insync.replicas" = "2"
    "retention.ms"        = "-1"
  }
}

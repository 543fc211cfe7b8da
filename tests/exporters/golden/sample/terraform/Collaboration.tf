# Kafka topics of Collaboration, written by Mesh Studio.

# Participants as they join conversations.
resource "kafka_topic" "collaboration_participant_added_v1" {
  name               = "collaboration.participant-added.v1"
  partitions         = 24
  replication_factor = 3

  config = {
    "cleanup.policy"      = "delete"
    "min.insync.replicas" = "2"
    "retention.ms"        = "2592000000"
  }
}

# Participants as they leave or are removed, for the compliance audit trail.
resource "kafka_topic" "collaboration_participant_removed_v1" {
  name               = "collaboration.participant-removed.v1"
  partitions         = 24
  replication_factor = 3

  config = {
    "cleanup.policy"      = "delete"
    "min.insync.replicas" = "2"
    "retention.ms"        = "2592000000"
  }
}

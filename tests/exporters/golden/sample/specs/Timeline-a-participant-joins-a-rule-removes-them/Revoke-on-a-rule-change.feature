# A slice of the timeline "Timeline: a participant joins, a rule removes them", written by Mesh Studio.
Feature: Revoke on a rule change
  Automation (event → read model → processor → command → event)

  Scenario: A denying rule removes the firm's participants
    Given Compliance/ControlRuleChanged
      | field | value |
      | effect | "DENY" |
      | firm_id | "f-1" |
      | rule_id | "r-9" |
    When Collaboration/RemoveParticipant
    Then Collaboration/ParticipantRemoved
      | field | value |
      | conversationId | "c-1" |
      | participantId | "p-7" |
      | reason | "revoked-by-control-rule" |

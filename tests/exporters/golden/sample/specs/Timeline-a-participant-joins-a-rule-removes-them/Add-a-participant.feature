# A slice of the timeline "Timeline: a participant joins, a rule removes them", written by Mesh Studio.
Feature: Add a participant
  State change (screen → command → event)

  Scenario: A participant joins
    Given Collaboration/ConversationStarted
      | field | value |
      | conversationId | "c-1" |
      | startedBy | "p-1" |
    When Collaboration/AddParticipant
      | field | value |
      | conversationId | "c-1" |
      | participantId | "p-7" |
    Then Collaboration/ParticipantAdded
      | field | value |
      | addedBy | "p-1" |
      | conversationId | "c-1" |
      | participantId | "p-7" |

  Scenario: Already a participant
    Given Collaboration/ConversationStarted
      | field | value |
      | conversationId | "c-1" |
    And Collaboration/ParticipantAdded
      | field | value |
      | conversationId | "c-1" |
      | participantId | "p-7" |
    When Collaboration/AddParticipant
      | field | value |
      | conversationId | "c-1" |
      | participantId | "p-7" |
    Then the command is refused with "p-7 is already in the conversation"

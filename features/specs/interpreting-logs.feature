@chapter1
Feature: Messages no entry describes (Chapter 1 > Interpreting Logs)
  "No hard and fast rules exist for how to parse and interpret logs for significant events." For a message the
  guide does not describe, hsmlog follows Chapter 1's guidance: scan for critical and error severities, for the
  threshold phrases of ipmievd, for smartd's "reached critical limit", and for "CRASH AND BURN".

  Scenario: CRASH AND BURN from any process
    "An instance of this string indicates a programming or logic error."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 crit someDaemon[1234]: someDaemon CRASH AND BURN! Stack dump saved"
    When it is assessed
    Then no entry describes it
    And it is in group "significant"
    And the priority is "critical"
    And the meaning contains "indicates a programming or logic error"

  Scenario Outline: An undocumented message at severity <severity>
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon <severity> someDaemon[1234]: something happened"
    When it is assessed
    Then no entry describes it
    And the priority is <priority>
    And the meaning contains "<guidance>"

    Examples: "Scan for critical severity log entries. These logs represent significant events."
      | severity | priority        | guidance                                  |
      | crit     | at least "high" | These logs represent significant events   |
      | alert    | at least "high" | These logs represent significant events   |
      | emerg    | at least "high" | These logs represent significant events   |

    Examples: "Scan for error severity log entries. In most cases, these logs represent significant events."
      | severity | priority          | guidance                                         |
      | err      | at least "medium" | In most cases, these logs represent significant events |

    Examples: Anything else is not significant by itself
      | severity | priority | guidance                              |
      | info     | "info"   | No entry of the guide describes this message |
      | notice   | "info"   | No entry of the guide describes this message |

  Scenario: An undocumented ipmievd message with a threshold phrase
    "Scan for notify severity log entries from the ipmievd process and look for ... Lower Non-Recoverable going
    low and Upper Non-Recoverable going high."
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Upper Non-recoverable going high reported by an unknown sensor"
    When it is assessed
    Then no entry describes it
    And it is in group "significant"
    And the priority is "critical"

  Scenario: An undocumented smartd message reaching a critical limit
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: Device: /dev/sdb, Something reached critical limit of 9"
    When it is assessed
    Then it is in group "significant"
    And the priority is "critical"
    And a trap diskDriveAttentionNotify is sent with assert

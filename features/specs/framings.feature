@framings
Feature: The same message in any framing
  The guide prints messages as the appliance's own log files show them ("2012 Feb 29 12:05:01 myLuna local4
  notice ipmievd: ..."). Logs reach support staff in other framings too: forwarded over syslog (RFC 3164,
  RFC 5424), written by a collector without the year or without facility and severity, or with a high
  precision timestamp. A message means the same in all of them.

  Scenario Outline: A fan threshold message <framing>
    Given the log line "<line>"
    When it is assessed
    Then the host is "myLuna"
    And the process is "ipmievd"
    And the timestamp is "2012-02-29T12:05:01"
    And the title is "Full Sensor Record Threshold Reading"
    And the field "sensor" is "Fan3B"
    And the field "assert" is "true"
    And a trap fanAttentionNotify is sent with assert

    Examples:
      | framing                                     | line                                                                                                                                     |
      | as the guide prints it                      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)          |
      | with a pid                                  | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)    |
      | without the year (the guide's year assumed) | Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)               |
      | in rsyslog's traditional file format        | Feb 29 12:05:01 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)                             |
      | as RFC 3164 on the wire                     | <165>Feb 29 12:05:01 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)                        |
      | as RFC 5424 on the wire                     | <165>1 2012-02-29T12:05:01+00:00 myLuna ipmievd - - - Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)       |
      | as RFC 5424 with a pid                      | <165>1 2012-02-29T12:05:01Z myLuna ipmievd 1234 - - Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)         |
      | with an RFC 3339 timestamp                  | 2012-02-29T12:05:01+00:00 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)                   |
      | with spaces squeezed and doubled            | 2012 Feb 29 12:05:01  myLuna  local4 notice  ipmievd:  Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)      |

  Scenario: All framings of one message are assessed alike
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      Feb 29 12:05:01 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      <165>Feb 29 12:05:01 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      <165>1 2012-02-29T12:05:01+00:00 myLuna ipmievd - - - Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      2012-02-29T12:05:01.123456+00:00 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      """
    When they are assessed
    Then all lines are assessed alike

  Scenario: A high-precision timestamp keeps its fraction of a second
    Given the log line "2012-02-29T12:05:01.123456+00:00 myLuna ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)"
    When it is assessed
    Then the timestamp is "2012-02-29T12:05:01.123456"
    And the host is "myLuna"
    And a trap fanAttentionNotify is sent with assert

  # The trap for NTLS depends on the syslog severity, so framings that carry it must keep it:
  # <170> is facility local5 (21 x 8) and severity crit (2).
  Scenario Outline: An NTLS failure at crit <framing>
    Given the log line "<line>"
    When it is assessed
    Then the process is "NTLS"
    And the syslog severity is "<severity>"
    And the title is "NTLS Crash and Burn"
    And the priority is "critical"
    And a trap ntlAttentionNotify is sent with assert

    Examples:
      | framing                | severity | line                                                                                                                         |
      | as the guide prints it | crit     | 2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!           |
      | as RFC 3164 on the wire | crit    | <170>Feb 29 12:05:01 myLuna NTLS[1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!                        |
      | as RFC 5424 on the wire | crit    | <170>1 2012-02-29T12:05:01+00:00 myLuna NTLS 1234 - - info : 0 : NTLS CRASH AND BURN and unable to dump the stack!          |
      | spelled out            | critical | 2012 Feb 29 12:05:01 myLuna local5 critical NTLS [1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!       |

  Scenario: A message whose day has one digit, as snmptrap squeezes it (Chapter 6)
    "Only a single space separates Apr and 3 in the latter message, while two spaces do so in the former."
    Given the log lines:
      """
      2014 Apr  3 15:47:30 myLUT daemon notice ipmievd: Fan sensor Fan1A . Lower Critical going low (Reading 2000 < Threshold 2000 RPM)
      2014 Apr 3 15:47:30 myLUT daemon notice ipmievd: Fan sensor Fan1A . Lower Critical going low (Reading 2000 < Threshold 2000 RPM)
      """
    When they are assessed
    Then all lines are assessed alike
    And line 1 timestamp is "2014-04-03T15:47:30"
    And line 2 timestamp is "2014-04-03T15:47:30"

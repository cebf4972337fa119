@bad-input
Feature: Bad input
  Real logs are cut, concatenated, mis-encoded and binary in places. Whatever a line holds, it gives exactly
  one assessment and the run goes on to the next line.

  Scenario: A line that is not UTF-8
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Waiting for events..."
    And a line with the bytes "C3 28"
    And the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors..."
    When they are assessed
    Then each line has one assessment
    And line 2 is garbage because "invalid UTF-8"
    And line 2 priority is "info"
    And no entry describes line 2
    And line 1 title is "Waiting For Events"
    And line 3 title is "Reading Sensors"

  Scenario: A syslog header followed by bytes that are not text
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: " followed by the bytes "FF FE 41 00 42"
    When it is assessed
    Then it is garbage because "NUL"
    And no trap is sent

  Scenario Outline: A line that is not text: <why>
    Given a line with the bytes "<bytes>"
    And the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors..."
    When they are assessed
    Then each line has one assessment
    And line 1 is garbage because "<reason>"
    And line 2 is not garbage
    And line 2 title is "Reading Sensors"

    Examples:
      | why                              | bytes                         | reason        |
      | a lone continuation byte         | 80                            | invalid UTF-8 |
      | an overlong encoding of "/"      | C0 AF                         | invalid UTF-8 |
      | a UTF-16 surrogate               | ED A0 80                      | invalid UTF-8 |
      | Latin-1 text                     | 63 61 66 E9                   | invalid UTF-8 |
      | a NUL byte                       | 41 00 42                      | NUL           |
      | binary data                      | 01 02 03 04 05 06 07 08       | binary data   |

  Scenario: A line of a megabyte
    Given a line of 1048576 "A" characters
    And the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors..."
    When they are assessed
    Then each line has one assessment
    And line 1 is garbage because "exceeds"
    And line 2 title is "Reading Sensors"

  Scenario: A line ending in CR LF reads as the same line
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors..." followed by the bytes "0D"
    When it is assessed
    Then it is not garbage
    And the title is "Reading Sensors"

  Scenario: Valid UTF-8 beyond ASCII is text
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info lunash [1234]: info : 0 : Command: hsm show : Zoë : Console"
    When it is assessed
    Then it is not garbage
    And the field "account" is "Zoë"

  Scenario: A terminal escape inside a message is kept as text, not obeyed
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B" followed by the bytes "1B 5B 32 4A"
    When it is assessed
    Then it is not garbage
    And each line has one assessment

  Scenario Outline: A line that is text but not a log line: <why>
    Given the log lines:
      """
      <line>
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors...
      """
    When they are assessed
    Then each line has one assessment
    And no entry describes line 1
    And line 1 group is "unknown"
    And line 2 title is "Reading Sensors"

    Examples:
      | why                        | line                                 |
      | prose                      | hello world                          |
      | an empty line              |                                      |
      | a shell prompt             | [myLuna] lunash:>syslog tail -logname messages |
      | half a header              | 2012 Feb 29 12:05:01 myLuna          |

  Scenario: A message the guide wraps over two lines, pasted as printed
    The guide's PDF breaks long messages; the first half alone is not the documented message.
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical
      going low (Reading 0 < Threshold 2000 RPM)
      """
    When they are assessed
    Then each line has one assessment
    And line 1 has no field "assert"
    And line 2 source is "unknown"

  Scenario: A date that does not exist
    Given the log line "2011 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors..."
    When it is assessed
    Then it is not garbage
    And the host is "myLuna"
    And the title is "Reading Sensors"
    And it has no timestamp

  Scenario: A reading that is not a number
    Table 1: some DIMM sensors have no memory installed and '"ns" readings result for this sensor'.
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Temperature sensor CHA DIMM 1 . Upper Critical going high (Reading ns > Threshold 87 Degrees)"
    When it is assessed
    Then each line has one assessment
    And it is not garbage

  Scenario: Many bad lines in a row do not stop the run
    Given a line with the bytes "C3 28"
    And a line with the bytes "00"
    And a line of 70000 "x" characters
    And the log line ""
    And the log line "2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN and unable to dump the stack!"
    When they are assessed
    Then each line has one assessment
    And line 5 priority is "critical"
    And a trap ntlAttentionNotify is sent for line 5 with assert

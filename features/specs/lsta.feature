@lsta
Feature: Luna SNMP Trap Agent (Chapter 4 > Luna SNMP Trap Agent)
  lsta reads every log message through a named pipe and sends the traps of Chapter 6. It logs to lunalog at
  facility local5.

  Scenario Outline: Expected message: <title>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info lsta: <message>"
    When it is assessed
    Then the component is "lsta"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is "info"

    Examples:
      | message                                                         | title               |
      | Starting Luna SNMP Trap Agent                                   | Agent Starting      |
      | Created /home/admin/syslog.pipe as a named pipe                 | Creating Named Pipe |
      | Luna SNMP Trap Agent terminated: Interrupted system call        | Termination         |

  Scenario: lsta's trace of a trap it sent is its own log line, not a trap received
    "When trace level debugging is enabled, this message records the SNMP trap notification data sent by lsta.
    Trace level debugging is off in Luna Network HSM 7 so this message is unexpected."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info lsta: fanAttentionNotify for [myLUT:192.168.0.58 / messages / 2012 Feb 29 12:05:00 / ipmievd / 1]"
    When it is assessed
    Then the source is "syslog"
    And it is in group "unexpected"
    And the title is "SNMP Data Logged"
    And no trap is sent

  Scenario Outline: Unexpected message: <title>
    "Under normal circumstances, you should not see any of these log messages."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 err lsta: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the priority is "high"
    And the action contains "Thales Technical Support"

    Examples:
      | message                                          | title                              |
      | Error opening /usr/local/share/snmp/snmp.conf    | Missing SNMP Parameters            |
      | snmptrap failed: 256                             | snmptrap Failed                    |
      | Pipe file disappeared, stopping lsta             | Interprocess Communication Failures |
      | Cannot mknod /home/admin/syslog.pipe: 13         | Interprocess Communication Failures |
      | Unknown/unsupported sub-system: xxx              | Unknown Sub-system                 |
      | Could not chdir                                  | chdir Failed                       |

  Scenario: A traps agent that cannot send means traps are lost
    "lsta was unable to send a formatted trap notification to the intended user."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 err lsta: snmptrap failed: 256"
    When it is assessed
    Then the meaning contains "lsta was unable to send a formatted trap notification to the intended user"
